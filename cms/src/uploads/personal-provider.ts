import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import {
  localStore,
  type PrivateStore,
  privateDir,
  s3SettingsFromEnv,
  s3Store,
} from './private-store';

/**
 * How Strapi's upload plugin tells a personal file from editorial media: our storing code
 * (uploads/checked-image.ts) passes `path: 'personal/<kind>'` with the upload; the plugin hands
 * that path to the provider with the file and with each thumbnail made from it. Editors' uploads
 * in the admin carry no path, so they stay with Strapi's public local provider.
 */
export const PERSONAL_PATH = 'personal';

/** What the provider keeps on a stored personal file (`provider_metadata`, persisted by Strapi). */
export interface PersonalMetadata {
  personalFile: true;
  store: 'local' | 's3';
  key: string;
}

interface ProviderFile {
  hash: string;
  ext?: string;
  mime: string;
  path?: string | null;
  url?: string;
  buffer?: Buffer;
  stream?: Readable;
  getStream?: () => Readable;
  provider_metadata?: unknown;
}

type Method = (file: ProviderFile, options?: unknown) => Promise<void>;
type UploadProvider = Record<string, Method | undefined> & { extend(methods: object): void };

export const personalMetadataOf = (file: { provider_metadata?: unknown } | null | undefined) => {
  // Read with knex the column is JSON text; through Strapi, an object.
  const raw = file?.provider_metadata;
  const meta = (typeof raw === 'string' ? JSON.parse(raw) : raw) as
    | Partial<PersonalMetadata>
    | null
    | undefined;
  return meta?.personalFile === true && typeof meta.key === 'string'
    ? (meta as PersonalMetadata)
    : null;
};

const isPersonal = (file: ProviderFile) =>
  typeof file.path === 'string' && file.path.split('/')[0] === PERSONAL_PATH;

async function bytesOf(file: ProviderFile) {
  if (file.buffer) return file.buffer;
  const stream = file.stream ?? file.getStream?.();
  if (!stream) throw new Error(`No bytes for ${file.hash}`);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Per app (tests run more than one in a process): the local store, and S3 when configured. */
const storesOf = new WeakMap<Core.Strapi, { local: PrivateStore; s3: PrivateStore | null }>();

/** The store new personal files go to (s3 when configured), and the one an existing file is in. */
export function personalStores(strapi: Core.Strapi) {
  const stores = storesOf.get(strapi);
  if (!stores) throw new Error('Personal file storage is not set up (keepPersonalFilesPrivate)');
  return {
    current: stores.s3 ?? stores.local,
    of(meta: PersonalMetadata) {
      const store = meta.store === 's3' ? stores.s3 : stores.local;
      if (!store) throw new Error(`Personal file ${meta.key} is in ${meta.store}, not configured`);
      return store;
    },
  };
}

/** The bytes of a stored personal file, or null when they are gone. */
export const openPersonalFile = (strapi: Core.Strapi, meta: PersonalMetadata) =>
  personalStores(strapi).of(meta).open(meta.key);

/**
 * Wraps the upload plugin's provider (Strapi's local one) at register: personal files go to the
 * private store — the url kept on the file row names no public address — and deleting or
 * replacing one deletes its bytes there; everything else is left to the wrapped provider.
 */
export function keepPersonalFilesPrivate(strapi: Core.Strapi) {
  const s3 = s3SettingsFromEnv();
  storesOf.set(strapi, {
    local: localStore(privateDir(strapi.dirs.app.root, strapi.dirs.static.public)),
    s3: s3 ? s3Store(s3) : null,
  });
  const provider = strapi.plugin('upload').provider as unknown as UploadProvider;
  const wrapped = {
    upload: provider.upload,
    uploadStream: provider.uploadStream,
    delete: provider.delete,
    replace: provider.replace,
    replaceStream: provider.replaceStream,
  };

  const store = async (file: ProviderFile) => {
    const { current } = personalStores(strapi);
    const kind = String(file.path).split('/')[1] || 'file';
    const key = `${kind}/${file.hash}${file.ext ?? ''}`;
    await current.put(key, await bytesOf(file), file.mime);
    const meta: PersonalMetadata = { personalFile: true, store: current.name, key };
    file.provider_metadata = meta;
    // Not an address anyone can fetch: personal files are read through their record's route.
    file.url = `private:${key}`;
  };
  const remove = async (file: ProviderFile) => {
    const meta = personalMetadataOf(file);
    if (meta) await personalStores(strapi).of(meta).remove(meta.key);
    else await wrapped.delete?.(file);
  };
  const put =
    (method: 'upload' | 'uploadStream') => async (file: ProviderFile, options?: unknown) =>
      isPersonal(file) ? store(file) : wrapped[method]?.(file, options);
  // A personal file replaced in the media library stays personal, and its old bytes go.
  const replace =
    (method: 'replace' | 'replaceStream') =>
    async (file: ProviderFile, old: ProviderFile, options?: unknown) => {
      if (!personalMetadataOf(old) && !isPersonal(file)) {
        return (wrapped[method] as unknown as (...args: unknown[]) => Promise<void>)(
          file,
          old,
          options,
        );
      }
      if (!isPersonal(file)) file.path = `${PERSONAL_PATH}/file`;
      await store(file);
      await remove(old);
    };

  provider.extend({
    upload: put('upload'),
    uploadStream: put('uploadStream'),
    delete: remove,
    ...(wrapped.replace && { replace: replace('replace') }),
    ...(wrapped.replaceStream && { replaceStream: replace('replaceStream') }),
  });
}
