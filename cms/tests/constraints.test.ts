import type { UID } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { withStrapi } from './support/app';

/**
 * Every uniqueness and "at most" rule lives in PostgreSQL (database/constraints): each case
 * writes a first row, then shows the database refuses the second — and, where the rule is
 * scoped, that a row outside the scope is accepted.
 */
const app = withStrapi();
const create = (uid: UID.ContentType, data: Record<string, unknown>) =>
  app
    .strapi()
    .documents(uid)
    .create({ data } as never);

const person = (organizationRef: string, idNumber: string, extra: object = {}) => ({
  editionNumber: 8,
  organizationRef,
  name: '测试',
  regionType: 'mainland',
  idType: 'residentId',
  idNumber,
  ...extra,
});

interface Case {
  rule: string;
  uid: UID.ContentType;
  first: Record<string, unknown>;
  second: Record<string, unknown>;
  /** A row that differs only in the scope of the rule, and so is accepted. */
  allowed?: Record<string, unknown>;
  code?: string;
}

const cases: Case[] = [
  {
    rule: 'a credit code registers once per edition',
    uid: 'api::organization.organization',
    first: { editionNumber: 8, creditCode: '91310000MA1K4C3D70', name: 'A' },
    second: { editionNumber: 8, creditCode: '91310000MA1K4C3D70', name: 'B' },
    allowed: { editionNumber: 7, creditCode: '91310000MA1K4C3D70', name: 'A (7th)' },
  },
  {
    rule: 'a person appears once per organization, whatever the case of the ID number',
    uid: 'api::person.person',
    first: person('org-c1', '11010519491231002X'),
    second: person('org-c1', '11010519491231002x'),
    allowed: person('org-c2', '11010519491231002X'),
  },
  {
    rule: 'a person number is unique within an edition',
    uid: 'api::person.person',
    first: person('org-c3', '110105194912310037', { personNumber: 'P8-900001' }),
    second: person('org-c4', '110105194912310045', { personNumber: 'P8-900001' }),
  },
  {
    rule: 'a person is in at most one live order',
    uid: 'api::badge-order-line.badge-order-line',
    first: { orderRef: 'order-1', personRef: 'person-1', feeFen: 20000, live: true },
    second: { orderRef: 'order-2', personRef: 'person-1', feeFen: 20000, live: true },
    allowed: { orderRef: 'order-3', personRef: 'person-1', feeFen: 20000, live: false },
  },
  {
    rule: 'an order number is unique',
    uid: 'api::badge-order.badge-order',
    first: {
      orderNumber: 'V202510011200000000000001',
      editionNumber: 8,
      organizationRef: 'o1',
      amountFen: 100,
      headCount: 1,
    },
    second: {
      orderNumber: 'V202510011200000000000001',
      editionNumber: 8,
      organizationRef: 'o2',
      amountFen: 100,
      headCount: 1,
    },
  },
  {
    rule: 'one payment per gateway transaction (a replayed notification pays once)',
    uid: 'api::payment.payment',
    first: {
      orderRef: 'o1',
      method: 'alipay',
      amountFen: 100,
      gatewayTransactionId: '2025100122001',
    },
    second: {
      orderRef: 'o1',
      method: 'alipay',
      amountFen: 100,
      gatewayTransactionId: '2025100122001',
    },
    allowed: {
      orderRef: 'o1',
      method: 'wechatPay',
      amountFen: 100,
      gatewayTransactionId: '2025100122001',
    },
  },
  {
    rule: 'one invoice per order',
    uid: 'api::invoice.invoice',
    first: { orderRef: 'o1', kind: 'ordinary', title: 'T', taxNumber: 'X', amountFen: 100 },
    second: { orderRef: 'o1', kind: 'special', title: 'T', taxNumber: 'X', amountFen: 100 },
  },
  {
    rule: 'one red-letter reversal per invoice',
    uid: 'api::red-letter-invoice.red-letter-invoice',
    first: { invoiceRef: 'i1', amountFen: -100 },
    second: { invoiceRef: 'i1', amountFen: -100 },
  },
  {
    rule: 'a person is refunded at most once (a failed attempt may be retried)',
    uid: 'api::refund.refund',
    first: { orderRef: 'o1', personRef: 'p1', amountFen: 100, refundStatus: 'processing' },
    second: { orderRef: 'o1', personRef: 'p1', amountFen: 100 },
    allowed: { orderRef: 'o1', personRef: 'p1', amountFen: 100, refundStatus: 'failed' },
  },
  {
    rule: 'a refund number is used once (the gateway de-duplicates on it)',
    uid: 'api::refund.refund',
    first: { orderRef: 'o2', personRef: 'p2', amountFen: 100, refundNumber: 'R-same' },
    second: { orderRef: 'o3', personRef: 'p3', amountFen: 100, refundNumber: 'R-same' },
    allowed: { orderRef: 'o4', personRef: 'p4', amountFen: 100, refundNumber: 'R-other' },
  },
  {
    rule: 'exactly one default express address per organization',
    uid: 'api::express-address.express-address',
    first: {
      organizationRef: 'org-a',
      province: '上海市',
      city: '上海市',
      street: 'x',
      recipient: 'r',
      mobile: '13800138000',
      isDefault: true,
    },
    second: {
      organizationRef: 'org-a',
      province: '上海市',
      city: '上海市',
      street: 'y',
      recipient: 'r',
      mobile: '13800138000',
      isDefault: true,
    },
    allowed: {
      organizationRef: 'org-a',
      province: '上海市',
      city: '上海市',
      street: 'z',
      recipient: 'r',
      mobile: '13800138000',
      isDefault: false,
    },
  },
  {
    rule: 'only one edition is current',
    uid: 'api::edition.edition',
    first: { number: 9, nameZh: '第九届', nameEn: '9th', current: false },
    second: { number: 10, nameZh: '第十届', nameEn: '10th', current: true },
  },
  {
    rule: 'an edition number is unique',
    uid: 'api::edition.edition',
    first: { number: 11, nameZh: '第十一届', nameEn: '11th' },
    second: { number: 11, nameZh: '第十一届', nameEn: '11th' },
  },
  {
    rule: 'a delegation code is unique',
    uid: 'api::delegation.delegation',
    first: {
      code: 'test-delegation',
      nameZh: '测试',
      nameEn: 'Test',
      kind: 'territorial',
      referralCode: 'Q0000001',
      path: '/t/',
    },
    second: {
      code: 'test-delegation',
      nameZh: '测试',
      nameEn: 'Test',
      kind: 'territorial',
      referralCode: 'Q0000001',
      path: '/t2/',
    },
  },
  {
    rule: 'an exhibition item code is unique',
    uid: 'api::exhibition-item.exhibition-item',
    first: { code: 'test-item', nameZh: '测试', nameEn: 'Test' },
    second: { code: 'test-item', nameZh: '测试2', nameEn: 'Test 2' },
  },
  {
    rule: 'a badge number is unique within an edition, one live badge per person',
    uid: 'api::badge.badge',
    first: { personRef: 'p1', editionNumber: 8, badgeNumber: 'CIIE8-T1', entryCode: 'a' },
    second: { personRef: 'p2', editionNumber: 8, badgeNumber: 'CIIE8-T1', entryCode: 'b' },
    allowed: { personRef: 'p3', editionNumber: 7, badgeNumber: 'CIIE8-T1', entryCode: 'c' },
  },
  {
    rule: 'points are awarded once per source event',
    uid: 'api::points-entry.points-entry',
    first: { organizationRef: 'o1', reason: 'invite', points: 10, sourceRef: 'org-x' },
    second: { organizationRef: 'o1', reason: 'invite', points: 10, sourceRef: 'org-x' },
    allowed: { organizationRef: 'o1', reason: 'invite', points: 10, sourceRef: 'org-y' },
  },
  {
    rule: 'an invitation token is unique',
    uid: 'api::invitation.invitation',
    first: { kind: 'colleague', tokenHash: 'same-hash' },
    second: { kind: 'oneClick', tokenHash: 'same-hash' },
  },
  {
    rule: 'an organization has one live colleague invitation link',
    uid: 'api::invitation.invitation',
    first: { kind: 'colleague', organizationRef: 'org-i1', tokenHash: 'live-1' },
    second: { kind: 'colleague', organizationRef: 'org-i1', tokenHash: 'live-2' },
    allowed: {
      kind: 'colleague',
      organizationRef: 'org-i1',
      tokenHash: 'revoked-1',
      revokedAt: '2025-07-01T00:00:00.000Z',
    },
  },
  {
    rule: 'a person signs up for an activity once',
    uid: 'api::activity-signup.activity-signup',
    first: { activityDocumentId: 'a1', personRef: 'p1', organizationRef: 'o1' },
    second: { activityDocumentId: 'a1', personRef: 'p1', organizationRef: 'o1' },
    allowed: { activityDocumentId: 'a2', personRef: 'p1', organizationRef: 'o1' },
  },
];

describe('the database refuses the second row', () => {
  it.each(cases)('$rule', async ({ uid, first, second, allowed, code = '23505' }) => {
    await create(uid, first);
    if (allowed) await expect(create(uid, allowed)).resolves.toHaveProperty('documentId');
    const before = await app
      .strapi()
      .documents(uid)
      .count({} as never);
    await expect(create(uid, second)).rejects.toMatchObject({ code });
    expect(
      await app
        .strapi()
        .documents(uid)
        .count({} as never),
    ).toBe(before);
  });

  it('an organization keeps at most five express addresses', async () => {
    const address = (street: string) => ({
      organizationRef: 'org-five',
      province: '上海市',
      city: '上海市',
      street,
      recipient: 'r',
      mobile: '13800138000',
    });
    for (const street of ['1', '2', '3', '4', '5'])
      await create('api::express-address.express-address', address(street));
    await expect(
      create('api::express-address.express-address', address('6')),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('an account name logs in once, whatever its case', async () => {
    const users = app.strapi().plugin('users-permissions').service('user');
    await users.add({
      username: 'CaseUser',
      email: 'case1@example.com',
      password: 'Secret#123',
      provider: 'local',
      confirmed: true,
    });
    await expect(
      users.add({
        username: 'caseuser',
        email: 'case2@example.com',
        password: 'Secret#123',
        provider: 'local',
        confirmed: true,
      }),
    ).rejects.toMatchObject({ code: '23505' });
  });
});
