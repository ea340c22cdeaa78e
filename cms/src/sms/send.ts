import type { Core } from '@strapi/strapi';
import { smsProvider } from './provider';

const MASK = '******';

/** The text with every secret (a code) replaced by asterisks: what the outbox may keep. */
export const redact = (text: string, secrets: readonly string[]) =>
  secrets.reduce((masked, secret) => (secret ? masked.split(secret).join(MASK) : masked), text);

/**
 * Sends an SMS through the configured provider and records it in the `sms-message` outbox that
 * operations read — without its secrets: staff who can read the outbox must never be able to
 * use a code sent to someone else (issue 10).
 */
export async function sendSms(
  strapi: Core.Strapi,
  message: { to: string; body: string; purpose: string; secrets: readonly string[] },
) {
  const { providerMessageId } = await smsProvider(strapi).send({
    to: message.to,
    body: message.body,
    purpose: message.purpose,
  });
  await strapi.documents('api::sms-message.sms-message').create({
    data: {
      to: message.to,
      body: redact(message.body, message.secrets),
      purpose: message.purpose,
      providerMessageId,
      sentAt: new Date().toISOString(),
    },
  });
}
