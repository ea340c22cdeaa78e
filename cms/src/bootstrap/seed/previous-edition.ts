import type { Core } from '@strapi/strapi';
import { createLiaison } from '../../registration/accounts';
import { readSeed } from './data';
import { DEMO_PASSWORD } from './demo-accounts';

interface Bi {
  zh: string;
  en: string;
}
interface PersonSeed {
  name: string;
  gender: string;
  regionType: string;
  idType: string;
  idNumber: string;
  position?: string;
  mobile?: string;
  email?: string;
  badgeNumber?: string;
}
interface OrganizationSeed {
  key: string;
  category: string;
  delegationCode: string | null;
  subDelegationCode?: string | null;
  name: Bi;
  creditCode?: string;
  contact: { name: string; mobile: string; email: string };
  address: Bi;
  visitPurposes: string[];
  interests: string[];
  intendedImports?: Bi;
  persons: PersonSeed[];
}

export interface DelegationRef {
  documentId: string;
  path: string;
}

export const findDelegation = async (strapi: Core.Strapi, code: string) =>
  // `code` is always a string here: an undefined filter would match the first delegation.
  (await strapi.documents('api::delegation.delegation').findFirst({
    filters: { code },
    fields: ['documentId', 'path'],
  })) as unknown as DelegationRef | null;

export async function itemsByCode(strapi: Core.Strapi, codes: string[]) {
  if (codes.length === 0) return [];
  const items = await strapi.documents('api::exhibition-item.exhibition-item').findMany({
    filters: { code: { $in: codes } },
    fields: ['documentId'],
    limit: codes.length,
  });
  return items.map((item) => item.documentId);
}

/**
 * The 7th edition's approved organizations, their liaison accounts and badge holders: material
 * for one-click registration, returning organizations and bring-forward.
 */
export async function seedPreviousEdition(strapi: Core.Strapi) {
  const { organizations } = readSeed<{ organizations: OrganizationSeed[] }>('previous-edition');
  const edition = await strapi
    .documents('api::edition.edition')
    .findFirst({ filters: { number: 7 } });
  for (const seed of organizations) {
    // Overseas organizations may join no delegation.
    const delegationCode = seed.subDelegationCode ?? seed.delegationCode;
    const delegation = delegationCode ? await findDelegation(strapi, delegationCode) : null;
    const organization = await strapi.documents('api::organization.organization').create({
      data: {
        editionNumber: 7,
        edition: edition?.documentId,
        delegation: delegation?.documentId,
        delegationPath: delegation?.path,
        category: seed.category,
        name: seed.name.zh,
        nameEn: seed.name.en,
        creditCode: seed.creditCode,
        address: seed.address.zh,
        contactName: seed.contact.name,
        contactMobile: seed.contact.mobile,
        contactEmail: seed.contact.email,
        visitPurposes: seed.visitPurposes,
        interests: await itemsByCode(strapi, seed.interests),
        intendedImports: seed.intendedImports?.zh,
        reviewStatus: 'approved',
        submittedAt: '2024-08-01T10:00:00+08:00',
        reviewedAt: '2024-08-01T10:00:00+08:00',
      },
    } as never);
    // Returning organizations log in with their earlier account (credit code, or email abroad).
    await createLiaison(strapi, {
      username: seed.creditCode ?? seed.contact.email,
      email: seed.contact.email,
      password: DEMO_PASSWORD,
      mobile: seed.contact.mobile,
      organization: organization.documentId,
    });
    for (const [index, person] of seed.persons.entries()) {
      await strapi.documents('api::person.person').create({
        data: {
          ...person,
          editionNumber: 7,
          organizationRef: organization.documentId,
          organization: organization.documentId,
          personNumber: `P7-${seed.key.slice(-2)}-${String(index + 1).padStart(3, '0')}`,
          personStatus: 'issued',
          paymentStatus: 'paid',
        },
      } as never);
    }
  }
}
