import fs from 'node:fs';
import path from 'node:path';

/** The demo data files in database/seed/data (JSON, edited by people, not code). */
const dataDir = path.join(
  path.dirname(require.resolve('@pvis/database/package.json')),
  'seed',
  'data',
);

export const readSeed = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.join(dataDir, `${name}.json`), 'utf8')) as T;

export interface Bilingual {
  nameZh: string;
  nameEn: string;
}
