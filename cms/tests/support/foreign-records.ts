import type { Core, UID } from '@strapi/strapi';

/**
 * A whole second world owned by an organization of another delegation (Beijing): one record
 * of every business type. No demo account but operations and finance may see any of it.
 * The scope matrix asks every role for each of these records.
 */
export async function createForeignRecords(
  strapi: Core.Strapi,
): Promise<Partial<Record<UID.ContentType, string>>> {
  const create = async (uid: UID.ContentType, data: Record<string, unknown>) =>
    (await strapi.documents(uid).create({ data } as never)).documentId;
  const delegation = await strapi
    .documents('api::delegation.delegation')
    .findFirst({ filters: { code: 'beijing-dongcheng' } } as never);
  const organization = await create('api::organization.organization', {
    editionNumber: 8,
    delegation: delegation?.documentId,
    delegationPath: (delegation as unknown as { path: string }).path,
    category: 'domesticGovernmentAgency',
    name: '北京示例区商务局',
    creditCode: '113100000024680029',
    reviewStatus: 'submitted',
  });
  const owned = { organizationRef: organization, organization };
  const person = await create('api::person.person', {
    ...owned,
    editionNumber: 8,
    name: '赵强',
    regionType: 'mainland',
    idType: 'residentId',
    idNumber: '110105194912310037',
    personStatus: 'pendingPayment',
  });
  const order = await create('api::badge-order.badge-order', {
    ...owned,
    editionNumber: 8,
    orderNumber: 'V202509011200000000000001',
    amountFen: 20000,
    headCount: 1,
  });
  const line = await create('api::badge-order-line.badge-order-line', {
    order,
    orderRef: order,
    person,
    personRef: person,
    feeFen: 20000,
    live: true,
  });
  const payment = await create('api::payment.payment', {
    order,
    orderRef: order,
    method: 'bankTransfer',
    amountFen: 20000,
  });
  const remittance = await create('api::remittance.remittance', {
    payment,
    orderRef: order,
    organizationRef: organization,
    paymentRef: payment,
    payerName: '北京示例区商务局',
    payerAccount: '6222000000000000',
    payerBank: '示例银行',
    amountFen: 20000,
  });
  const invoice = await create('api::invoice.invoice', {
    order,
    orderRef: order,
    kind: 'ordinary',
    title: '北京示例区商务局',
    taxNumber: '113100000024680029',
    amountFen: 20000,
  });
  const redLetter = await create('api::red-letter-invoice.red-letter-invoice', {
    invoice,
    invoiceRef: invoice,
    amountFen: -20000,
  });
  const refund = await create('api::refund.refund', {
    order,
    orderRef: order,
    organizationRef: organization,
    paymentMethod: 'bankTransfer',
    refundNumber: 'R202509011200000000000001',
    person,
    personRef: person,
    payment,
    amountFen: 20000,
  });
  const badge = await create('api::badge.badge', {
    person,
    personRef: person,
    editionNumber: 8,
    badgeNumber: 'CIIE8-F00001',
    entryCode: 'secret-entry-code',
  });
  return {
    'api::organization.organization': organization,
    'api::person.person': person,
    'api::express-address.express-address': await create('api::express-address.express-address', {
      ...owned,
      provinceCode: '110000',
      province: '北京市',
      cityCode: '110100',
      city: '北京市',
      districtCode: '110101',
      district: '东城区',
      street: '示例街 1 号',
      recipient: '赵强',
      mobile: '13800138001',
      postcode: '100010',
    }),
    'api::investment-project.investment-project': await create(
      'api::investment-project.investment-project',
      {
        ...owned,
        delegationPath: (delegation as unknown as { path: string }).path,
        name: '示例产业园招商项目',
        projectType: 'localProject',
      },
    ),
    'api::person-import.person-import': await create('api::person-import.person-import', {
      organizationRef: organization,
      editionNumber: 8,
      mode: 'validOnly',
      importStatus: 'done',
    }),
    'api::badge-order.badge-order': order,
    'api::badge-order-line.badge-order-line': line,
    'api::payment.payment': payment,
    'api::remittance.remittance': remittance,
    'api::bank-statement-line.bank-statement-line': await create(
      'api::bank-statement-line.bank-statement-line',
      {
        bankTransactionId: 'MATRIX-0001',
        bookedOn: '2025-09-01',
        direction: 'credit',
        amountFen: 20000,
        importRef: 'matrix',
        matchStatus: 'unmatched',
      },
    ),
    'api::invoice.invoice': invoice,
    'api::red-letter-invoice.red-letter-invoice': redLetter,
    'api::refund.refund': refund,
    'api::invitation.invitation': await create('api::invitation.invitation', {
      ...owned,
      kind: 'colleague',
      tokenHash: 'foreign-token-hash',
    }),
    'api::points-entry.points-entry': await create('api::points-entry.points-entry', {
      ...owned,
      reason: 'register',
      points: 10,
      sourceRef: organization,
    }),
    'api::coupon.coupon': await create('api::coupon.coupon', {
      ...owned,
      code: 'CPN-FOREIGN-1',
      pointsCost: 100,
    }),
    'api::badge.badge': badge,
    'api::check-in.check-in': await create('api::check-in.check-in', {
      badge,
      personRef: person,
      gate: 'N1',
    }),
    'api::activity-signup.activity-signup': await create('api::activity-signup.activity-signup', {
      ...owned,
      activityDocumentId: 'some-activity',
      person,
      personRef: person,
    }),
    'api::review-log.review-log': await create('api::review-log.review-log', {
      machine: 'organization',
      recordRef: organization,
      action: 'submit',
      fromState: 'draft',
      toState: 'submitted',
      actorRole: 'liaison',
    }),
    'api::sms-message.sms-message': await create('api::sms-message.sms-message', {
      to: '13800138001',
      body: '验证码 123456',
    }),
  };
}
