import type { Core } from '@strapi/strapi';
import { accessCacheMs, ExpiringMap } from '../access/expiring-map';

export interface EditionFees {
  /** Entry-date option code → its badge fee in fen and label. */
  entryDates: Map<string, { feeFen: number; labelZh: string; labelEn: string }>;
  badgeTypes: Map<string, { labelZh: string; labelEn: string }>;
}

// Read for every order placed; an edition written through Strapi empties it at once
// (access/watch-access-changes.ts), another instance may lag by the time to live.
const cache = new ExpiringMap<number, Promise<EditionFees>>(accessCacheMs(), 100);

/** The fees an edition charges per entry-date option (入场日期), and its badge types. */
export function editionFees(strapi: Core.Strapi, editionNumber: number): Promise<EditionFees> {
  const cached = cache.get(editionNumber);
  if (cached) return cached;
  const read = readEditionFees(strapi, editionNumber);
  cache.set(editionNumber, read);
  read.catch(() => cache.clear());
  return read;
}

async function readEditionFees(strapi: Core.Strapi, editionNumber: number): Promise<EditionFees> {
  const edition = (await strapi.documents('api::edition.edition').findFirst({
    filters: { number: editionNumber },
    fields: ['number'],
    populate: { entryDateOptions: true, badgeTypes: true },
  })) as unknown as {
    entryDateOptions?: { code: string; feeFen: number; labelZh: string; labelEn: string }[];
    badgeTypes?: { code: string; labelZh: string; labelEn: string }[];
  } | null;
  return {
    entryDates: new Map(
      (edition?.entryDateOptions ?? []).map((o) => [
        o.code,
        { feeFen: o.feeFen, labelZh: o.labelZh, labelEn: o.labelEn },
      ]),
    ),
    badgeTypes: new Map(
      (edition?.badgeTypes ?? []).map((b) => [b.code, { labelZh: b.labelZh, labelEn: b.labelEn }]),
    ),
  };
}
