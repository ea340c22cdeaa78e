import { z } from 'zod';
import { isValidPostcode } from '../validators/contact';
import { required, text } from './fields';
import { bilingual } from './message';
import { mainlandMobile } from './request-fields';

/** The longest each free text of an express address may be (the drawer's inputs stop there). */
export const expressAddressLimits = { street: 200, recipient: 50 } as const;

const postcodeMessage = bilingual(
  'invalidPostcode',
  '邮政编码应为 6 位数字',
  'The postcode has 6 digits',
);

/**
 * 证件快递常用地址 as the liaison writes it, besides its province → city → district (checked
 * against the division data, resolveDivision): badges go by courier within the mainland only,
 * so the mobile is a mainland number and the postcode has 6 digits.
 */
export const expressAddressRules = {
  street: required(
    text(expressAddressLimits.street, { zh: '详细地址', en: 'Street address' }),
    '请填写详细地址',
    'Enter the street address',
  ),
  recipient: required(
    text(expressAddressLimits.recipient, { zh: '收件人', en: 'Recipient' }),
    '请填写收件人',
    'Enter the recipient',
  ),
  mobile: required(mainlandMobile(), '请填写手机号码', 'Enter the mobile number'),
  postcode: required(
    z.string(postcodeMessage).trim().refine(isValidPostcode, postcodeMessage),
    '请填写邮政编码',
    'Enter the postcode',
  ),
};

/** A new address: every field. */
export const expressAddressRequest = z.object(expressAddressRules);

/** An edit: only the fields sent, none of them emptied. */
export const expressAddressUpdate = expressAddressRequest.partial();
