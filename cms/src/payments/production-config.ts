// Production gateway settings from the environment (.env.example lists them). A gateway whose
// settings are absent is simply not offered; one whose settings are half there is a start-up
// error, so a typo never silently turns a payment method off.

import { type AlipayConfig, createAlipayAdapter } from './alipay';
import { certificateFrom, decimalSerial, privateKeyFrom, publicKeyFrom } from './pem';
import type { GatewayAdapter, GatewayMethod } from './types';
import { b2bGateway, createUnionPayAdapter, type UnionPayConfig, unionPayQr } from './unionpay';
import { createWechatPayAdapter, type WechatPayConfig } from './wechat-pay';

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
  const s = settings(env, 'ALIPAY', ['APP_ID', 'PRIVATE_KEY', 'PUBLIC_KEY']);
  return (
    s && {
      appId: s.APP_ID,
      privateKey: privateKeyFrom(s.PRIVATE_KEY),
      alipayPublicKey: publicKeyFrom(s.PUBLIC_KEY),
      gateway: env.ALIPAY_GATEWAY || 'https://openapi.alipay.com/gateway.do',
    }
  );
}

export function wechatPayFromEnv(env: Env): WechatPayConfig | null {
  const s = settings(env, 'WECHATPAY', [
    'MCH_ID',
    'APP_ID',
    'API_V3_KEY',
    'MERCHANT_PRIVATE_KEY',
    'MERCHANT_SERIAL',
    'PLATFORM_CERTIFICATES',
  ]);
  if (!s) return null;
  // Several platform certificates may be valid at once while WeChat rotates them.
  const platformKeys = new Map(
    s.PLATFORM_CERTIFICATES.split(',').map((value) => {
      const certificate = certificateFrom(value.trim());
      return [certificate.serialNumber.toUpperCase(), certificate.publicKey] as const;
    }),
  );
  return {
    mchId: s.MCH_ID,
    appId: s.APP_ID,
    apiV3Key: s.API_V3_KEY,
    merchantPrivateKey: privateKeyFrom(s.MERCHANT_PRIVATE_KEY),
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
    signKey: privateKeyFrom(s.SIGN_KEY),
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
