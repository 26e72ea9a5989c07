import type { Resolvers } from '../../../generated/resolvers-types.ts';
import { Offer } from './Offer.ts';
import { Address, Place } from './Place.ts';
import { Image, ImageFormat, ImageFormats } from './Image.ts';
import { offer } from './Query/offer.ts';
import { offers } from './Query/offers.ts';

export const offerResolvers: Resolvers = {
  Query: { offers, offer },
  Offer,
  Place,
  Address,
  Image,
  ImageFormats,
  ImageFormat,
};
