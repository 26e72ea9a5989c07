import type { ImageFormatResolvers, ImageFormatsResolvers, ImageResolvers } from '../../../generated/resolvers-types.ts';
import type { Context } from '../../../context.ts';

/**
 * Strapi's local upload provider gives paths (/uploads/…); S3 behind the CDN gives absolute URLs.
 * Paths are made absolute here, with MEDIA_BASE_URL, so a client never has to know where Strapi runs.
 */
export function absoluteUrl(url: string, { services }: Context): string {
  const base = services.env.MEDIA_BASE_URL;
  return url.startsWith('/') && base ? `${base.replace(/\/$/, '')}${url}` : url;
}

export const Image: ImageResolvers = {
  url: (image, _args, context) => absoluteUrl(image.url, context),
  width: (image) => image.width ?? null,
  height: (image) => image.height ?? null,
  credit: (image) => image.credit ?? null,
  formats: (image) => image.formats ?? {},
};

export const ImageFormats: ImageFormatsResolvers = {
  thumbnail: (formats) => formats.thumbnail ?? null,
  small: (formats) => formats.small ?? null,
  medium: (formats) => formats.medium ?? null,
  large: (formats) => formats.large ?? null,
};

export const ImageFormat: ImageFormatResolvers = {
  url: (size, _args, context) => absoluteUrl(size.url, context),
  width: (size) => size.width ?? null,
  height: (size) => size.height ?? null,
};
