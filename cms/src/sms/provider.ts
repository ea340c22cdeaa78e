import type { Core } from '@strapi/strapi';

/** Where SMS go (DESIGN §2.7). A gateway (e.g. Aliyun SMS) implements this; `outbox` is the default. */
export interface SmsProvider {
  send(message: {
    to: string;
    body: string;
    purpose: string;
  }): Promise<{ providerMessageId: string }>;
}

/**
 * The default provider keeps every message in the `sms-message` outbox, which operations read in
 * the portal and tests read directly; with SMS_LOG=true (`npm start`) it also logs them, so a
 * person trying the demo can see their code.
 */
const outbox = (strapi: Core.Strapi): SmsProvider => ({
  async send({ to, body, purpose }) {
    const message = await strapi.documents('api::sms-message.sms-message').create({
      data: { to, body, purpose, sentAt: new Date().toISOString() },
    } as never);
    if (process.env.SMS_LOG === 'true') strapi.log.info(`[sms] to ${to}: ${body}`);
    return { providerMessageId: message.documentId };
  },
});

export function smsProvider(strapi: Core.Strapi): SmsProvider {
  const name = process.env.SMS_PROVIDER ?? 'outbox';
  if (name === 'outbox') return outbox(strapi);
  throw new Error(`unknown SMS_PROVIDER ${name}`);
}
