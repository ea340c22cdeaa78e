// The expo's enumerations. Codes are what the cms stores (enumeration values); zh and en are
// the official UI wording, so both apps label a code the same way.

export type Locale = 'zh-CN' | 'en';

export interface VocabularyEntry {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

export type CodeOf<V extends readonly VocabularyEntry[]> = V[number]['code'];

// Review mode: enterprises and public institutions are approved automatically and
// silently on submit; government bodies, social organizations and overseas "other" are reviewed
// by their delegation. The guide does not name overseas enterprises explicitly; we treat them as
// enterprises (auto), which is how the guide's "企业" reads for both sides.
export const organizationCategories = [
  {
    code: 'domesticEnterprise',
    zh: '境内企业',
    en: 'Domestic enterprise',
    domestic: true,
    reviewMode: 'auto',
  },
  {
    code: 'domesticGovernmentAgency',
    zh: '境内政府机构',
    en: 'Domestic government agency',
    domestic: true,
    reviewMode: 'delegation',
  },
  {
    code: 'domesticPublicInstitution',
    zh: '境内事业单位',
    en: 'Domestic public institution',
    domestic: true,
    reviewMode: 'auto',
  },
  {
    code: 'domesticSocialOrganization',
    zh: '境内社会组织',
    en: 'Domestic social organization',
    domestic: true,
    reviewMode: 'delegation',
  },
  {
    code: 'overseasEnterprise',
    zh: '境外企业',
    en: 'Overseas enterprise',
    domestic: false,
    reviewMode: 'auto',
  },
  {
    code: 'overseasGovernmentDepartment',
    zh: '境外政府部门',
    en: 'Overseas government department',
    domestic: false,
    reviewMode: 'delegation',
  },
  {
    code: 'overseasSocialOrganization',
    zh: '境外社会组织',
    en: 'Overseas social organization',
    domestic: false,
    reviewMode: 'delegation',
  },
  {
    code: 'overseasOther',
    zh: '境外其他',
    en: 'Overseas other',
    domestic: false,
    reviewMode: 'delegation',
  },
] as const satisfies readonly (VocabularyEntry & {
  domestic: boolean;
  reviewMode: 'auto' | 'delegation';
})[];
export type OrganizationCategory = CodeOf<typeof organizationCategories>;
export type ReviewMode = (typeof organizationCategories)[number]['reviewMode'];

export const visitPurposes = [
  { code: 'purchasing', zh: '采购', en: 'Purchasing / sourcing' },
  { code: 'marketResearch', zh: '市场调研', en: 'Market research' },
  { code: 'businessNegotiation', zh: '商务洽谈', en: 'Business negotiation' },
  { code: 'exchangeCooperation', zh: '交流合作', en: 'Exchange and cooperation' },
  { code: 'investmentPromotion', zh: '招商引资', en: 'Investment promotion' },
  { code: 'other', zh: '其他', en: 'Other' },
] as const satisfies readonly VocabularyEntry[];
export type VisitPurpose = CodeOf<typeof visitPurposes>;

export const regionTypes = [
  { code: 'mainland', zh: '大陆', en: 'Mainland China' },
  { code: 'hkMacaoTaiwan', zh: '港澳台', en: 'Hong Kong, Macao, Taiwan' },
  { code: 'foreign', zh: '外籍', en: 'Foreign' },
] as const satisfies readonly VocabularyEntry[];
export type RegionType = CodeOf<typeof regionTypes>;

export const idTypes = [
  { code: 'residentId', zh: '居民身份证', en: 'Resident identity card' },
  {
    code: 'hkMacaoPermit',
    zh: '港澳居民来往内地通行证',
    en: 'Mainland travel permit for HK/Macao residents',
  },
  {
    code: 'taiwanPermit',
    zh: '台湾居民来往大陆通行证',
    en: 'Mainland travel permit for Taiwan residents',
  },
  {
    code: 'hkMacaoResidencePermit',
    zh: '港澳居民居住证',
    en: 'Residence permit for HK/Macao residents',
  },
  {
    code: 'taiwanResidencePermit',
    zh: '台湾居民居住证',
    en: 'Residence permit for Taiwan residents',
  },
  { code: 'passport', zh: '护照', en: 'Passport' },
  {
    code: 'foreignPermanentResidentId',
    zh: '外国人永久居留身份证',
    en: 'Foreign permanent resident ID card',
  },
] as const satisfies readonly VocabularyEntry[];
export type IdType = CodeOf<typeof idTypes>;

// Which documents a person of each region type may register with. A mainland person uses the
// resident ID; HK/Macao/Taiwan residents their travel permit, residence permit or a passport;
// foreigners a passport or the permanent-residence card.
export const idTypesByRegion = {
  mainland: ['residentId'],
  hkMacaoTaiwan: [
    'hkMacaoPermit',
    'taiwanPermit',
    'hkMacaoResidencePermit',
    'taiwanResidencePermit',
    'passport',
  ],
  foreign: ['passport', 'foreignPermanentResidentId'],
} as const satisfies Record<RegionType, readonly IdType[]>;

/** False for a region type that is not one of ours (a request may send anything). */
export function isIdTypeAllowedForRegion(regionType: RegionType, idType: IdType): boolean {
  const allowed: readonly IdType[] | undefined = Object.hasOwn(idTypesByRegion, regionType)
    ? idTypesByRegion[regionType]
    : undefined;
  return allowed?.includes(idType) ?? false;
}

export const genders = [
  { code: 'male', zh: '男', en: 'Male' },
  { code: 'female', zh: '女', en: 'Female' },
] as const satisfies readonly VocabularyEntry[];
export type Gender = CodeOf<typeof genders>;

export const personTags = [
  { code: 'professionalVisitor', zh: '专业观众', en: 'Professional visitor' },
  { code: 'buyer', zh: '采购商', en: 'Buyer' },
] as const satisfies readonly VocabularyEntry[];
export type PersonTag = CodeOf<typeof personTags>;

// The liaison's person list: the wording of the operator's guide where it has one.
export const personStatusLabels = [
  { code: 'draft', zh: '待提交', en: 'Draft' },
  { code: 'toConfirm', zh: '待确认', en: 'To confirm' },
  { code: 'declined', zh: '已拒绝', en: 'Declined' },
  { code: 'pendingPayment', zh: '待支付', en: 'Pending payment' },
  { code: 'inOrder', zh: '已下单', en: 'In an order' },
  { code: 'pendingReview', zh: '待审核', en: 'Pending review' },
  { code: 'approved', zh: '审核通过', en: 'Approved' },
  { code: 'rejected', zh: '审核不通过', en: 'Rejected' },
  { code: 'inProduction', zh: '证件制作中', en: 'Badge in production' },
  { code: 'issued', zh: '证件已发放', en: 'Badge issued' },
] as const satisfies readonly VocabularyEntry[];

export const personPaymentStatuses = [
  { code: 'unpaid', zh: '未支付', en: 'Unpaid' },
  { code: 'paid', zh: '已支付', en: 'Paid' },
  { code: 'refunding', zh: '退款中', en: 'Refund in progress' },
  { code: 'refunded', zh: '已退款', en: 'Refunded' },
  { code: 'free', zh: '免费', en: 'Free' },
] as const satisfies readonly VocabularyEntry[];

// 退款 states (config/src/lifecycle/refund.ts) as the finance queue shows them.
export const refundStatusLabels = [
  { code: 'requested', zh: '待处理', en: 'To process' },
  { code: 'processing', zh: '处理中', en: 'Processing' },
  { code: 'succeeded', zh: '成功', en: 'Succeeded' },
  { code: 'failed', zh: '失败', en: 'Failed' },
] as const satisfies readonly VocabularyEntry[];

// 人员证件订单 states (config/src/lifecycle/badge-order.ts) as the liaison's order list shows them.
export const badgeOrderStatusLabels = [
  { code: 'pendingPayment', zh: '待支付', en: 'Pending payment' },
  { code: 'paid', zh: '已支付', en: 'Paid' },
  { code: 'cancelled', zh: '已取消', en: 'Cancelled' },
  { code: 'expired', zh: '已过期', en: 'Expired' },
  { code: 'partiallyRefunded', zh: '部分退款', en: 'Partially refunded' },
  { code: 'refunded', zh: '已退款', en: 'Refunded' },
] as const satisfies readonly VocabularyEntry[];

export const personSources = [
  { code: 'manual', zh: '手工添加', en: 'Added by hand' },
  { code: 'import', zh: '批量导入', en: 'Imported' },
  { code: 'colleague', zh: '同事自助登记', en: 'Colleague self-registration' },
  { code: 'broughtForward', zh: '往届带出', en: 'Brought forward' },
] as const satisfies readonly VocabularyEntry[];

export const delegationKinds = [
  { code: 'territorial', zh: '属地', en: 'Territorial' },
  { code: 'affiliation', zh: '隶属', en: 'Affiliation' },
] as const satisfies readonly VocabularyEntry[];
export type DelegationKind = CodeOf<typeof delegationKinds>;

export const collectionMethods = [
  { code: 'express', zh: '快递', en: 'Express delivery' },
  { code: 'pickup', zh: '自取', en: 'Pick-up' },
] as const satisfies readonly VocabularyEntry[];
export type CollectionMethod = CodeOf<typeof collectionMethods>;

export const paymentMethods = [
  { code: 'alipay', zh: '支付宝', en: 'Alipay' },
  { code: 'wechatPay', zh: '微信支付', en: 'WeChat Pay' },
  { code: 'unionPay', zh: '银联', en: 'UnionPay' },
  { code: 'b2bGateway', zh: '公对公网银', en: 'B2B online banking' },
  { code: 'bankTransfer', zh: '转账', en: 'Bank transfer' },
] as const satisfies readonly VocabularyEntry[];
export type PaymentMethod = CodeOf<typeof paymentMethods>;

export const invoiceKinds = [
  { code: 'ordinary', zh: '数电普票', en: 'Ordinary e-invoice' },
  { code: 'special', zh: '数电专票', en: 'Special VAT e-invoice' },
] as const satisfies readonly VocabularyEntry[];
export type InvoiceKind = CodeOf<typeof invoiceKinds>;

export const newsCategories = [
  { code: 'expoNews', zh: '展会资讯', en: 'Expo news' },
  { code: 'preExpoActivityNews', zh: '展前活动资讯', en: 'Pre-expo activity news' },
] as const satisfies readonly VocabularyEntry[];
export type NewsCategory = CodeOf<typeof newsCategories>;

export const investmentProjectTypes = [
  { code: 'localProject', zh: '地方项目', en: 'Local project' },
  { code: 'localPolicy', zh: '地方政策', en: 'Local policy' },
] as const satisfies readonly VocabularyEntry[];
export type InvestmentProjectType = CodeOf<typeof investmentProjectTypes>;

export const roles = [
  { code: 'liaison', zh: '单位联络员', en: 'Visitor liaison' },
  { code: 'colleague', zh: '单位同事', en: 'Colleague' },
  { code: 'delegationReviewer', zh: '交易团', en: 'Delegation reviewer' },
  { code: 'finance', zh: '财务', en: 'Finance' },
  { code: 'operations', zh: '主办方', en: 'Operations' },
] as const satisfies readonly VocabularyEntry[];
export type Role = CodeOf<typeof roles>;

// Lifecycle actors are the roles plus the system itself (auto-review, gateway notices, expiry).
export const actors = [
  ...roles,
  { code: 'system', zh: '系统操作', en: 'System' },
] as const satisfies readonly VocabularyEntry[];
export type Actor = CodeOf<typeof actors>;

/** The label of `code` in `vocabulary`; the code itself when it is unknown (never throws). */
export function label<V extends readonly VocabularyEntry[]>(
  vocabulary: V,
  code: CodeOf<V> | (string & {}),
  locale: Locale,
): string {
  const entry = vocabulary.find((e) => e.code === code);
  if (!entry) return code;
  return locale === 'en' ? entry.en : entry.zh;
}

/** The codes of a vocabulary, in order (e.g. for a cms enumeration or a select). */
export function codes<V extends readonly VocabularyEntry[]>(vocabulary: V): CodeOf<V>[] {
  return vocabulary.map((e) => e.code as CodeOf<V>);
}

export function isCode<V extends readonly VocabularyEntry[]>(
  vocabulary: V,
  value: unknown,
): value is CodeOf<V> {
  return typeof value === 'string' && vocabulary.some((e) => e.code === value);
}

export function organizationCategory(code: OrganizationCategory) {
  return organizationCategories.find((c) => c.code === code)!;
}

export function reviewModeOf(code: OrganizationCategory): ReviewMode {
  return organizationCategory(code).reviewMode;
}
