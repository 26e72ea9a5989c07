import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('generated code', () => {
  it('is up to date with the SDL (run `npm run codegen` when this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
      const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const file = path.resolve(root, output.filename);
        expect(fs.existsSync(file), `${output.filename} is missing`).toBe(true);
        expect(fs.readFileSync(file, 'utf8'), `${output.filename} is stale`).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
