import type { AddressResolvers, PlaceResolvers } from '../../../generated/resolvers-types.ts';

/** A resolved place (near.ts): the position is its own or its municipality's centre. */
export const Place: PlaceResolvers = {
  address: (place) => place.address ?? null,
  latitude: (place) => place.latitude ?? null,
  longitude: (place) => place.longitude ?? null,
};

export const Address: AddressResolvers = {
  municipality: async (address, _args, { services, locale }) =>
    address.municipalityCode ? ((await services.catalogue.get(locale)).municipalitiesByCode.get(address.municipalityCode) ?? null) : null,
};
