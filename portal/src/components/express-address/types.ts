/** An express address (证件快递常用地址) as the cms answers it. */
export interface ExpressAddress {
  documentId: string;
  provinceCode: string;
  province: string;
  cityCode: string;
  city: string;
  districtCode: string;
  district: string;
  street: string;
  recipient: string;
  mobile: string;
  postcode: string;
  isDefault: boolean;
}

/** What the liaison edits; the division is one picker over three codes. */
export interface ExpressAddressInput {
  division: [string, string, string];
  street: string;
  recipient: string;
  mobile: string;
  postcode: string;
}

export const DIVISION_FIELDS = ['provinceCode', 'cityCode', 'districtCode'] as const;

/** The body the cms takes (the names follow from the codes on the server). */
export const toRequestData = ({ division, ...rest }: ExpressAddressInput) => ({
  provinceCode: division[0],
  cityCode: division[1],
  districtCode: division[2],
  ...rest,
});

export const toFormValues = (address: ExpressAddress): ExpressAddressInput => ({
  division: [address.provinceCode, address.cityCode, address.districtCode],
  street: address.street,
  recipient: address.recipient,
  mobile: address.mobile,
  postcode: address.postcode,
});

export const fullAddressOf = (address: ExpressAddress) =>
  `${address.province}${address.city === address.province ? '' : address.city}${address.district} ${address.street}`;
