import {
  createCipheriv,
  createHash,
  createSign,
  type KeyObject,
  X509Certificate,
} from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAlipayAdapter } from '../src/payments/alipay';
import { fenToYuan, gatewayYuanToFen } from '../src/payments/money';
import { decimalSerial } from '../src/payments/pem';
import { adaptersFromEnv } from '../src/payments/production-config';
import { SandboxBank } from '../src/payments/sandbox/bank';
import {
  generateSandboxKeys,
  type KeyHolder,
  keyHolder,
  type SandboxKeys,
} from '../src/payments/sandbox/keys';
import {
  alipayNotification,
  type PaidTransaction,
  unionPayNotification,
  wechatPayNotification,
} from '../src/payments/sandbox/notifications';
import type { GatewayAdapter, GatewayMethod, IncomingNotification } from '../src/payments/types';
import { b2bGateway, unionPayQr } from '../src/payments/unionpay';
import { signUnionPayFields, verifyUnionPayFields } from '../src/payments/unionpay-signature';
import { decryptResource, signedMessage, signMessage } from '../src/payments/wechat-pay-crypto';

/** Pure: gateway formats and signatures with keys generated here; no Strapi, no network. */
let keys: SandboxKeys;
let adapters: Map<GatewayMethod, GatewayAdapter>;
let attacker: KeyHolder;

beforeAll(async () => {
  keys = await generateSandboxKeys();
  attacker = await keyHolder('Attacker');
  adapters = new SandboxBank(keys, () => 'http://127.0.0.1:1').adapters();
}, 60_000);

const paid: PaidTransaction = {
  orderNumber: 'V202511051030000000000042',
  gatewayTransactionId: '2025110522001400001234567890',
  amountFen: 30_007,
  subject: 'CIIE 专业观众证件 2 人',
  paidAt: new Date('2025-11-05T02:31:00Z'),
};
const adapter = (method: GatewayMethod) => adapters.get(method)!;
const asIncoming = (
  n: { body: string; headers: Record<string, string> },
  now?: Date,
): IncomingNotification => ({
  rawBody: n.body,
  headers: Object.fromEntries(Object.entries(n.headers).map(([k, v]) => [k.toLowerCase(), v])),
  now,
});
const refusalOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'accepted';
};

/** Re-encodes a form body with one field changed (without re-signing). */
const withField = (body: string, key: string, value: string) => {
  const form = new URLSearchParams(body);
  form.set(key, value);
  return form.toString();
};

describe('money conversion', () => {
  it('turns gateway yuan strings into exact fen and back', () => {
    expect(gatewayYuanToFen('0.07')).toBe(7);
    expect(gatewayYuanToFen('300.07')).toBe(30_007);
    expect(gatewayYuanToFen('200')).toBe(20_000);
    expect(gatewayYuanToFen('1234567.10')).toBe(123_456_710);
    expect(fenToYuan(7)).toBe('0.07');
    expect(fenToYuan(20_000)).toBe('200.00');
    expect(fenToYuan(30_007)).toBe('300.07');
  });

  it('refuses amounts that are not yuan with at most two decimals', () => {
    for (const bad of ['1.005', '-1.00', '1e3', '', 'abc', '１.00']) {
      expect(() => gatewayYuanToFen(bad), bad).toThrow();
    }
    expect(() => fenToYuan(1.5)).toThrow();
  });
});

describe('Alipay RSA2 notifications', () => {
  const notification = () => alipayNotification(keys.alipay, paid);

  it('accepts a notification signed as Alipay signs it and normalizes it', () => {
    const notice = adapter('alipay').verifyNotification(asIncoming(notification()));
    expect(notice).toMatchObject({
      kind: 'payment',
      orderNumber: paid.orderNumber,
      gatewayTransactionId: paid.gatewayTransactionId,
      amountFen: 30_007,
      succeeded: true,
      paidAt: paid.paidAt,
    });
  });

  it('signs the parameters sorted by key without sign and sign_type, joined k=v&', () => {
    const form: Record<string, string> = Object.fromEntries(
      new URLSearchParams(notification().body),
    );
    const content = Object.keys(form)
      .filter((k) => k !== 'sign' && k !== 'sign_type')
      .sort()
      .map((k) => `${k}=${form[k]}`)
      .join('&');
    const expected = createSign('RSA-SHA256')
      .update(content)
      .sign(keys.alipay.gateway.privateKey, 'base64');
    expect(form.sign).toBe(expected);
    expect(form.sign_type).toBe('RSA2');
  });

  it('refuses the notification when any signed field is changed', () => {
    const { body } = notification();
    for (const [key, value] of [
      ['total_amount', '0.01'],
      ['out_trade_no', 'V202511051030000000000043'],
      ['trade_no', '2025110522001400009999999999'],
      ['trade_status', 'TRADE_FINISHED'],
      ['gmt_payment', '2025-11-05 10:32:00'],
    ]) {
      expect(
        refusalOf(() =>
          adapter('alipay').verifyNotification({
            rawBody: withField(body, key, value),
            headers: {},
          }),
        ),
        key,
      ).toBe('badSignature');
    }
  });

  it('refuses a notification signed with another key, and one for another app', () => {
    const forged = alipayNotification({ ...keys.alipay, gateway: attacker }, paid);
    expect(refusalOf(() => adapter('alipay').verifyNotification(asIncoming(forged)))).toBe(
      'badSignature',
    );
    const otherApp = alipayNotification({ ...keys.alipay, appId: '2021000000009999' }, paid);
    expect(refusalOf(() => adapter('alipay').verifyNotification(asIncoming(otherApp)))).toBe(
      'wrongApp',
    );
  });

  it('reports a closed trade as a verified notice that is not a success', () => {
    const closed = createAlipayAdapter({
      appId: keys.alipay.appId,
      sellerId: keys.alipay.sellerId,
      privateKey: keys.alipay.merchant.privateKey,
      alipayPublicKey: keys.alipay.gateway.publicKey,
      gateway: 'sandbox:',
    });
    const form: Record<string, string> = Object.fromEntries(
      new URLSearchParams(notification().body),
    );
    const params: Record<string, string> = { ...form, trade_status: 'TRADE_CLOSED' };
    delete params.sign;
    delete params.sign_type;
    const content = Object.keys(params)
      .sort()
      .map((k) => `${k}=${params[k]}`)
      .join('&');
    const sign = createSign('RSA-SHA256')
      .update(content)
      .sign(keys.alipay.gateway.privateKey, 'base64');
    const notice = closed.verifyNotification({
      rawBody: new URLSearchParams({ ...params, sign, sign_type: 'RSA2' }).toString(),
      headers: {},
    });
    expect(notice.kind === 'payment' && notice.succeeded).toBe(false);
  });

  it('answers success in plain text, anything else on failure', () => {
    expect(adapter('alipay').acknowledge()).toEqual({
      status: 200,
      contentType: 'text/plain',
      body: 'success',
    });
    expect(adapter('alipay').refuse('badSignature').body).not.toBe('success');
  });
});

describe('WeChat Pay API v3 notifications', () => {
  const now = () => new Date();

  it('verifies the signed headers, decrypts the resource and normalizes it', () => {
    const notice = adapter('wechatPay').verifyNotification(
      asIncoming(wechatPayNotification(keys.wechatPay, paid)),
    );
    expect(notice).toMatchObject({
      kind: 'payment',
      orderNumber: paid.orderNumber,
      gatewayTransactionId: paid.gatewayTransactionId,
      amountFen: 30_007,
      succeeded: true,
      paidAt: paid.paidAt,
    });
  });

  it('decrypts AEAD_AES_256_GCM with the APIv3 key, the tag at the end of the ciphertext', () => {
    const key = '0123456789abcdef0123456789abcdef';
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(key), 'abcdefghijkl');
    cipher.setAAD(Buffer.from('transaction'));
    const ciphertext = Buffer.concat([
      cipher.update('{"a":1}'),
      cipher.final(),
      cipher.getAuthTag(),
    ]).toString('base64');
    const resource = {
      algorithm: 'AEAD_AES_256_GCM' as const,
      ciphertext,
      associated_data: 'transaction',
      nonce: 'abcdefghijkl',
      original_type: 'transaction',
    };
    expect(decryptResource(resource, key)).toBe('{"a":1}');
    expect(refusalOf(() => decryptResource({ ...resource, associated_data: 'refund' }, key))).toBe(
      'decryptFailed',
    );
    expect(refusalOf(() => decryptResource(resource, 'fedcba9876543210fedcba9876543210'))).toBe(
      'decryptFailed',
    );
  });

  it('refuses a changed body, another signer, an unknown serial', () => {
    const n = wechatPayNotification(keys.wechatPay, paid);
    const tampered = { ...n, body: n.body.replace('TRANSACTION.SUCCESS', 'TRANSACTION.SUCCESS ') };
    expect(refusalOf(() => adapter('wechatPay').verifyNotification(asIncoming(tampered)))).toBe(
      'badSignature',
    );
    for (const signWith of ['publicKey', 'certificate'] as const) {
      const forged = wechatPayNotification(
        {
          ...keys.wechatPay,
          signWith,
          platform: { ...keys.wechatPay.platform, privateKey: attacker.privateKey },
          wechatPayKey: { ...keys.wechatPay.wechatPayKey, privateKey: attacker.privateKey },
        },
        paid,
      );
      expect(refusalOf(() => adapter('wechatPay').verifyNotification(asIncoming(forged)))).toBe(
        'badSignature',
      );
    }
    const unknown = wechatPayNotification(
      { ...keys.wechatPay, signWith: 'certificate', platform: attacker },
      paid,
    );
    expect(refusalOf(() => adapter('wechatPay').verifyNotification(asIncoming(unknown)))).toBe(
      'unknownCertificate',
    );
  });

  it('refuses a resource that does not decrypt with our key even when the headers are signed', () => {
    const n = wechatPayNotification(
      { ...keys.wechatPay, apiV3Key: 'ffffffffffffffffffffffffffffffff' },
      paid,
    );
    expect(refusalOf(() => adapter('wechatPay').verifyNotification(asIncoming(n)))).toBe(
      'decryptFailed',
    );
  });

  it('refuses a timestamp older than five minutes (replay) and accepts one four minutes old', () => {
    const t = Math.floor(Date.now() / 1000);
    const old = wechatPayNotification(keys.wechatPay, paid, t - 6 * 60);
    expect(refusalOf(() => adapter('wechatPay').verifyNotification(asIncoming(old, now())))).toBe(
      'replayed',
    );
    const recent = wechatPayNotification(keys.wechatPay, paid, t - 4 * 60);
    expect(
      refusalOf(() => adapter('wechatPay').verifyNotification(asIncoming(recent, now()))),
    ).toBe('accepted');
  });

  it('refuses a transaction of another merchant', () => {
    const n = wechatPayNotification({ ...keys.wechatPay, mchId: '1900009999' }, paid);
    expect(refusalOf(() => adapter('wechatPay').verifyNotification(asIncoming(n)))).toBe(
      'wrongMerchant',
    );
  });

  it('signs timestamp, nonce and body each followed by a newline', () => {
    const n = wechatPayNotification(keys.wechatPay, paid);
    const message = `${n.headers['Wechatpay-Timestamp']}\n${n.headers['Wechatpay-Nonce']}\n${n.body}\n`;
    expect(
      signedMessage(n.headers['Wechatpay-Timestamp'], n.headers['Wechatpay-Nonce'], n.body),
    ).toBe(message);
    expect(n.headers['Wechatpay-Signature']).toBe(
      signMessage(message, keys.wechatPay.wechatPayKey.privateKey),
    );
  });

  it('answers 204 without a body, or 4xx with {code: FAIL, message}', () => {
    expect(adapter('wechatPay').acknowledge()).toMatchObject({ status: 204, body: '' });
    const refusal = adapter('wechatPay').refuse('badSignature');
    expect(refusal.status).toBeGreaterThanOrEqual(400);
    expect(JSON.parse(refusal.body)).toEqual({ code: 'FAIL', message: 'badSignature' });
  });
});

describe('UnionPay 5.1.0 signatures (QR and the B2B bank gateway)', () => {
  /** base64(SHA256withRSA(hex(SHA256(sorted k=v string)))), computed here from the spec. */
  const specSignature = (fields: Record<string, string>, key: KeyObject) => {
    const sorted = Object.keys(fields)
      .filter((k) => k !== 'signature')
      .sort()
      .map((k) => `${k}=${fields[k]}`)
      .join('&');
    const hex = createHash('sha256').update(sorted).digest('hex');
    return createSign('RSA-SHA256').update(hex).sign(key, 'base64');
  };

  it('signs as the specification says, naming the certificate by its decimal serial', () => {
    const body = unionPayNotification(keys.unionPay, 'unionPay', paid).body;
    const fields: Record<string, string> = Object.fromEntries(new URLSearchParams(body));
    expect(fields.signMethod).toBe('01');
    expect(fields.certId).toBe(
      BigInt(`0x${keys.unionPay.gateway.certificate.serialNumber}`).toString(),
    );
    expect(fields.signature).toBe(specSignature(fields, keys.unionPay.gateway.privateKey));
  });

  it('accepts QR and B2B notifications and normalizes them', () => {
    for (const method of ['unionPay', 'b2bGateway'] as const) {
      const n = unionPayNotification(keys[method], method, paid);
      expect(adapter(method).verifyNotification(asIncoming(n)), method).toMatchObject({
        kind: 'payment',
        orderNumber: paid.orderNumber,
        gatewayTransactionId: paid.gatewayTransactionId,
        amountFen: 30_007,
        succeeded: true,
      });
    }
  });

  it('refuses a changed amount, order or response code', () => {
    const { body } = unionPayNotification(keys.unionPay, 'unionPay', paid);
    for (const [key, value] of [
      ['txnAmt', '1'],
      ['orderId', 'V202511051030000000000043'],
      ['respCode', 'A6'],
      ['queryId', '999999999999999999999'],
    ]) {
      expect(
        refusalOf(() =>
          adapter('unionPay').verifyNotification({
            rawBody: withField(body, key, value),
            headers: {},
          }),
        ),
        key,
      ).toBe('badSignature');
    }
  });

  it('refuses an unknown certId and a message that brings its own certificate', () => {
    const impostor = { ...keys.unionPay, gateway: attacker };
    expect(
      refusalOf(() =>
        adapter('unionPay').verifyNotification(
          asIncoming(unionPayNotification(impostor, 'unionPay', paid)),
        ),
      ),
    ).toBe('unknownCertificate');
    // Right certId, but the attacker's certificate and signature inside the message.
    const fields: Record<string, string> = Object.fromEntries(
      new URLSearchParams(unionPayNotification(impostor, 'unionPay', paid).body),
    );
    const relabelled: Record<string, string> = {
      ...fields,
      certId: decimalSerial(keys.unionPay.gateway.certificate),
    };
    relabelled.signature = specSignature(relabelled, attacker.privateKey);
    expect(
      refusalOf(() =>
        adapter('unionPay').verifyNotification({
          rawBody: new URLSearchParams(relabelled).toString(),
          headers: {},
        }),
      ),
    ).toBe('unknownCertificate');
  });

  it('keeps the QR and B2B products apart, and refuses another merchant', () => {
    const qr = unionPayNotification(keys.unionPay, 'unionPay', paid);
    expect(refusalOf(() => adapter('b2bGateway').verifyNotification(asIncoming(qr)))).toBe(
      'unknownCertificate',
    );
    const otherMerchant = unionPayNotification(
      { ...keys.unionPay, merId: '777290058119999' },
      'unionPay',
      paid,
    );
    expect(refusalOf(() => adapter('unionPay').verifyNotification(asIncoming(otherMerchant)))).toBe(
      'wrongMerchant',
    );
  });

  it('builds the B2B redirect as a form signed with the merchant certificate (bizType 000202)', async () => {
    const prompt = await adapter('b2bGateway').createPayment({
      orderNumber: paid.orderNumber,
      amountFen: paid.amountFen,
      subject: paid.subject,
      notifyUrl: 'http://127.0.0.1:1/api/payments/notify/b2bGateway',
      returnUrl: 'http://127.0.0.1:5173/visitor/orders',
    });
    expect(prompt.kind).toBe('redirect');
    if (prompt.kind !== 'redirect') return;
    expect(prompt.fields).toMatchObject({
      bizType: '000202',
      txnType: '01',
      txnAmt: '30007',
      txnTime: '20251105103000',
    });
    const merchant = keys.b2bGateway.merchant.certificate;
    expect(() =>
      verifyUnionPayFields(prompt.fields, new Map([[decimalSerial(merchant), merchant]])),
    ).not.toThrow();
    expect(prompt.fields.signature).toBe(
      specSignature(prompt.fields, keys.b2bGateway.merchant.privateKey),
    );
  });

  it('answers 200 ok', () => {
    expect(adapter('unionPay').acknowledge()).toEqual({
      status: 200,
      contentType: 'text/plain',
      body: 'ok',
    });
    expect(adapter('unionPay').refuse('badSignature').status).not.toBe(200);
  });

  it('round-trips signUnionPayFields through a PEM copy of the certificate', () => {
    const signed = signUnionPayFields(
      { orderId: 'x', txnAmt: '1' },
      keys.unionPay.gateway.privateKey,
      keys.unionPay.gateway.certificate,
    );
    const copy = new X509Certificate(keys.unionPay.gateway.certificate.toString());
    expect(() =>
      verifyUnionPayFields(signed, new Map([[decimalSerial(copy), copy]])),
    ).not.toThrow();
    expect(unionPayQr.bizType).toBe('000000');
    expect(b2bGateway.bizType).toBe('000202');
  });
});

describe('sandbox bank', () => {
  it('opens a QR payment pointing at its page, answers queries and refunds within the paid amount', async () => {
    const bank = new SandboxBank(keys, () => 'http://127.0.0.1:9');
    const sandboxed = bank.adapters().get('alipay')!;
    const prompt = await sandboxed.createPayment({ ...paid, notifyUrl: 'http://127.0.0.1:9/n' });
    expect(prompt.kind === 'qr' && prompt.qrContent).toMatch(
      /^http:\/\/127\.0\.0\.1:9\/api\/payment-sandbox\/[\w-]+$/,
    );
    expect(await sandboxed.query(paid.orderNumber)).toMatchObject({ state: 'pending' });
    const [payment] = bank.payments.values();
    await bank.pay(payment.id); // nobody listens on port 9: the delivery fails, the money moved
    expect(payment.deliveries[0].status).toBe(0);
    expect(await sandboxed.query(paid.orderNumber)).toMatchObject({
      state: 'paid',
      amountFen: 30_007,
    });
    const refund = (amountFen: number, refundNumber: string) =>
      sandboxed.refund({
        orderNumber: paid.orderNumber,
        gatewayTransactionId: payment.gatewayTransactionId,
        refundNumber,
        amountFen,
        totalFen: 30_007,
        reason: '审核未通过',
        notifyUrl: 'http://127.0.0.1:9/n',
      });
    expect((await refund(20_000, 'R1')).state).toBe('done');
    expect((await refund(20_000, 'R2')).state).toBe('refused');
  });
});

describe('production settings from the environment', () => {
  const pem = (holder: KeyHolder) => ({
    key: holder.privateKey
      .export({ type: 'pkcs8', format: 'pem' })
      .toString()
      .replace(/\n/g, '\\n'),
    certificate: holder.certificate.toString(),
  });

  it('builds each configured gateway, and its verifier accepts what that gateway signs', () => {
    const env = {
      ALIPAY_APP_ID: keys.alipay.appId,
      ALIPAY_SELLER_ID: keys.alipay.sellerId,
      ALIPAY_PRIVATE_KEY: pem(keys.alipay.merchant).key,
      // Bare base64, as Alipay's key tool prints the public key.
      ALIPAY_PUBLIC_KEY: keys.alipay.gateway.publicKey
        .export({ type: 'spki', format: 'der' })
        .toString('base64'),
      WECHATPAY_MCH_ID: keys.wechatPay.mchId,
      WECHATPAY_APP_ID: keys.wechatPay.appId,
      WECHATPAY_API_V3_KEY: keys.wechatPay.apiV3Key,
      WECHATPAY_MERCHANT_PRIVATE_KEY: pem(keys.wechatPay.merchant).key,
      WECHATPAY_MERCHANT_SERIAL: keys.wechatPay.merchant.certificate.serialNumber,
      WECHATPAY_PLATFORM_CERTIFICATES: `${attacker.certificate.toString()},${pem(keys.wechatPay.platform).certificate}`,
      WECHATPAY_PUBLIC_KEY_ID: keys.wechatPay.publicKeyId,
      WECHATPAY_PUBLIC_KEY: keys.wechatPay.wechatPayKey.publicKey
        .export({ type: 'spki', format: 'pem' })
        .toString(),
      UNIONPAY_MER_ID: keys.unionPay.merId,
      UNIONPAY_SIGN_KEY: pem(keys.unionPay.merchant).key,
      UNIONPAY_SIGN_CERTIFICATE: pem(keys.unionPay.merchant).certificate,
      UNIONPAY_VERIFY_CERTIFICATES: pem(keys.unionPay.gateway).certificate,
    };
    const configured = adaptersFromEnv(env);
    expect([...configured.keys()].sort()).toEqual(['alipay', 'unionPay', 'wechatPay']);
    const accepted = (
      method: GatewayMethod,
      n: { body: string; headers: Record<string, string> },
    ) => refusalOf(() => configured.get(method)!.verifyNotification(asIncoming(n)));
    expect(accepted('alipay', alipayNotification(keys.alipay, paid))).toBe('accepted');
    expect(accepted('wechatPay', wechatPayNotification(keys.wechatPay, paid))).toBe('accepted');
    expect(accepted('unionPay', unionPayNotification(keys.unionPay, 'unionPay', paid))).toBe(
      'accepted',
    );
  });

  it('stops start-up when a gateway is half configured, and offers none when nothing is set', () => {
    expect(() => adaptersFromEnv({ WECHATPAY_MCH_ID: '1900000001' })).toThrow(
      /WECHATPAY_API_V3_KEY/,
    );
    expect(adaptersFromEnv({}).size).toBe(0);
  });
});
