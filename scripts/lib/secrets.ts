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

/**
 * Demo badge-code keys (docs/badge-code.md): an Ed25519 signing key with id 1 and its public
 * half as the one trusted key. Only when none of the three settings is given, so a deployment's
 * own keys (or a rotation under way) are never overwritten.
 */
function badgeKeyLines(have: (name: string) => boolean) {
  const names = ['BADGE_SIGNING_KEY', 'BADGE_SIGNING_KEY_ID', 'BADGE_PUBLIC_KEYS'];
  if (names.some(have)) return [];
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const base64 = (jwkPart: string | undefined) =>
    Buffer.from(jwkPart ?? '', 'base64url').toString('base64');
  return [
    `BADGE_SIGNING_KEY=${base64(privateKey.export({ format: 'jwk' }).d)}`,
    'BADGE_SIGNING_KEY_ID=1',
    `BADGE_PUBLIC_KEYS=1:${base64(publicKey.export({ format: 'jwk' }).x)}`,
  ];
}

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
  const have = (name: string) => Boolean(process.env[name] || fromFile[name]);
  const missing = secretNames.filter((name) => !have(name));
  const lines = [
    ...missing.map((name) =>
      name === 'APP_KEYS'
        ? `APP_KEYS=${[random(), random(), random(), random()].join(',')}`
        : `${name}=${random()}`,
    ),
    ...badgeKeyLines(have),
  ];
  if (lines.length > 0) {
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
