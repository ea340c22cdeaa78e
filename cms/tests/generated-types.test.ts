import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { withStrapi } from './support/app';

// Strapi's own generator, as `strapi ts:generate-types` runs it (CommonJS, like the app's boot).
const { generators } = createRequire(__filename)('@strapi/typescript-utils') as {
  generators: { generate(config: Record<string, unknown>): Promise<unknown> };
};
const committed = path.resolve(__dirname, '..', 'types', 'generated');
const app = withStrapi();

it('keeps the committed content-type types equal to a fresh generation from the schemas', async () => {
  const fresh = await mkdtemp(path.join(os.tmpdir(), 'pvis-types-'));
  try {
    await generators.generate({
      strapi: app.strapi(),
      pwd: fresh,
      rootDir: '.',
      logger: { silent: true },
      artifacts: { contentTypes: true, components: true },
    });
    for (const file of ['contentTypes.d.ts', 'components.d.ts']) {
      const generated = await readFile(path.join(fresh, 'generated', file), 'utf8');
      expect(
        generated === (await readFile(path.join(committed, file), 'utf8')),
        `cms/types/generated/${file} is stale: run \`npx strapi ts:generate-types\` in cms/ and commit it`,
      ).toBe(true);
    }
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
});
