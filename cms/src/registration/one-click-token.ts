import crypto from 'node:crypto';

/**
 * One-click links carry `<invitation documentId>.<expiry, epoch seconds>.<HMAC>`: signed, so
 * nobody can forge or extend one; the invitation row makes it single-use. Only a hash of the
 * token is stored, and the mail job re-signs it instead of keeping it.
 */
const secret = () => process.env.ONE_CLICK_SECRET ?? process.env.JWT_SECRET ?? 'pvis-one-click';
const mac = (payload: string) =>
  crypto.createHmac('sha256', secret()).update(payload).digest('base64url');

export const signToken = (invitationId: string, expiresAt: Date) => {
  const payload = `${invitationId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${mac(payload)}`;
};

export const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export type TokenCheck =
  | { ok: true; invitationId: string }
  | { ok: false; reason: 'invalid' | 'expired' };

export function checkToken(token: string, now = new Date()): TokenCheck {
  const [invitationId, expiry, signature] = token.split('.');
  if (!invitationId || !expiry || !signature) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(mac(`${invitationId}.${expiry}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' };
  if (Number(expiry) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, invitationId };
}
