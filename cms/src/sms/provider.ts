import type { Core } from '@strapi/strapi';

/** Where SMS go (docs/architecture.md). A gateway (e.g. Aliyun SMS) implements this. */
export interface SmsProvider {
  send(message: {
    to: string;
    body: string;
    purpose: string;
  }): Promise<{ providerMessageId: string }>;
}

/**
 * `log` (the default, for development and demos): delivers nothing; with SMS_LOG=true
 * (`npm start`) it prints the message to the terminal, so a person trying the demo sees
 * their code. Never use it in production: nobody receives the codes.
 */
const log = (strapi: Core.Strapi): SmsProvider => ({
  async send({ to, body }) {
    if (process.env.SMS_LOG === 'true') strapi.log.info(`[sms] to ${to}: ${body}`);
    return { providerMessageId: `log-${Date.now()}` };
  },
});

/**
 * `http`: POSTs `{ to, body, purpose }` as JSON to SMS_HTTP_URL (an in-house SMS gateway, or the
 * tests' catcher), with `Authorization: Bearer SMS_HTTP_TOKEN` when set; any answer but 2xx fails
 * the send.
 */
const http = (): SmsProvider => {
  const url = process.env.SMS_HTTP_URL;
  if (!url) throw new Error('SMS_PROVIDER=http needs SMS_HTTP_URL');
  const token = process.env.SMS_HTTP_TOKEN;
  return {
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
      const answer = (await response.json().catch(() => ({}))) as { id?: unknown };
      return { providerMessageId: typeof answer.id === 'string' ? answer.id : '' };
    },
  };
};

let warnedNoDelivery = false;

export function smsProvider(strapi: Core.Strapi): SmsProvider {
  const name = process.env.SMS_PROVIDER ?? 'log';
  if (name !== 'http' && process.env.NODE_ENV === 'production' && !warnedNoDelivery) {
    warnedNoDelivery = true;
    strapi.log.warn('SMS_PROVIDER=log delivers no SMS: set SMS_PROVIDER=http and SMS_HTTP_URL');
  }
  // `outbox` was the earlier name of the default; the outbox itself is now kept for every provider.
  if (name === 'log' || name === 'outbox') return log(strapi);
  if (name === 'http') return http();
  throw new Error(`unknown SMS_PROVIDER ${name}`);
}
