import type { Core } from '@strapi/strapi';
import { type Bilingual, readSeed } from './data';

interface DelegationSeed extends Bilingual {
  code: string;
  kind: 'territorial' | 'affiliation';
  referralCode?: string;
  children?: DelegationSeed[];
}

/** 43 delegations and their sub-delegations; a sub-delegation shares its delegation's referral code. */
export async function seedDelegations(strapi: Core.Strapi) {
  const delegations = strapi.documents('api::delegation.delegation');
  const tree = readSeed<DelegationSeed[]>('delegations');
  for (const [index, top] of tree.entries()) {
    const path = `/${top.code}/`;
    const parent = await delegations.create({
      data: {
        code: top.code,
        nameZh: top.nameZh,
        nameEn: top.nameEn,
        kind: top.kind,
        referralCode: top.referralCode,
        path,
        depth: 0,
        sortOrder: index,
      },
    } as never);
    for (const [childIndex, child] of (top.children ?? []).entries()) {
      await delegations.create({
        data: {
          code: child.code,
          nameZh: child.nameZh,
          nameEn: child.nameEn,
          kind: child.kind,
          referralCode: top.referralCode,
          path: `${path}${child.code}/`,
          depth: 1,
          sortOrder: childIndex,
          parent: parent.documentId,
        },
      } as never);
    }
  }
}
