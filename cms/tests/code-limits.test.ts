import { describe, expect, it } from 'vitest';
import { withStrapi } from './support/app';

/** The per-IP limits as configured for production: one code a minute, ten a day per address. */
const app = withStrapi({ CODE_IP_PER_MINUTE: '1', CODE_IP_PER_DAY: '10' });

describe('verification code limits per IP', () => {
  it('refuse a second code from the same address within a minute, even for another number', async () => {
    const send = (target: string) =>
      app
        .http()
        .post('/api/verification-codes')
        .send({ data: { channel: 'sms', target, purpose: 'register' } });
    expect((await send('13700000001')).status).toBe(202);
    const second = await send('13700000002');
    expect(second.status).toBe(429);
    expect(second.body.error.details).toMatchObject({ retryAfter: expect.any(Number) });
    expect(
      await app
        .strapi()
        .documents('api::sms-message.sms-message')
        .count({ filters: { to: '13700000002' } } as never),
    ).toBe(0);
  });
});
