import type { Core } from '@strapi/strapi';
import { fieldError, invalidFields } from '../errors';
import { type Channel, type Purpose, verifyCode } from '../verification/codes';

const USER = 'plugin::users-permissions.user';

/**
 * The account whose verified mobile or email just proved itself with a code (验证码登录, 忘记密码,
 * 往届专业观众). The code is checked first, so an unknown target costs a code like any other.
 */
export async function accountProvedByCode<A = { id: number }>(
  strapi: Core.Strapi,
  request: { channel: Channel; target: string; purpose: Purpose; code: unknown; ip: string },
) {
  await verifyCode(strapi, { ...request, field: 'code' });
  const target = request.target.trim();
  const account = (await strapi.db.query(USER).findOne({
    where: request.channel === 'sms' ? { mobile: target } : { email: { $eqi: target } },
    orderBy: { id: 'asc' },
  })) as A | null;
  if (!account)
    throw invalidFields([
      fieldError(
        'target',
        'noAccount',
        '未找到使用该手机号或邮箱的账号',
        'No account uses this mobile number or email',
      ),
    ]);
  return account;
}
