import { beijingDay } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { enqueue, work } from '../jobs/queue';
import { queueMail } from '../mail/outbox';
import { currentEdition } from './edition';
import { signToken, tokenHash } from './one-click-token';

const INVITATION = 'api::invitation.invitation';
const LINK_DAYS = Number(process.env.ONE_CLICK_LINK_DAYS ?? 14);
const portalUrl = () => process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';

/** Queues a campaign: the worker invites every approved organization of `fromEdition`. */
export const startCampaign = (fromEdition: number) =>
  enqueue('one-click-invitations', { fromEdition });

/**
 * Invites each approved organization of the earlier edition that has a contact email, has not
 * registered in the current edition and has not been invited to it yet; one mail job each.
 * Safe to run twice: already-invited organizations are skipped.
 */
export async function inviteEdition(strapi: Core.Strapi, fromEdition: number) {
  const edition = await currentEdition(strapi);
  const organizations = strapi.documents('api::organization.organization');
  const registered = new Set(
    (
      await organizations.findMany({
        filters: {
          editionNumber: edition.number,
          previousOrganization: { documentId: { $notNull: true } },
        },
        populate: { previousOrganization: { fields: ['documentId'] } },
        fields: ['documentId'],
        limit: 100_000,
      })
    ).map(
      (o) =>
        (o as unknown as { previousOrganization: { documentId: string } }).previousOrganization
          .documentId,
    ),
  );
  const invited = new Set(
    (
      await strapi.documents(INVITATION).findMany({
        filters: { kind: 'oneClick', editionNumber: edition.number },
        fields: ['organizationRef'],
        limit: 100_000,
      })
    ).map((i) => i.organizationRef as string),
  );
  const candidates = await organizations.findMany({
    filters: {
      editionNumber: fromEdition,
      reviewStatus: 'approved',
      contactEmail: { $notNull: true },
    },
    fields: ['documentId', 'name', 'nameEn', 'contactEmail', 'category'],
    limit: 100_000,
  });
  let count = 0;
  for (const org of candidates) {
    // The query asked for a contact email; the check tells the compiler so.
    if (!org.contactEmail || registered.has(org.documentId) || invited.has(org.documentId))
      continue;
    const expiresAt = new Date(Date.now() + LINK_DAYS * 86_400_000);
    const locale = String(org.category).startsWith('overseas') ? 'en' : 'zh-CN';
    const invitation = await strapi.documents(INVITATION).create({
      data: {
        kind: 'oneClick',
        editionNumber: edition.number,
        organization: org.documentId,
        organizationRef: org.documentId,
        email: org.contactEmail,
        locale,
        expiresAt: expiresAt.toISOString(),
        // Replaced below once the id exists; unique, so a placeholder must be unique too.
        tokenHash: `pending-${org.documentId}-${edition.number}`,
      },
    });
    const token = signToken(invitation.documentId, expiresAt);
    await strapi.documents(INVITATION).update({
      documentId: invitation.documentId,
      data: { tokenHash: tokenHash(token) },
    });
    await queueMail(
      org.contactEmail,
      'oneClickInvitation',
      {
        name: String(locale === 'en' ? (org.nameEn ?? org.name) : org.name),
        edition: locale === 'en' ? edition.nameEn : edition.nameZh,
        link: `${portalUrl()}/register/one-click?token=${encodeURIComponent(token)}`,
        expiresOn: beijingDay(expiresAt),
      },
      locale,
      { uid: INVITATION, documentId: invitation.documentId, field: 'sentAt' },
    );
    count += 1;
  }
  strapi.log.info(`one-click: ${count} organizations of edition ${fromEdition} invited`);
  return count;
}

export async function startCampaignWorker(strapi: Core.Strapi) {
  await work<{ fromEdition: number }>('one-click-invitations', async ({ fromEdition }) => {
    await inviteEdition(strapi, fromEdition);
  });
}

/** Sent / opened / registered counts for operations. */
export async function campaignStats(strapi: Core.Strapi) {
  const edition = await currentEdition(strapi);
  const count = (filters: Record<string, unknown>) =>
    strapi
      .documents(INVITATION)
      .count({ filters: { kind: 'oneClick', editionNumber: edition.number, ...filters } });
  return {
    invited: await count({}),
    sent: await count({ sentAt: { $notNull: true } }),
    opened: await count({ openedAt: { $notNull: true } }),
    registered: await count({ usedAt: { $notNull: true } }),
  };
}
