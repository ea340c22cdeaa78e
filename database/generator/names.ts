import type { Random } from './random';

// Parts of plausible organization and person names; the bench searches one of the trade names.
export const tradeNames = [
  ['华信', 'Huaxin'],
  ['恒通', 'Hengtong'],
  ['瑞丰', 'Ruifeng'],
  ['宏远', 'Hongyuan'],
  ['鑫达', 'Xinda'],
  ['嘉禾', 'Jiahe'],
  ['远航', 'Yuanhang'],
  ['汇通', 'Huitong'],
  ['博源', 'Boyuan'],
  ['金桥', 'Jinqiao'],
  ['天成', 'Tiancheng'],
  ['永盛', 'Yongsheng'],
  ['明德', 'Mingde'],
  ['安泰', 'Antai'],
  ['海纳', 'Haina'],
  ['中联', 'Zhonglian'],
  ['德润', 'Derun'],
  ['新元', 'Xinyuan'],
  ['同创', 'Tongchuang'],
  ['润泽', 'Runze'],
  ['凯达', 'Kaida'],
  ['东方', 'Dongfang'],
  ['盛世', 'Shengshi'],
  ['卓越', 'Zhuoyue'],
  ['银河', 'Yinhe'],
  ['万象', 'Wanxiang'],
  ['星辰', 'Xingchen'],
  ['龙腾', 'Longteng'],
  ['锦程', 'Jincheng'],
  ['和信', 'Hexin'],
  ['源丰', 'Yuanfeng'],
  ['启明', 'Qiming'],
  ['兴业', 'Xingye'],
  ['长青', 'Changqing'],
  ['广源', 'Guangyuan'],
  ['佳禾', 'Jiahe Agri'],
  ['益康', 'Yikang'],
  ['百川', 'Baichuan'],
  ['信达', 'Xinda Trust'],
  ['荣华', 'Ronghua'],
] as const;

const trades = [
  ['国际贸易', 'International Trading'],
  ['食品进出口', 'Food Import & Export'],
  ['医疗器械', 'Medical Devices'],
  ['智能装备', 'Intelligent Equipment'],
  ['汽车销售', 'Automobile Sales'],
  ['供应链管理', 'Supply Chain Management'],
  ['化妆品', 'Cosmetics'],
  ['酒业', 'Wines & Spirits'],
  ['电子科技', 'Electronics Technology'],
  ['农产品', 'Agricultural Products'],
] as const;

const suffixes: Record<string, readonly (readonly [string, string])[]> = {
  domesticEnterprise: [
    ['有限公司', 'Co., Ltd.'],
    ['股份有限公司', 'Corporation'],
    ['集团有限公司', 'Group Co., Ltd.'],
  ],
  domesticGovernmentAgency: [
    ['商务局', 'Commerce Bureau'],
    ['发展和改革委员会', 'Development and Reform Commission'],
    ['投资促进中心', 'Investment Promotion Center'],
  ],
  domesticPublicInstitution: [
    ['医院', 'Hospital'],
    ['研究院', 'Research Institute'],
    ['职业技术学院', 'Vocational College'],
  ],
  domesticSocialOrganization: [
    ['商会', 'Chamber of Commerce'],
    ['行业协会', 'Industry Association'],
  ],
  overseasEnterprise: [
    ['贸易有限公司', 'Trading Ltd.'],
    ['(香港)有限公司', '(Hong Kong) Limited'],
    ['GmbH', 'GmbH'],
  ],
  overseasGovernmentDepartment: [['贸易投资署', 'Trade and Investment Agency']],
  overseasSocialOrganization: [['工商会', 'Chamber of Industry and Commerce']],
  overseasOther: [['代表处', 'Representative Office']],
};

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const givenNames = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '婷',
  '强',
  '军',
  '平',
  '思远',
  '建国',
  '晓明',
  '海燕',
  '子涵',
  '雨轩',
];
const countries = [
  'DE',
  'FR',
  'IT',
  'JP',
  'KR',
  'US',
  'GB',
  'AU',
  'NZ',
  'BR',
  'CL',
  'TH',
  'MY',
  'SG',
  'AE',
  'ZA',
];

export function organizationName(random: Random, place: string, placeEn: string, category: string) {
  const [trade, tradeEn] = random.pick(tradeNames);
  const [field, fieldEn] = random.pick(trades);
  const [suffix, suffixEn] = random.pick(suffixes[category] ?? suffixes.domesticEnterprise!);
  const isCompany = category.endsWith('Enterprise');
  return {
    name: `${place}${trade}${isCompany ? field : ''}${suffix}`,
    nameEn: `${placeEn} ${tradeEn}${isCompany ? ` ${fieldEn}` : ''} ${suffixEn}`,
  };
}

export const personName = (random: Random) =>
  `${surnames[random.int(surnames.length)]}${random.pick(givenNames)}`;

export const mobile = (random: Random) =>
  `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(1_000_000_000)).padStart(9, '0')}`;

export const country = (random: Random) => random.pick(countries);
