import { creditCodeCheck, isValidCreditCode, organizationCodeCheck } from '@pvis/config';

/**
 * Registration-authority + type prefixes of GB 32100-2015 by organization category: 91 enterprise
 * (market regulation), 11 government body (staffing office), 12 public institution, 51 social
 * organization (civil affairs).
 */
export const creditCodePrefix: Record<string, string> = {
  domesticEnterprise: '91',
  domesticGovernmentAgency: '11',
  domesticPublicInstitution: '12',
  domesticSocialOrganization: '51',
};

/**
 * A valid Unified Social Credit Code: prefix (2) + administrative division (6) + an 8-digit
 * organization-code body derived from `serial` (a bijection below 10^8, so distinct serials give
 * distinct codes) + its GB 11714 check + the GB 32100 check. Checked with config/'s validator.
 */
export function creditCodeFor(prefix: string, division: string, serial: number): string {
  const body = String((serial * 7919 + 10_000_019) % 100_000_000).padStart(8, '0');
  const first17 = `${prefix}${division}${body}${organizationCodeCheck(body)}`;
  const code = `${first17}${creditCodeCheck(first17)}`;
  if (!isValidCreditCode(code)) throw new Error(`generated an invalid credit code ${code}`);
  return code;
}

/** Two-digit province codes of GB/T 2260 by delegation code; cities with their own delegation use their city code. */
const divisions: Record<string, string> = {
  beijing: '11',
  tianjin: '12',
  hebei: '13',
  shanxi: '14',
  'inner-mongolia': '15',
  liaoning: '21',
  jilin: '22',
  heilongjiang: '23',
  shanghai: '31',
  jiangsu: '32',
  zhejiang: '33',
  anhui: '34',
  fujian: '35',
  jiangxi: '36',
  shandong: '37',
  henan: '41',
  hubei: '42',
  hunan: '43',
  guangdong: '44',
  guangxi: '45',
  hainan: '46',
  chongqing: '50',
  sichuan: '51',
  guizhou: '52',
  yunnan: '53',
  tibet: '54',
  shaanxi: '61',
  gansu: '62',
  qinghai: '63',
  ningxia: '64',
  xinjiang: '65',
  xpcc: '66',
  dalian: '21',
  qingdao: '37',
  ningbo: '33',
  xiamen: '35',
  shenzhen: '44',
};

/** A 6-digit division code for a delegation (province) and its n-th sub-delegation (0 = itself). */
export function divisionFor(delegationCode: string, subIndex: number): string {
  const province = divisions[delegationCode] ?? '11';
  return `${province}${String(subIndex % 100).padStart(2, '0')}00`;
}
