/**
 * What is generated from the schema is committed and up to date: the client's documents and
 * manifest (run `npm run codegen`) and the public schema.graphql (run `npm run schema:print`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printPublicSchema, root, schemaFile } from '../scripts/print-schema.ts';

describe('generated client', () => {
  it('client/src/generated is up to date with the schema and the documents (run `npm run codegen` when this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
      const target = 'client/src/generated/';
      expect(config.generates[target], `codegen.yml has no ${target} target`).toBeDefined();
      const outputs: { filename: string; content: string }[] = await generate(
        { ...config, generates: { [target]: config.generates[target]! }, silent: true },
        false,
      );
      const expected = outputs.map((o) => path.relative(root, path.resolve(root, o.filename))).sort();
      expect(expected).toEqual(
        ['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json'].map((f) => path.join('client/src/generated', f)),
      );
      for (const output of outputs) {
        const file = path.resolve(root, output.filename);
        expect(fs.existsSync(file), `${output.filename} is missing`).toBe(true);
        expect(fs.readFileSync(file, 'utf8'), `${output.filename} is stale`).toBe(output.content);
      }
      // Nothing left over from a document that was removed.
      expect(fs.readdirSync(path.join(root, target)).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('schema.graphql is the public schema of the API (run `npm run schema:print` when this fails)', async () => {
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(await printPublicSchema());
  });

  it('the documents ask for images, venues, distances and the theme, kerndoel and region facets, so the generated types carry them', () => {
    const dir = path.join(root, 'client/src/documents');
    /** Every selection path per operation, e.g. `Offers: offers.edges.node.coverImage.alt`. */
    const paths = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      const stack: string[] = [];
      let operation = '';
      visit(parse(fs.readFileSync(path.join(dir, file), 'utf8')), {
        OperationDefinition: { enter: (node) => void (operation = node.name?.value ?? '') },
        Field: {
          enter: (node) => {
            stack.push(node.name.value);
            paths.add(`${operation}: ${stack.join('.')}`);
          },
          leave: () => void stack.pop(),
        },
      });
    }
    for (const wanted of [
      'Offers: offers.edges.node.coverImage.alt',
      'Offers: offers.edges.node.coverImage.formats.thumbnail.url',
      'Offers: offers.facets.themes.label',
      'Offers: offers.facets.kerndoelen.count',
      'Offers: offers.facets.regions.label',
      'Offer: offer.images.credit',
      'Offer: offer.venue.address.municipality.code',
      'Offer: offer.venue.approximate',
      'Offer: offer.themes.label',
      'Offer: offer.partner.logo.alt',
      'OfferPage: offer.images.alt',
      'OfferPage: offer.venue.latitude',
      'NearbyOffers: offers.edges.node.distanceKm',
      'NearbyOffers: offers.edges.node.coverImage.url',
    ])
      expect(paths, wanted).toContain(wanted);
    const generated = fs.readFileSync(path.join(root, 'client/src/generated/graphql.ts'), 'utf8');
    for (const type of ['NearbyOffersQuery', 'DistanceFrom', 'NearFilter', 'ImageFormats']) expect(generated, type).toContain(type);
  });
});
