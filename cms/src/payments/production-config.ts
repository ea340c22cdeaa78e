// Production gateway settings from the environment (.env.example lists them). A gateway whose
// settings are absent is simply not offered; one whose settings are half there is a start-up
// error, so a typo never silently turns a payment method off.

import type { KeyObject } from 'node:crypto';
import { type AlipayConfig, createAlipayAdapter } from './alipay';
import { certificateFrom, decimalSerial, privateKeyFrom, publicKeyFrom } from './pem';
import type { GatewayAdapter, GatewayMethod } from './types';
import { b2bGateway, createUnionPayAdapter, type UnionPayConfig, unionPayQr } from './unionpay';
import { createWechatPayAdapter, isPublicKeyId, type WechatPayConfig } from './wechat-pay';

type Env = Record<string, string | undefined>;

function settings(env: Env, prefix: string, names: string[]): Record<string, string> | null {
  const values = Object.fromEntries(names.map((name) => [name, env[`${prefix}_${name}`] ?? '']));
  const missing = names.filter((name) => !values[name]);
  if (missing.length === names.length) return null;
  if (missing.length > 0) {
    throw new Error(
      `payment settings incomplete: ${missing.map((n) => `${prefix}_${n}`).join(', ')}`,
    );
  }
  return values;
}

export function alipayFromEnv(env: Env): AlipayConfig | null {
  const s = settings(env, 'ALIPAY', ['APP_ID', 'SELLER_ID', 'PRIVATE_KEY', 'PUBLIC_KEY']);
  if (!s) return null;
  if (!/^2088\d{12}$/.test(s.SELLER_ID)) {
    throw new Error('ALIPAY_SELLER_ID is the merchant PID: 16 digits starting 2088');
  }
  return {
    appId: s.APP_ID,
    sellerId: s.SELLER_ID,
    privateKey: privateKeyFrom(s.PRIVATE_KEY, 'ALIPAY_PRIVATE_KEY'),
    alipayPublicKey: publicKeyFrom(s.PUBLIC_KEY, 'ALIPAY_PUBLIC_KEY'),
    gateway: env.ALIPAY_GATEWAY || 'https://openapi.alipay.com/gateway.do',
  };
}

/**
 * What WeChat Pay signs with: its public key and id (public-key mode, the default for new
 * merchants), platform certificates, or both while a merchant switches from one to the other.
 */
function wechatVerifyKeys(env: Env) {
  const keys = new Map<string, KeyObject>();
  const id = env.WECHATPAY_PUBLIC_KEY_ID ?? '';
  const key = env.WECHATPAY_PUBLIC_KEY ?? '';
  if (Boolean(id) !== Boolean(key)) {
    throw new Error(
      `payment settings incomplete: ${id ? 'WECHATPAY_PUBLIC_KEY' : 'WECHATPAY_PUBLIC_KEY_ID'}`,
    );
  }
  if (id) {
    if (!isPublicKeyId(id)) {
      throw new Error(
        `WECHATPAY_PUBLIC_KEY_ID ${id} is not a WeChat Pay public key id (PUB_KEY_ID_…)`,
      );
    }
    keys.set(id, publicKeyFrom(key, 'WECHATPAY_PUBLIC_KEY'));
  }
  // Several platform certificates may be valid at once while WeChat rotates them.
  for (const value of (env.WECHATPAY_PLATFORM_CERTIFICATES ?? '').split(',')) {
    if (!value.trim()) continue;
    const certificate = certificateFrom(value.trim());
    keys.set(certificate.serialNumber.toUpperCase(), certificate.publicKey);
  }
  return keys;
}

export function wechatPayFromEnv(env: Env): WechatPayConfig | null {
  const s = settings(env, 'WECHATPAY', [
    'MCH_ID',
    'APP_ID',
    'API_V3_KEY',
    'MERCHANT_PRIVATE_KEY',
    'MERCHANT_SERIAL',
  ]);
  if (!s) return null;
  const platformKeys = wechatVerifyKeys(env);
  if (platformKeys.size === 0) {
    throw new Error(
      'payment settings incomplete: WECHATPAY_PUBLIC_KEY_ID and WECHATPAY_PUBLIC_KEY (public-key mode), or WECHATPAY_PLATFORM_CERTIFICATES',
    );
  }
  return {
    mchId: s.MCH_ID,
    appId: s.APP_ID,
    apiV3Key: s.API_V3_KEY,
    merchantPrivateKey: privateKeyFrom(s.MERCHANT_PRIVATE_KEY, 'WECHATPAY_MERCHANT_PRIVATE_KEY'),
    merchantSerial: s.MERCHANT_SERIAL.toUpperCase(),
    platformKeys,
    apiBase: env.WECHATPAY_API_BASE || 'https://api.mch.weixin.qq.com',
  };
}

const UNIONPAY_GATEWAY = 'https://gateway.95516.com/gateway/api';

export function unionPayFromEnv(
  env: Env,
  prefix: 'UNIONPAY' | 'B2B_GATEWAY',
): UnionPayConfig | null {
  const s = settings(env, prefix, [
    'MER_ID',
    'SIGN_KEY',
    'SIGN_CERTIFICATE',
    'VERIFY_CERTIFICATES',
  ]);
  if (!s) return null;
  return {
    merId: s.MER_ID,
    signKey: privateKeyFrom(s.SIGN_KEY, `${prefix}_SIGN_KEY`),
    signCertificate: certificateFrom(s.SIGN_CERTIFICATE),
    verifyCertificates: new Map(
      s.VERIFY_CERTIFICATES.split(',').map((value) => {
        const certificate = certificateFrom(value.trim());
        return [decimalSerial(certificate), certificate] as const;
      }),
    ),
    frontUrl: env[`${prefix}_FRONT_URL`] || `${UNIONPAY_GATEWAY}/frontTransReq.do`,
    backUrl: env[`${prefix}_BACK_URL`] || `${UNIONPAY_GATEWAY}/backTransReq.do`,
    queryUrl: env[`${prefix}_QUERY_URL`] || `${UNIONPAY_GATEWAY}/queryTrans.do`,
  };
}

/** The adapters production settings configure. */
export function adaptersFromEnv(env: Env): Map<GatewayMethod, GatewayAdapter> {
  const adapters = new Map<GatewayMethod, GatewayAdapter>();
  const alipay = alipayFromEnv(env);
  if (alipay) adapters.set('alipay', createAlipayAdapter(alipay));
  const wechat = wechatPayFromEnv(env);
  if (wechat) adapters.set('wechatPay', createWechatPayAdapter(wechat));
  const union = unionPayFromEnv(env, 'UNIONPAY');
  if (union) adapters.set('unionPay', createUnionPayAdapter(union, unionPayQr));
  const b2b = unionPayFromEnv(env, 'B2B_GATEWAY');
  if (b2b) adapters.set('b2bGateway', createUnionPayAdapter(b2b, b2bGateway));
  return adapters;
}
