import { roleType } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { fieldError, invalidFields, notFound } from '../errors';
import { writeAudit } from '../lifecycle/audit';
import { queueMail } from '../mail/outbox';
import type { MailLocale } from '../mail/templates';
import { revokeTokens } from './tokens';

const USER = 'plugin::users-permissions.user';

interface Colleague {
  id: number;
  documentId: string;
  username: string;
  displayName?: string | null;
  email: string;
  mobile?: string | null;
  preferredLocale?: MailLocale | null;
  person?: { personStatus?: string; name?: string } | null;
}

/** Colleague accounts of the organization whose person the liaison has confirmed, not blocked. */
export async function handoverCandidates(strapi: Core.Strapi, organizationRef: string) {
  const users = (await strapi.documents(USER).findMany({
    filters: {
      role: { type: roleType.colleague },
      organization: { documentId: organizationRef },
      blocked: { $ne: true },
      person: { personStatus: { $notIn: ['toConfirm', 'declined'] } },
    },
    fields: ['username', 'displayName', 'email', 'mobile', 'preferredLocale'],
    populate: { person: { fields: ['name', 'personStatus'] } },
    sort: 'id:asc',
  })) as unknown as Colleague[];
  return users;
}

const label = (user: { displayName?: string | null; username: string }) =>
  user.displayName ? `${user.displayName}（${user.username}）` : user.username;

/** `.invalid` (RFC 2606) marks a colleague who gave no email: nothing to send to. */
const mailable = (email: string | undefined | null) => !!email && !email.endsWith('.invalid');

/**
 * 账户管理 → 联络员移交: the liaison hands the organization's liaison role to a colleague account
 * of the same organization. The colleague becomes the liaison and the old account a colleague,
 * in one transaction with an audit row; both accounts' tokens are revoked (their role changed)
 * and both are mailed.
 */
export async function handOverLiaison(
  strapi: Core.Strapi,
  request: { userId: number; organizationRef: string; colleague: unknown },
) {
  const colleagueId = typeof request.colleague === 'string' ? request.colleague.trim() : '';
  if (!colleagueId) {
    throw invalidFields([
      fieldError(
        'colleague',
        'required',
        '请选择接任的单位同事',
        'Choose the colleague who takes over',
      ),
    ]);
  }
  const candidate = (await handoverCandidates(strapi, request.organizationRef)).find(
    (c) => c.documentId === colleagueId,
  );
  // Someone else's account, or a colleague not (yet) confirmed: the same answer.
  if (!candidate) throw notFound();
  const roles = strapi.documents('plugin::users-permissions.role');
  const roleId = async (type: string) =>
    ((await roles.findFirst({ filters: { type } })) as unknown as { id: number }).id;
  const [liaisonRole, colleagueRole] = [
    await roleId(roleType.liaison),
    await roleId(roleType.colleague),
  ];
  const { old, organizationName } = await strapi.db.transaction(async ({ trx }) => {
    const usersTable = strapi.db.metadata.get(USER).tableName;
    // Two handovers at once: the second waits here and finds itself no longer the liaison. The
    // colleague's row is locked too (in id order), and checked again: blocked or declined since
    // the first look, they do not take over.
    await trx(usersTable)
      .whereIn('id', [request.userId, candidate.id])
      .orderBy('id')
      .forUpdate()
      .select('id');
    const stillCandidate = (await handoverCandidates(strapi, request.organizationRef)).some(
      (c) => c.documentId === candidate.documentId,
    );
    if (!stillCandidate) throw notFound();
    const old = (await strapi.documents(USER).findFirst({
      filters: { id: request.userId, role: { type: roleType.liaison } },
      fields: ['username', 'displayName', 'email', 'preferredLocale'],
      populate: { organization: { fields: ['name', 'nameEn'] } },
    })) as unknown as
      | (Colleague & { organization?: { name?: string; nameEn?: string } | null })
      | null;
    if (!old) throw notFound();
    await strapi.documents(USER).update({
      documentId: candidate.documentId,
      data: { role: liaisonRole },
    });
    await strapi.documents(USER).update({
      documentId: old.documentId,
      data: { role: colleagueRole },
    });
    await writeAudit(
      trx,
      [
        {
          machine: 'liaison',
          recordRef: request.organizationRef,
          action: 'handOver',
          fromState: old.username,
          toState: candidate.username,
          actorRole: 'liaison',
          actorName: old.username,
          reason: `单位联络员由 ${label(old)} 移交给 ${label(candidate)} · liaison handed over`,
        },
      ],
      request.userId,
    );
    return { old, organizationName: old.organization?.name ?? '' };
  });
  await revokeTokens(strapi, old.id);
  await revokeTokens(strapi, candidate.id);
  const mail = (to: Colleague, toYou: boolean) =>
    mailable(to.email)
      ? queueMail(
          to.email,
          'liaisonHandover',
          { organization: organizationName, from: label(old), to: label(candidate), toYou },
          to.preferredLocale === 'en' ? 'en' : 'zh-CN',
        )
      : Promise.resolve();
  await mail(old, false);
  await mail(candidate, true);
  return { liaison: { documentId: candidate.documentId, username: candidate.username } };
}
