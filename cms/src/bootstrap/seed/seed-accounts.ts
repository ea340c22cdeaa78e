import type { Core } from '@strapi/strapi';
import type { PortalRoleType } from '../../access/roles';
import { DEMO_PASSWORD, demoAccounts, demoAdmins } from './demo-accounts';
import { findDelegation, itemsByCode } from './previous-edition';

async function createUser(
  strapi: Core.Strapi,
  account: (typeof demoAccounts)[number],
  links: Record<string, string | undefined>,
) {
  const role = await strapi
    .documents('plugin::users-permissions.role')
    .findFirst({ filters: { type: account.role } });
  // The plugin's own service hashes the password.
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: account.username,
      email: account.email,
      password: DEMO_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role?.id,
      displayName: account.displayName,
      mobile: account.role === 'liaison' ? '13800138000' : undefined,
    });
  const connected = Object.fromEntries(Object.entries(links).filter(([, value]) => value));
  if (Object.keys(connected).length > 0) {
    await strapi
      .documents('plugin::users-permissions.user')
      .update({ documentId: user.documentId, data: connected });
  }
}

/** An approved enterprise of the Shanghai delegation in the current edition, with one colleague. */
export async function seedDemoAccounts(strapi: Core.Strapi) {
  const edition = await strapi
    .documents('api::edition.edition')
    .findFirst({ filters: { current: true } });
  const pudong = await findDelegation(strapi, 'shanghai-pudong');
  const shanghai = await findDelegation(strapi, 'shanghai');
  const organization = await strapi.documents('api::organization.organization').create({
    data: {
      editionNumber: edition?.number,
      edition: edition?.documentId,
      delegation: pudong?.documentId,
      delegationPath: pudong?.path,
      category: 'domesticEnterprise',
      name: '上海浦东示范进口贸易有限公司',
      nameEn: 'Shanghai Pudong Demo Import Trading Co., Ltd.',
      creditCode: '91310115MA1FL8K22H',
      address: '上海市浦东新区世纪大道 100 号',
      contactName: '王敏',
      contactMobile: '13800138000',
      contactEmail: 'liaison@demo.ciie.example',
      visitPurposes: ['purchasing', 'investmentPromotion'],
      interests: await itemsByCode(strapi, ['automobile-vehicles-passenger-cars']),
      privacyPolicyVersion: edition?.privacyPolicyVersion,
      privacyConsentAt: '2025-07-01T09:00:00+08:00',
      reviewStatus: 'approved',
      submittedAt: '2025-07-01T09:00:00+08:00',
      reviewedAt: '2025-07-01T09:00:00+08:00',
      referralCode: 'Q2021537',
      // Badge reuse (证件复用) consumes this quota, set by operations per organization.
      badgeReuseQuota: 5,
    },
  } as never);
  const colleague = await strapi.documents('api::person.person').create({
    data: {
      editionNumber: edition?.number,
      organizationRef: organization.documentId,
      organization: organization.documentId,
      personNumber: 'P8-000001',
      name: '李娜',
      gender: 'female',
      regionType: 'mainland',
      idType: 'residentId',
      idNumber: '11010519491231002X',
      position: '采购经理',
      personTag: 'professionalVisitor',
      entryDateOption: 'full',
      badgeType: 'professionalVisitor',
      mobile: '13900139000',
      email: 'colleague@demo.ciie.example',
      personStatus: 'pendingPayment',
      source: 'colleague',
    },
  } as never);
  const links: Record<PortalRoleType, Record<string, string | undefined>> = {
    liaison: { organization: organization.documentId },
    colleague: { organization: organization.documentId, person: colleague.documentId },
    'delegation-reviewer': { delegation: shanghai?.documentId },
    finance: {},
    operations: {},
  };
  for (const account of demoAccounts) await createUser(strapi, account, links[account.role]);
}

/** Content editors work in the Strapi admin; Strapi's admin user service hashes the password. */
export async function seedDemoAdmins(strapi: Core.Strapi) {
  for (const admin of demoAdmins) {
    const role = await strapi.service('admin::role').findOne({ code: admin.roleCode });
    await strapi.service('admin::user').create({
      email: admin.email,
      firstname: admin.firstname,
      lastname: admin.lastname,
      password: admin.password,
      isActive: true,
      roles: [role.id],
    });
  }
}
