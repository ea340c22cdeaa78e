/**
 * Noto Sans SC Regular (SIL OFL) from npm, so a machine with nothing but Node and npm prints
 * Chinese invoices; INVOICE_FONT may point at any other TrueType/OpenType file or collection.
 */
const NPM_FONT = require.resolve(
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);

/** An environment setting; unset or empty means the default. */
const setting = (name: string, fallback: string) => process.env[name] || fallback;

/**
 * The seller printed on every invoice: the expo's organizer, as registered with the tax office.
 * From the environment in production; the defaults are demo values (the tax number is a
 * made-up but well-formed credit code).
 */
export function seller() {
  return {
    name: setting('INVOICE_SELLER_NAME', '中国国际进口博览局（演示）'),
    taxNumber: setting('INVOICE_SELLER_TAX_NUMBER', '91350100M000100Y43'),
    address: setting('INVOICE_SELLER_ADDRESS', '上海市青浦区崧泽大道 333 号'),
    phone: setting('INVOICE_SELLER_PHONE', '021-96888'),
    bank: setting('INVOICE_SELLER_BANK', '中国银行上海市分行'),
    bankAccount: setting('INVOICE_SELLER_BANK_ACCOUNT', '437800000000000000'),
    /** Badge fees are exhibition services (会展服务), VAT 6 % in the general regime. */
    vatPercent: Number(setting('INVOICE_VAT_PERCENT', '6')),
    /** Division code of the issuing tax office's province (position 3–4 of the number). */
    provinceCode: setting('INVOICE_PROVINCE_CODE', '31'),
    font: setting('INVOICE_FONT', NPM_FONT),
    /** The face inside a font collection (.ttc); empty for a single-face .ttf/.otf. */
    fontFamily: setting('INVOICE_FONT_FAMILY', ''),
  };
}
export type Seller = ReturnType<typeof seller>;
