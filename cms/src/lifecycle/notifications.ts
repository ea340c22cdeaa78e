import type { MachineName } from '@pvis/config';
import type { MailLocale, TemplateName } from '../mail/templates';

export interface MailRequest {
  to: string;
  template: TemplateName;
  locale: MailLocale;
  data: Record<string, unknown>;
}

const portalUrl = () => process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';

/** Overseas organizations get English mail, everyone else Chinese. */
export const localeOfOrganization = (record: Record<string, unknown>): MailLocale =>
  String(record.category ?? '').startsWith('overseas') ? 'en' : 'zh-CN';

/**
 * The emails a transition sends (issue 3: on submit, approve, reject with the reason), as data;
 * the caller queues them after the transaction commits.
 */
export function mailsFor(
  machine: MachineName,
  action: string,
  to: string | null,
  record: Record<string, unknown>,
): MailRequest[] {
  if (machine === 'person') return colleagueMails(action, record);
  const recipient = (record.contactEmail ?? record.accountEmail) as string | undefined;
  if (machine !== 'organization' || !recipient) return [];
  const base = { to: recipient, locale: localeOfOrganization(record) };
  const name = String((base.locale === 'en' ? record.nameEn : null) ?? record.name ?? '');
  const link = `${portalUrl()}/visitor/organization`;
  if (action === 'submit' && to === 'submitted')
    return [{ ...base, template: 'organizationSubmitted', data: { name } }];
  if (to === 'approved')
    return [{ ...base, template: 'organizationApproved', data: { name, portalUrl: link } }];
  if (action === 'reject') {
    return [
      {
        ...base,
        template: 'organizationRejected',
        data: { name, reason: String(record.rejectionReason ?? ''), portalUrl: link },
      },
    ];
  }
  return [];
}

/** A colleague who gave an email hears whether the liaison confirmed them. */
function colleagueMails(action: string, record: Record<string, unknown>): MailRequest[] {
  const email = record.email as string | undefined;
  if (record.source !== 'colleague' || !email) return [];
  const base = {
    to: email,
    locale: (record.regionType === 'foreign' ? 'en' : 'zh-CN') as MailLocale,
  };
  const name = String(record.name ?? '');
  if (action === 'confirm')
    return [
      {
        ...base,
        template: 'colleagueConfirmed',
        data: { name, portalUrl: `${portalUrl()}/colleague` },
      },
    ];
  if (action === 'decline')
    return [
      {
        ...base,
        template: 'colleagueDeclined',
        data: { name, reason: String(record.rejectionReason ?? '') },
      },
    ];
  return [];
}
