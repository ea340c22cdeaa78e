import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
const envFile = path.join(repoRoot, '.env');
const secretNames = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  // The key of the ID-number hashes (docs/id-numbers.md): changing it rehashes every person at start.
  'ID_NUMBER_HASH_KEY',
];

const random = () => crypto.randomBytes(24).toString('base64url');

function parse(text: string) {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) values[match[1]] = match[2].replace(/^["']|["']$/g, '');
  }
  return values;
}

/**
 * Settings for the cms: the process environment wins, then the repo's `.env` (never
 * committed; `.env.example` documents every key). Missing secrets are generated once and
 * written to `.env`, so a fresh clone starts without a manual step and tokens survive restarts.
 */
export function cmsEnvironment(): Record<string, string> {
  const fromFile = fs.existsSync(envFile) ? parse(fs.readFileSync(envFile, 'utf8')) : {};
  const missing = secretNames.filter((name) => !process.env[name] && !fromFile[name]);
  if (missing.length > 0) {
    const lines = missing.map((name) =>
      name === 'APP_KEYS'
        ? `APP_KEYS=${[random(), random(), random(), random()].join(',')}`
        : `${name}=${random()}`,
    );
    fs.appendFileSync(envFile, `${lines.join('\n')}\n`);
    Object.assign(fromFile, parse(lines.join('\n')));
  }
  return {
    STRAPI_TELEMETRY_DISABLED: 'true',
    NODE_ENV: 'production',
    ...fromFile,
    ...(process.env as Record<string, string>),
  };
}
