import crypto from 'node:crypto';

/**
 * A short-lived token that lets the portal's preview page read ONE draft (issue 10, finding 5):
 * signed by the cms when an editor opens the admin's preview, checked by the editorial routes.
 * Nothing else reads drafts; without a valid token `status=draft` answers the published version.
 */
const LIFETIME_MS = () => Number(process.env.PREVIEW_TOKEN_MINUTES ?? 30) * 60_000;

const secret = () => process.env.PREVIEW_SECRET || process.env.ADMIN_JWT_SECRET || '';

const mac = (payload: string) =>
  crypto.createHmac('sha256', secret()).update(`preview:${payload}`).digest('base64url');

export function signPreview(uid: string, documentId: string, now = Date.now()): string | null {
  if (!secret()) return null;
  const expires = (now + LIFETIME_MS()).toString(36);
  return `${expires}.${mac(`${uid}|${documentId}|${expires}`)}`;
}

export function previewAllows(
  token: unknown,
  uid: string,
  documentId: string,
  now = Date.now(),
): boolean {
  if (typeof token !== 'string' || !secret()) return false;
  const [expires, signature, extra] = token.split('.');
  if (!expires || !signature || extra !== undefined) return false;
  if (!(Number.parseInt(expires, 36) > now)) return false;
  const expected = Buffer.from(mac(`${uid}|${documentId}|${expires}`));
  const given = Buffer.from(signature);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
