import type { Core } from '@strapi/strapi';
import { fieldError, gone } from '../../errors';
import { checkToken, signToken, tokenHash } from '../../registration/one-click-token';
import type { Admission } from '../admission';

/**
 * The organization's colleague invitation (快邀请 → 邀请单位同事): one live link per
 * organization, `<portal>/join/<token>`. The token is the one-click registration's signed token
 * (invitation id + expiry + HMAC); only its hash is stored and the link is re-signed from the
 * row when the liaison opens the card again. Issuing a new link revokes the old one.
 */
const INVITATION = 'api::invitation.invitation';
const linkDays = () => Number(process.env.COLLEAGUE_LINK_DAYS ?? 30);
const portalUrl = () => process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';

export interface ColleagueInvitation {
  documentId: string;
  organizationRef: string;
  editionNumber: number;
  tokenHash: string;
  expiresAt: string;
  revokedAt?: string | null;
  createdAt: string;
}

export interface ColleagueLink {
  link: string;
  token: string;
  expiresAt: string;
  issuedAt: string;
}

export const joinUrl = (token: string) => `${portalUrl()}/join/${encodeURIComponent(token)}`;

const linkOf = (invitation: ColleagueInvitation): ColleagueLink => {
  const token = signToken(invitation.documentId, new Date(invitation.expiresAt));
  return {
    link: joinUrl(token),
    token,
    expiresAt: new Date(invitation.expiresAt).toISOString(),
    issuedAt: new Date(invitation.createdAt).toISOString(),
  };
};

const liveInvitation = async (strapi: Core.Strapi, organizationRef: string) =>
  (await strapi.documents(INVITATION).findFirst({
    filters: {
      kind: 'colleague',
      organizationRef,
      revokedAt: { $null: true },
      expiresAt: { $gt: new Date().toISOString() },
    },
    sort: 'id:desc',
  })) as unknown as ColleagueInvitation | null;

/**
 * The live link, or a new one when `renew` is asked or none is live (first visit, expired).
 * The organization row is locked so two tabs never leave two live links; the database also
 * allows only one (database/constraints: invitations__organizationRef__unique).
 */
export async function colleagueLink(
  strapi: Core.Strapi,
  admission: Admission,
  renew: boolean,
): Promise<{ link: ColleagueLink; created: boolean }> {
  const { organizationRef } = admission;
  return strapi.db.transaction(async ({ trx }) => {
    await trx('organizations').where('document_id', organizationRef).forUpdate().first('id');
    const live = await liveInvitation(strapi, organizationRef);
    if (live && !renew) return { link: linkOf(live), created: false };
    const now = new Date();
    await trx('invitations')
      .where({ kind: 'colleague', organization_ref: organizationRef })
      .whereNull('revoked_at')
      .update({ revoked_at: now, updated_at: now });
    const expiresAt = new Date(now.getTime() + linkDays() * 86_400_000);
    const created = (await strapi.documents(INVITATION).create({
      data: {
        kind: 'colleague',
        editionNumber: admission.editionNumber,
        organization: organizationRef,
        organizationRef,
        expiresAt: expiresAt.toISOString(),
        // Replaced below once the id exists; unique, so the placeholder is unique too.
        tokenHash: `pending-colleague-${organizationRef}-${now.getTime()}`,
      },
    })) as unknown as ColleagueInvitation;
    const link = linkOf(created);
    await strapi.documents(INVITATION).update({
      documentId: created.documentId,
      data: { tokenHash: tokenHash(link.token) },
    });
    return { link, created: true };
  });
}

type LinkProblem = 'linkExpired' | 'linkRevoked' | 'linkInvalid';
const TEXT: Record<LinkProblem, [string, string]> = {
  linkExpired: [
    '邀请链接已过期，请联系单位联络员获取新的链接',
    'The invitation link has expired: ask your liaison for a new one',
  ],
  linkRevoked: [
    '邀请链接已失效（联络员已生成新的链接），请联系单位联络员',
    'The invitation link is no longer valid (the liaison issued a new one): ask your liaison',
  ],
  linkInvalid: ['邀请链接无效', 'The invitation link is not valid'],
};

/** 410 Gone: the link cannot be used (any more); the page says why. */
const unusable = (code: LinkProblem) =>
  gone([fieldError('token', code, TEXT[code][0], TEXT[code][1])]);

/** The invitation behind a link a colleague opened, or 410 saying why it cannot be used. */
export async function invitationOfToken(
  strapi: Core.Strapi,
  token: string,
): Promise<ColleagueInvitation> {
  const check = checkToken(token);
  if (!check.ok) throw unusable(check.reason === 'expired' ? 'linkExpired' : 'linkInvalid');
  const invitation = (await strapi.documents(INVITATION).findFirst({
    filters: { documentId: check.invitationId, kind: 'colleague' },
  })) as unknown as ColleagueInvitation | null;
  if (!invitation || invitation.tokenHash !== tokenHash(token)) throw unusable('linkInvalid');
  if (invitation.revokedAt) throw unusable('linkRevoked');
  if (new Date(invitation.expiresAt).getTime() < Date.now()) throw unusable('linkExpired');
  return invitation;
}
