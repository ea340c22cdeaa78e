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

  // Invoices (开票) and red-letter reversal (红字): the PDF travels as an attachment.
  invoiceIssued: ((d: InvoiceMailData, l) =>
    l === 'en'
      ? compose(
          l,
          `Invoice ${d.invoiceNumber} for badge order ${d.orderNumber}`,
          `${d.title}, the ${d.kindEn} for badge order ${d.orderNumber} has been issued.\nInvoice number: ${d.invoiceNumber}\nAmount: ${d.amount}\nThe PDF is attached. Order details: ${d.link}`,
        )
      : compose(
          l,
          `证件订单 ${d.orderNumber} 的发票已开具（${d.invoiceNumber}）`,
          `${d.title}：证件订单 ${d.orderNumber} 的${d.kindZh}已开具。\n发票号码：${d.invoiceNumber}\n价税合计：${d.amount}\n发票 PDF 见附件。订单详情：${d.link}`,
        )) as Template<InvoiceMailData>,

  invoiceRejected: ((d: InvoiceRejectedData, l) =>
    l === 'en'
      ? compose(
          l,
          `Invoice request for badge order ${d.orderNumber} not accepted`,
          `${d.title}, finance could not issue the invoice requested for badge order ${d.orderNumber}.\nReason: ${d.reason}\nPlease correct the request and submit it again: ${d.link}`,
        )
      : compose(
          l,
          `证件订单 ${d.orderNumber} 的开票申请被驳回`,
          `${d.title}：证件订单 ${d.orderNumber} 的开票申请被驳回。\n原因：${d.reason}\n请修改后重新申请开票：${d.link}`,
        )) as Template<InvoiceRejectedData>,

  redLetterIssued: ((d: InvoiceMailData & { originalNumber: string }, l) =>
    l === 'en'
      ? compose(
          l,
          `Red-letter invoice ${d.invoiceNumber} reverses invoice ${d.originalNumber}`,
          `${d.title}, invoice ${d.originalNumber} of badge order ${d.orderNumber} has been reversed by red-letter invoice ${d.invoiceNumber} (${d.amount}). The PDF is attached. Order details: ${d.link}`,
        )
      : compose(
          l,
          `发票 ${d.originalNumber} 已红冲（红字发票 ${d.invoiceNumber}）`,
          `${d.title}：证件订单 ${d.orderNumber} 的发票 ${d.originalNumber} 已开具红字发票冲销。\n红字发票号码：${d.invoiceNumber}\n金额：${d.amount}\n红字发票 PDF 见附件。订单详情：${d.link}`,
        )) as Template<InvoiceMailData & { originalNumber: string }>,

  redLetterConfirmationRaised: ((d: RedLetterConfirmationData, l) =>
    l === 'en'
      ? compose(
          l,
          `Please confirm the red-letter confirmation for invoice ${d.originalNumber}`,
          `${d.title}, invoice ${d.originalNumber} (badge order ${d.orderNumber}) is to be reversed. As you have already deducted or booked it, a red-letter confirmation (红字确认单) has been raised in the tax system. Please confirm it there by ${d.deadline}; otherwise the invoice stands.`,
        )
      : compose(
          l,
          `请确认发票 ${d.originalNumber} 的红字确认单`,
          `${d.title}：证件订单 ${d.orderNumber} 的发票 ${d.originalNumber} 需红冲。因贵单位已抵扣或入账，已在税务系统发起红字确认单，请于 ${d.deadline} 前在电子税务局确认；逾期未确认，原发票继续有效。`,
        )) as Template<RedLetterConfirmationData>,

  redLetterConfirmationReminder: ((d: RedLetterConfirmationData, l) =>
    l === 'en'
      ? compose(
          l,
          `Reminder: red-letter confirmation for invoice ${d.originalNumber} due ${d.deadline}`,
          `${d.title}, the red-letter confirmation for invoice ${d.originalNumber} (badge order ${d.orderNumber}) is still waiting for your confirmation in the tax system. Deadline: ${d.deadline}.`,
        )
      : compose(
          l,
          `提醒：发票 ${d.originalNumber} 的红字确认单将于 ${d.deadline} 到期`,
          `${d.title}：证件订单 ${d.orderNumber} 的发票 ${d.originalNumber} 的红字确认单尚未确认，请于 ${d.deadline} 前在电子税务局确认。`,
        )) as Template<RedLetterConfirmationData>,
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
  // Operations: an account read more whole ID numbers than allowed (docs/id-numbers.md).
  idNumberReadAlert: ((d: IdNumberReadAlertData, l) =>
    l === 'en'
      ? compose(
          l,
          `Alert: ${d.username} read whole ID numbers in bulk`,
          `The account ${d.username} (${d.role}) asked for the whole ID numbers of more than ${d.readLimit} persons within ${d.windowMinutes} minutes (${d.personsRead} shown) and is refused until the window passes.\nRaised at ${d.raisedAt} (Beijing time). The reads are in the ID number access log: ${d.link}`,
        )
      : compose(
          l,
          `告警：${d.username} 批量查看完整证件号码`,
          `账号 ${d.username}（${d.role}）在 ${d.windowMinutes} 分钟内查看超过 ${d.readLimit} 人的完整证件号码（已显示 ${d.personsRead} 人），在此时段内已被拒绝继续查看。\n告警时间：${d.raisedAt}（北京时间）。查看记录见证件号码查看日志：${d.link}`,
        )) as Template<IdNumberReadAlertData>,
  // 账户管理: the liaison role of an organization moved from one account to another.
  liaisonHandover: ((d: LiaisonHandoverData, l) =>
    l === 'en'
      ? compose(
          l,
          `Liaison of ${d.organization} handed over`,
          d.toYou
            ? `${d.to}, ${d.from} has handed the liaison role of ${d.organization} over to you. Sign in again to manage the organization's registration, persons and orders.`
            : `${d.from}, the liaison role of ${d.organization} is now held by ${d.to}. Your account no longer manages the organization; if you did not do this, contact the expo's service desk.`,
        )
      : compose(
          l,
          `${d.organization} 单位联络员已移交`,
          d.toYou
            ? `${d.to}：${d.from} 已将 ${d.organization} 的单位联络员移交给您。请重新登录，管理本单位的信息登记、人员证件和订单。`
            : `${d.from}：${d.organization} 的单位联络员已移交给 ${d.to}，您的账号不再管理本单位。如非本人操作，请联系进博会专业观众服务。`,
        )) as Template<LiaisonHandoverData>,
};

/** What the bulk ID-number reading alert to operations shows. */
export type IdNumberReadAlertData = {
  username: string;
  role: string;
  personsRead: number;
  readLimit: number;
  windowMinutes: number;
  /** China time, e.g. 2025-11-09 14:00. */
  raisedAt: string;
  link: string;
};

/** The liaison handover mail, to the old (`toYou: false`) and the new liaison. */
export type LiaisonHandoverData = {
  organization: string;
  from: string;
  to: string;
  toYou: boolean;
};

/** What an invoice mail (发票开具 / 红字发票) shows. */
export type InvoiceMailData = {
  title: string;
  orderNumber: string;
  invoiceNumber: string;
  kindZh: string;
  kindEn: string;
  amount: string;
  link: string;
};

/** What a rejected invoice request mail (开票申请驳回) shows. */
export type InvoiceRejectedData = {
  title: string;
  orderNumber: string;
  reason: string;
  link: string;
};

/** What a red-letter confirmation mail (红字确认单) shows. */
export type RedLetterConfirmationData = {
  title: string;
  orderNumber: string;
  originalNumber: string;
  /** China time, e.g. 2025-11-09 14:00 (UTC+8). */
  deadline: string;
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
