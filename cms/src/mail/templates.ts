/**
 * Every email the system sends, in Chinese and English. A template is a pure function of its
 * data; the locale is the recipient's (zh-CN unless they chose English).
 */
export type MailLocale = 'zh-CN' | 'en';
interface Mail {
  subject: string;
  text: string;
}
type Template<D> = (data: D, locale: MailLocale) => Mail;

const sign = {
  'zh-CN': '\n\n中国国际进口博览会 专业观众服务',
  en: '\n\nChina International Import Expo — Professional Visitor Services',
};
const compose = (locale: MailLocale, subject: string, body: string): Mail => ({
  subject,
  text: `${body}${sign[locale]}`,
});

export const templates = {
  verificationCode: ((d: { code: string; minutes: number }, l) =>
    l === 'en'
      ? compose(
          l,
          'Your verification code',
          `Your verification code is ${d.code}. It is valid for ${d.minutes} minutes. Do not share it.`,
        )
      : compose(
          l,
          '验证码',
          `您的验证码为 ${d.code}，${d.minutes} 分钟内有效。请勿泄露给他人。`,
        )) as Template<{ code: string; minutes: number }>,

  organizationSubmitted: ((d: { name: string }, l) =>
    l === 'en'
      ? compose(
          l,
          'Registration submitted',
          `The registration of ${d.name} has been submitted and is waiting for review by its delegation.`,
        )
      : compose(l, '单位信息已提交', `${d.name} 的单位信息已提交，等待交易团审核。`)) as Template<{
    name: string;
  }>,

  organizationApproved: ((d: { name: string; portalUrl: string }, l) =>
    l === 'en'
      ? compose(
          l,
          'Registration approved',
          `The registration of ${d.name} has been approved. You can now add persons and apply for badges: ${d.portalUrl}`,
        )
      : compose(
          l,
          '单位信息审核通过',
          `${d.name} 的单位信息已审核通过，现在可以添加参观人员并申办证件：${d.portalUrl}`,
        )) as Template<{
    name: string;
    portalUrl: string;
  }>,

  organizationRejected: ((d: { name: string; reason: string; portalUrl: string }, l) =>
    l === 'en'
      ? compose(
          l,
          'Registration not approved',
          `The registration of ${d.name} was not approved.\nReason: ${d.reason}\nPlease correct it and submit again: ${d.portalUrl}`,
        )
      : compose(
          l,
          '单位信息审核不通过',
          `${d.name} 的单位信息审核不通过。\n原因：${d.reason}\n请修改后重新提交：${d.portalUrl}`,
        )) as Template<{
    name: string;
    reason: string;
    portalUrl: string;
  }>,

  oneClickInvitation: ((
    d: { name: string; edition: string; link: string; expiresOn: string },
    l,
  ) =>
    l === 'en'
      ? compose(
          l,
          `One-click registration for ${d.edition}`,
          `${d.name} attended the previous expo. Register for ${d.edition} in one click — your details are filled in, check them and submit:\n${d.link}\nThe link can be used once and expires on ${d.expiresOn}.`,
        )
      : compose(
          l,
          `${d.edition} 一键注册`,
          `${d.name} 曾参加往届进博会。点击下方链接即可一键注册${d.edition}，单位信息已为您预先填写，核对后提交即可：\n${d.link}\n该链接仅可使用一次，有效期至 ${d.expiresOn}。`,
        )) as Template<{
    name: string;
    edition: string;
    link: string;
    expiresOn: string;
  }>,

  colleagueConfirmed: ((d: { name: string; portalUrl: string }, l) =>
    l === 'en'
      ? compose(
          l,
          'Your registration was confirmed',
          `${d.name}, your organization's liaison has confirmed your registration as a professional visitor. The liaison applies for your badge next; you can follow it here: ${d.portalUrl}`,
        )
      : compose(
          l,
          '单位联络员已确认您的登记',
          `${d.name}，您好！单位联络员已确认您的专业观众人员信息，接下来由联络员为您申办证件。办理进度可在此查看：${d.portalUrl}`,
        )) as Template<{ name: string; portalUrl: string }>,

  colleagueDeclined: ((d: { name: string; reason: string }, l) =>
    l === 'en'
      ? compose(
          l,
          'Your registration was not confirmed',
          `${d.name}, your organization's liaison did not confirm your registration as a professional visitor.${d.reason ? `\nReason: ${d.reason}` : ''}\nPlease contact your liaison.`,
        )
      : compose(
          l,
          '单位联络员未确认您的登记',
          `${d.name}，您好！单位联络员未确认您的专业观众人员信息。${d.reason ? `\n原因：${d.reason}` : ''}\n如有疑问请联系本单位联络员。`,
        )) as Template<{ name: string; reason: string }>,

  orderReceipt: ((d: ReceiptData, l) =>
    l === 'en'
      ? compose(
          l,
          `Payment received: badge order ${d.orderNumber}`,
          `${d.name}, we have received your payment.\nOrder: ${d.orderNumber}\nPersons: ${d.headCount}\nAmount paid: ${d.amount}\nMethod: ${d.methodEn}\nPaid at: ${d.paidAt}\nThe persons now go to review. Order details and invoices: ${d.link}`,
        )
      : compose(
          l,
          `证件订单 ${d.orderNumber} 支付成功`,
          `${d.name}：您的证件订单已支付成功。\n订单号：${d.orderNumber}\n人数：${d.headCount}\n实付金额：${d.amount}\n支付方式：${d.methodZh}\n支付时间：${d.paidAt}\n参观人员将进入审核。订单详情及开票：${d.link}`,
        )) as Template<ReceiptData>,
  // Bank transfer (银行转账): finance rejected the remittance details or voucher.
  remittanceRejected: ((d: RemittanceRejectedData, l) =>
    l === 'en'
      ? compose(
          l,
          `Remittance not accepted: badge order ${d.orderNumber}`,
          `${d.name}, finance could not confirm the bank transfer for order ${d.orderNumber}.\nReason: ${d.reason}\nPlease correct the remittance details or voucher and submit them again: ${d.link}`,
        )
      : compose(
          l,
          `证件订单 ${d.orderNumber} 汇款信息被驳回`,
          `${d.name}：您的证件订单 ${d.orderNumber} 的银行转账汇款信息未能确认。\n驳回原因：${d.reason}\n请修改汇款信息或凭证后重新提交：${d.link}`,
        )) as Template<RemittanceRejectedData>,
};

/** What a rejected remittance mail (汇款信息被驳回) shows. */
export type RemittanceRejectedData = {
  name: string;
  orderNumber: string;
  reason: string;
  link: string;
};

/** What a payment receipt (支付成功通知) shows. */
export type ReceiptData = {
  name: string;
  orderNumber: string;
  headCount: number;
  amount: string;
  methodZh: string;
  methodEn: string;
  paidAt: string;
  link: string;
};

export type TemplateName = keyof typeof templates;
export type TemplateData<N extends TemplateName> = Parameters<(typeof templates)[N]>[0];
