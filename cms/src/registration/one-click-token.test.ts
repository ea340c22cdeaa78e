import { describe, expect, it } from 'vitest';
import { checkToken, signToken, tokenHash } from './one-click-token';

describe('one-click link tokens', () => {
  const later = new Date(Date.now() + 86_400_000);

  it('accept a token the server signed, naming its invitation', () => {
    expect(checkToken(signToken('inv123', later))).toEqual({ ok: true, invitationId: 'inv123' });
  });

  it('refuse a token past its expiry', () => {
    const token = signToken('inv123', new Date(Date.now() - 1000));
    expect(checkToken(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse a token whose invitation or expiry was changed', () => {
    const [, expiry, signature] = signToken('inv123', later).split('.');
    expect(checkToken(`inv999.${expiry}.${signature}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkToken(`inv123.${Number(expiry) + 86_400}.${signature}`)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkToken('garbage')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('store only a hash that differs from the token', () => {
    const token = signToken('inv123', later);
    expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(token)).not.toContain('inv123');
  });
});
