// The Alipay open platform's OpenAPI call, as its documents describe it (开放平台 "自行实现签名"):
// the common parameters (app_id, method, format, charset, sign_type, timestamp, version,
// notify_url, biz_content) are signed RSA2 — SHA256withRSA over all of them but `sign`, sorted
// by key, empty ones left out, joined `k=v&…` — and posted form-encoded to gateway.do. The
// answer is `{"<method with _>_response": {…}, "sign": "…"}`; the signature covers the exact
// text of the `…_response` object, so it is cut from the bytes, not re-serialized.
import { createSign, createVerify, type KeyObject } from 'node:crypto';
import { formatBeijingTime, fromBeijingTime } from '@pvis/config';
import { GatewayAnswerRejected, type GatewayFetch } from './types';

/** Alipay writes times as `yyyy-MM-dd HH:mm:ss` in China time. */
export const formatChinaTime = (date: Date) => formatBeijingTime(date, 'YYYY-MM-DD HH:mm:ss');

export function parseChinaTime(text: unknown): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(String(text ?? ''));
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return fromBeijingTime(y!, mo!, d!, h, mi, s);
}

/** `k=v&…` over the fields sorted by key, without `omit` and without empty values. */
export function alipaySignContent(fields: Record<string, string>, omit: string[]): string {
  return Object.keys(fields)
    .filter((key) => !omit.includes(key) && fields[key] !== '' && fields[key] !== undefined)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('&');
}

export const rsa2Sign = (content: string, key: KeyObject) =>
  createSign('RSA-SHA256').update(content, 'utf8').sign(key, 'base64');

export function rsa2Verify(content: string, signature: string, key: KeyObject): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(key, signature, 'base64');
  } catch {
    return false;
  }
}

/** The raw text of the JSON object under `"key":` in `body` (strings and escapes respected). */
export function rawJsonMember(body: string, key: string): string | null {
  const at = body.indexOf(`"${key}"`);
  if (at < 0) return null;
  const start = body.indexOf('{', at + key.length + 2);
  if (start < 0 || body.slice(at + key.length + 2, start).trim() !== ':') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return body.slice(start, i + 1);
  }
  return null;
}

export const responseKey = (method: string) => `${method.replace(/\./g, '_')}_response`;

export interface AlipayClientConfig {
  appId: string;
  privateKey: KeyObject;
  alipayPublicKey: KeyObject;
  gateway: string;
  fetch?: GatewayFetch;
}

export type AlipayAnswer = Record<string, string | undefined>;

/** The signed request form of one OpenAPI call (the sandbox checks it as Alipay does). */
export function signedRequest(
  config: AlipayClientConfig,
  method: string,
  bizContent: object,
  extra: Record<string, string> = {},
): Record<string, string> {
  const fields: Record<string, string> = {
    app_id: config.appId,
    method,
    format: 'JSON',
    charset: 'utf-8',
    sign_type: 'RSA2',
    timestamp: formatChinaTime(new Date()),
    version: '1.0',
    ...extra,
    biz_content: JSON.stringify(bizContent),
  };
  return { ...fields, sign: rsa2Sign(alipaySignContent(fields, ['sign']), config.privateKey) };
}

/**
 * One call; the answer is believed only when its signature verifies with Alipay's public key
 * (an unsigned or garbled answer throws GatewayAnswerRejected). Business failures (code other
 * than 10000) are returned for the caller to read.
 */
export async function alipayCall(
  config: AlipayClientConfig,
  method: string,
  bizContent: object,
  extra: Record<string, string> = {},
): Promise<AlipayAnswer> {
  const send = config.fetch ?? fetch;
  const response = await send(`${config.gateway}?charset=utf-8`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams(signedRequest(config, method, bizContent, extra)).toString(),
  });
  const text = await response.text();
  const key = responseKey(method);
  const raw = rawJsonMember(text, key) ?? rawJsonMember(text, 'error_response');
  let sign: unknown;
  try {
    sign = (JSON.parse(text) as { sign?: unknown }).sign;
  } catch {
    throw new GatewayAnswerRejected('answerMalformed', `${method}: the answer is not JSON`);
  }
  if (!raw)
    throw new GatewayAnswerRejected('answerMalformed', `${method}: no ${key} in the answer`);
  if (typeof sign !== 'string' || !rsa2Verify(raw, sign, config.alipayPublicKey)) {
    throw new GatewayAnswerRejected(
      'answerUnverified',
      `${method}: the answer's signature does not verify with the Alipay public key`,
    );
  }
  return JSON.parse(raw) as AlipayAnswer;
}
