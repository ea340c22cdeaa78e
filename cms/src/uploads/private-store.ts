import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AwsClient } from 'aws4fetch';

/**
 * Where personal files (licences, ID photos, vouchers) keep their bytes: never under the
 * public folder Strapi serves at /uploads. `local` is a folder on this machine (one instance);
 * `s3` is S3-compatible object storage (AWS S3, MinIO, OSS…) shared by every instance, with
 * private objects (no ACL is granted; the bucket must not have a public policy).
 */
export interface PrivateStore {
  readonly name: 'local' | 's3';
  put(key: string, bytes: Buffer, mime: string): Promise<void>;
  /** The bytes as a stream, or null when they are gone. */
  open(key: string): Promise<Readable | null>;
  /** Idempotent: deleting what is already gone succeeds. */
  remove(key: string): Promise<void>;
}

/** Keys are made by us (`<kind>/<hash><ext>`); anything else is refused before touching storage. */
const KEY = /^[a-z-]+\/[A-Za-z0-9_-]+\.[a-z0-9]+$/;
const checkedKey = (key: string) => {
  if (!KEY.test(key)) throw new Error(`Not a personal-file key: ${key}`);
  return key;
};

export function localStore(dir: string): PrivateStore {
  const fileOf = (key: string) => path.join(dir, checkedKey(key));
  return {
    name: 'local',
    async put(key, bytes) {
      const file = fileOf(key);
      await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await fsp.writeFile(file, bytes, { mode: 0o600 });
    },
    async open(key) {
      const file = fileOf(key);
      try {
        await fsp.access(file);
      } catch {
        return null;
      }
      return fs.createReadStream(file);
    },
    async remove(key) {
      await fsp.rm(fileOf(key), { force: true });
    },
  };
}

export interface S3Settings {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prepended to every key, e.g. `pvis/` to share a bucket. */
  prefix: string;
}

/** S3 REST calls (path-style URLs, SigV4), so MinIO and other compatible servers work as AWS does. */
export function s3Store(settings: S3Settings): PrivateStore {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    service: 's3',
    region: settings.region,
  });
  const urlOf = (key: string) =>
    `${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}/${settings.prefix}${checkedKey(key)}`;
  const fail = async (action: string, key: string, response: Response) => {
    throw new Error(
      `Object storage ${action} ${key}: ${response.status} ${(await response.text()).slice(0, 200)}`,
    );
  };
  return {
    name: 's3',
    async put(key, bytes, mime) {
      const response = await client.fetch(urlOf(key), {
        method: 'PUT',
        body: bytes,
        headers: { 'Content-Type': mime, 'Content-Length': String(bytes.length) },
      });
      if (!response.ok) await fail('PUT', key, response);
    },
    async open(key) {
      const response = await client.fetch(urlOf(key));
      if (response.status === 404) return null;
      if (!response.ok || !response.body) return fail('GET', key, response);
      return Readable.fromWeb(response.body);
    },
    async remove(key) {
      const response = await client.fetch(urlOf(key), { method: 'DELETE' });
      if (!response.ok && response.status !== 404) await fail('DELETE', key, response);
    },
  };
}

/** The private folder from PERSONAL_FILES_DIR (default `<cms>/private-files`), never under public/. */
export function privateDir(appRoot: string, publicDir: string) {
  const dir = path.resolve(appRoot, process.env.PERSONAL_FILES_DIR || 'private-files');
  const relative = path.relative(path.resolve(publicDir), dir);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new Error(
      `PERSONAL_FILES_DIR (${dir}) is inside the public folder ${publicDir}: personal files would be served to anyone`,
    );
  }
  return dir;
}

/** S3 settings from PERSONAL_FILES_S3_*, when PERSONAL_FILES_STORE=s3; a missing one stops the start. */
export function s3SettingsFromEnv(): S3Settings | null {
  const store = process.env.PERSONAL_FILES_STORE || 'local';
  if (store === 'local') return null;
  if (store !== 's3') throw new Error(`PERSONAL_FILES_STORE must be local or s3, not ${store}`);
  const need = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`PERSONAL_FILES_STORE=s3 needs ${name}`);
    return value;
  };
  const prefix = process.env.PERSONAL_FILES_S3_PREFIX ?? '';
  return {
    endpoint: need('PERSONAL_FILES_S3_ENDPOINT'),
    region: process.env.PERSONAL_FILES_S3_REGION || 'us-east-1',
    bucket: need('PERSONAL_FILES_S3_BUCKET'),
    accessKeyId: need('PERSONAL_FILES_S3_ACCESS_KEY_ID'),
    secretAccessKey: need('PERSONAL_FILES_S3_SECRET_ACCESS_KEY'),
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
  };
}
