import type { Core } from '@strapi/strapi';

/** The 8th CIIE (current) and the 7th, whose organizations drive one-click registration. */
export async function seedEditions(strapi: Core.Strapi) {
  const editions = strapi.documents('api::edition.edition');
  await editions.create({
    data: {
      number: 7,
      nameZh: '第七届中国国际进口博览会',
      nameEn: 'The 7th China International Import Expo',
      startsOn: '2024-11-05',
      endsOn: '2024-11-10',
      registrationOpensAt: '2024-06-01T00:00:00+08:00',
      registrationClosesAt: '2024-11-10T17:00:00+08:00',
      recommendedDeadline: '2024-10-15',
      entryDateOptions: [
        {
          code: 'full',
          labelZh: '11月5日-10日',
          labelEn: 'Nov 5–10',
          firstDay: '2024-11-05',
          lastDay: '2024-11-10',
          feeFen: 20000,
        },
        {
          code: 'half',
          labelZh: '11月8日-10日',
          labelEn: 'Nov 8–10',
          firstDay: '2024-11-08',
          lastDay: '2024-11-10',
          feeFen: 10000,
        },
      ],
      badgeTypes: [
        {
          code: 'professionalVisitor',
          labelZh: '专业观众证',
          labelEn: 'Professional visitor badge',
        },
      ],
      reuseOpen: false,
      current: false,
      serviceHotline: '400-000-0000',
      privacyPolicyVersion: '2024-06',
    },
  });
  await editions.create({
    data: {
      number: 8,
      nameZh: '第八届中国国际进口博览会',
      nameEn: 'The 8th China International Import Expo',
      startsOn: '2025-11-05',
      endsOn: '2025-11-10',
      registrationOpensAt: '2025-06-01T00:00:00+08:00',
      registrationClosesAt: '2025-11-10T17:00:00+08:00',
      // "Complete registration and badge payment before mid-October" (operator's guide).
      recommendedDeadline: '2025-10-15',
      entryDateOptions: [
        {
          code: 'full',
          labelZh: '11月5日-10日',
          labelEn: 'Nov 5–10',
          firstDay: '2025-11-05',
          lastDay: '2025-11-10',
          feeFen: 20000,
        },
        {
          code: 'half',
          labelZh: '11月8日-10日',
          labelEn: 'Nov 8–10',
          firstDay: '2025-11-08',
          lastDay: '2025-11-10',
          feeFen: 10000,
        },
      ],
      badgeTypes: [
        {
          code: 'professionalVisitor',
          labelZh: '专业观众证',
          labelEn: 'Professional visitor badge',
        },
      ],
      reuseOpen: true,
      reuseQuotaPerOrganization: 10,
      current: true,
      serviceHotline: '400-000-0000',
      privacyPolicyVersion: '2025-06',
    },
  });
}
