import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const table = path.resolve(__dirname, '..', 'src', 'access', 'resources');

/** What a row of the access table may build on: the table's own types and grants, scopes, config. */
const allowed = (specifier: string) =>
  specifier.startsWith('./') ||
  ['@pvis/config', '@strapi/strapi', '../roles', '../scopes'].includes(specifier);

it('keeps the access table free of domain modules: its files import only access types, scopes and config', () => {
  const reaching = readdirSync(table)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(path.join(table, file), 'utf8').matchAll(/from '([^']+)'/g)]
        .map((match) => match[1])
        .filter((specifier) => !allowed(specifier))
        .map((specifier) => `${file} imports ${specifier}`),
    );
  expect(reaching).toEqual([]);
});
