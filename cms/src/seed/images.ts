/**
 * The seed's pictures, made here rather than downloaded: per discipline a flat illustration and per
 * kind of partner a logo mark, drawn as SVG and rendered to PNG with sharp (which Strapi's upload
 * plugin uses too), so Strapi makes its responsive formats of them. Their alt texts and credits
 * say they are generated.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';

const W = 1280;
const H = 720;

/** Colours and a motif per discipline: abstract shapes, nothing that looks like a photo. */
const MOTIFS: Record<string, { sky: string; ink: string; accent: string; draw: (ink: string, accent: string) => string }> = {
  VISUAL_ARTS: {
    sky: '#f6e7c1',
    ink: '#c0392b',
    accent: '#2c3e50',
    draw: (i, a) =>
      `<rect x="380" y="160" width="520" height="380" fill="${a}"/><rect x="410" y="190" width="460" height="320" fill="${i}"/><circle cx="560" cy="330" r="70" fill="#f1c40f"/>`,
  },
  DANCE: {
    sky: '#e8d8f0',
    ink: '#8e44ad',
    accent: '#e67e22',
    draw: (i, a) =>
      `<path d="M200 520 C 400 200, 600 700, 800 300 S 1100 400, 1120 200" stroke="${i}" stroke-width="40" fill="none"/><circle cx="640" cy="260" r="60" fill="${a}"/>`,
  },
  THEATRE: {
    sky: '#2c1e3a',
    ink: '#c0392b',
    accent: '#f1c40f',
    draw: (i, a) =>
      `<rect x="0" y="0" width="260" height="${H}" fill="${i}"/><rect x="${W - 260}" y="0" width="260" height="${H}" fill="${i}"/><ellipse cx="640" cy="560" rx="300" ry="60" fill="${a}" opacity="0.6"/><circle cx="640" cy="380" r="110" fill="${a}"/>`,
  },
  MUSIC: {
    sky: '#d6eaf8',
    ink: '#1f618d',
    accent: '#e74c3c',
    draw: (i, a) =>
      `<rect x="300" y="200" width="680" height="14" fill="${i}"/><rect x="300" y="260" width="680" height="14" fill="${i}"/><rect x="300" y="320" width="680" height="14" fill="${i}"/><circle cx="480" cy="420" r="50" fill="${a}"/><rect x="518" y="220" width="14" height="200" fill="${a}"/><circle cx="760" cy="380" r="50" fill="${a}"/><rect x="798" y="180" width="14" height="200" fill="${a}"/>`,
  },
  MEDIA: {
    sky: '#d5f5e3',
    ink: '#117a65',
    accent: '#34495e',
    draw: (i, a) =>
      `<rect x="360" y="200" width="560" height="340" rx="30" fill="${a}"/><circle cx="640" cy="370" r="120" fill="${i}"/><circle cx="640" cy="370" r="60" fill="#ecf0f1"/>`,
  },
  LITERATURE: {
    sky: '#fdebd0',
    ink: '#935116',
    accent: '#5d6d7e',
    draw: (i, a) =>
      `<path d="M640 220 L 360 180 L 360 540 L 640 580 Z" fill="${i}"/><path d="M640 220 L 920 180 L 920 540 L 640 580 Z" fill="${a}"/>`,
  },
  HERITAGE: {
    sky: '#eaecee',
    ink: '#7b241c',
    accent: '#566573',
    draw: (i, a) =>
      `<polygon points="640,140 340,300 940,300" fill="${i}"/>${[0, 1, 2, 3, 4].map((k) => `<rect x="${380 + k * 120}" y="320" width="50" height="220" fill="${a}"/>`).join('')}<rect x="340" y="540" width="600" height="40" fill="${i}"/>`,
  },
  ARCHITECTURE_DESIGN: {
    sky: '#d4e6f1',
    ink: '#283747',
    accent: '#f39c12',
    draw: (i, a) =>
      `<rect x="360" y="260" width="160" height="320" fill="${i}"/><rect x="540" y="160" width="200" height="420" fill="${a}"/><rect x="760" y="320" width="160" height="260" fill="${i}"/>`,
  },
  MULTIDISCIPLINARY: {
    sky: '#fef9e7',
    ink: '#1abc9c',
    accent: '#e74c3c',
    draw: (i, a) =>
      `<circle cx="500" cy="360" r="140" fill="${i}" opacity="0.8"/><circle cx="780" cy="360" r="140" fill="${a}" opacity="0.8"/><circle cx="640" cy="220" r="120" fill="#3498db" opacity="0.8"/>`,
  },
};

const illustration = (code: string) => {
  const m = MOTIFS[code] ?? MOTIFS.MULTIDISCIPLINARY!;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${m.sky}"/>${m.draw(m.ink, m.accent)}</svg>`;
};

/** A logo mark per kind of partner: the kind's colour and a number of rings, square for list views. */
const logo = (index: number) => {
  const colours = ['#1f618d', '#c0392b', '#117a65', '#8e44ad', '#935116', '#283747', '#d35400', '#16a085', '#7f8c8d'];
  const c = colours[index % colours.length];
  const rings = Array.from(
    { length: 1 + (index % 3) },
    (_, k) => `<circle cx="300" cy="300" r="${220 - k * 60}" fill="none" stroke="#fff" stroke-width="24"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" rx="80" fill="${c}"/>${rings}</svg>`;
};

/** Uploads a generated picture once (by file name), returning its file id. */
async function ensureUpload(strapi: Core.Strapi, name: string, svg: string, alternativeText: string): Promise<number> {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name }, select: ['id'] });
  if (existing) return existing.id;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmk-seed-image-'));
  const filepath = path.join(dir, name);
  try {
    await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(filepath);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText, caption: 'Gegenereerde illustratie' } },
        files: { filepath, originalFilename: name, mimetype: 'image/png', size: fs.statSync(filepath).size },
      });
    return file.id;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const GENERATED_CREDIT = { nl: 'Gegenereerde illustratie (CmK-platform)', en: 'Generated illustration (CmK platform)' };

export interface SeedImages {
  /** File id of the illustration per discipline code. */
  readonly byDiscipline: Map<string, number>;
  /** File id of the logo mark per partner kind. */
  readonly byKind: Map<string, number>;
}

export async function ensureSeedImages(strapi: Core.Strapi, disciplines: readonly string[], kinds: readonly string[]): Promise<SeedImages> {
  const byDiscipline = new Map<string, number>();
  for (const code of disciplines) {
    byDiscipline.set(
      code,
      await ensureUpload(strapi, `cmk-illustratie-${code.toLowerCase()}.png`, illustration(code), `Gegenereerde illustratie: ${code}`),
    );
  }
  const byKind = new Map<string, number>();
  for (const [i, kind] of kinds.entries()) {
    byKind.set(kind, await ensureUpload(strapi, `cmk-logo-${kind}.png`, logo(i), `Gegenereerd logo-teken: ${kind}`));
  }
  return { byDiscipline, byKind };
}
