import type { Core } from '@strapi/strapi';
import type { RuleViolation } from './rules';

/** Images editors may upload: raster formats Strapi makes responsive sizes of (not SVG, which can carry scripts). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif'];
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const isBlank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/** The uploaded file an image component points at, in any of the shapes the admin and the APIs send. */
async function fileOf(strapi: Core.Strapi, ref: unknown): Promise<{ name: string; mime: string; size: number } | null> {
  const raw = Array.isArray(ref) ? ref[0] : ref;
  const key = raw && typeof raw === 'object' ? ((raw as any).id ?? (raw as any).documentId) : raw;
  if (isBlank(key)) return null;
  const where = typeof key === 'number' || /^\d+$/.test(String(key)) ? { id: Number(key) } : { documentId: String(key) };
  return strapi.db.query('plugin::upload.file').findOne({ where, select: ['name', 'mime', 'size'] });
}

/**
 * Images on offers and partners: a picture file (not a PDF picked from the media library), at most
 * 10 MB, and an alt text for who cannot see it. The upload itself is held to the same types and
 * size by the upload plugin (config/plugins.ts); this catches files that were there before.
 */
export async function checkImages(strapi: Core.Strapi, images: unknown, path: string, label: string): Promise<RuleViolation[]> {
  if (images === undefined || images === null) return [];
  const list = Array.isArray(images) ? images : [images];
  const out: RuleViolation[] = [];
  for (const [index, image] of list.entries()) {
    const at = Array.isArray(images) ? [path, String(index)] : [path];
    const which = Array.isArray(images) ? `${label} ${index + 1}` : label;
    const img = (image ?? {}) as { file?: unknown; alt?: unknown };
    if (isBlank(img.alt)) {
      out.push({
        path: [...at, 'alt'],
        message: `${which}: vul een alt-tekst in die zegt wat er te zien is, voor wie de afbeelding niet ziet.`,
      });
    }
    const file = await fileOf(strapi, img.file);
    if (!file) {
      out.push({ path: [...at, 'file'], message: `${which}: kies een afbeelding.` });
      continue;
    }
    if (!IMAGE_TYPES.includes(file.mime)) {
      out.push({
        path: [...at, 'file'],
        message: `${which}: "${file.name}" is geen afbeelding (${file.mime}); gebruik PNG, JPEG, WebP, GIF of AVIF.`,
      });
    }
    // Strapi keeps the size in kB.
    if (file.size * 1000 > MAX_UPLOAD_BYTES) {
      out.push({
        path: [...at, 'file'],
        message: `${which}: "${file.name}" is ${(file.size / 1000).toFixed(1)} MB; een afbeelding mag hoogstens 10 MB zijn.`,
      });
    }
  }
  return out;
}
