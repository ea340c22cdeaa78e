import type { Core } from '@strapi/strapi';
import { conflict, fieldError } from '../errors';

export interface CurrentEdition {
  documentId: string;
  number: number;
  nameZh: string;
  nameEn: string;
  privacyPolicyVersion?: string | null;
}

/** The edition registrations go into (at most one is current: a unique index says so). */
export async function currentEdition(strapi: Core.Strapi): Promise<CurrentEdition> {
  const edition = await strapi
    .documents('api::edition.edition')
    .findFirst({ filters: { current: true } });
  if (!edition) {
    throw conflict([
      fieldError(
        'edition',
        'noCurrentEdition',
        '当前没有开放注册的届次',
        'No edition is open for registration',
      ),
    ]);
  }
  return edition as unknown as CurrentEdition;
}
