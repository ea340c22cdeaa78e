// Test keys for the sandbox, made at start-up and kept in memory for the run: an RSA pair for
// the merchant and for each gateway, and a self-signed certificate where the scheme names one
// (WeChat's platform certificate by serial, UnionPay's and the bank's by certId).
import {
  createPrivateKey,
  generateKeyPair,
  type KeyObject,
  randomBytes,
  randomInt,
  X509Certificate,
} from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

const generate = promisify(generateKeyPair);

export interface KeyHolder {
  privateKey: KeyObject;
  publicKey: KeyObject;
  certificate: X509Certificate;
}

/** An RSA-2048 pair and a self-signed certificate for it (signed with node-forge). */
export async function keyHolder(commonName: string): Promise<KeyHolder> {
  const { privateKey, publicKey } = await generate('rsa', { modulusLength: 2048 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  // A positive serial (leading byte < 0x80) of 8 bytes, like the gateways' own.
  certificate.serialNumber = `4${randomBytes(8).toString('hex').slice(1)}`;
  certificate.validity.notBefore = new Date(Date.now() - 60_000);
  certificate.validity.notAfter = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const name = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'PVIS payment sandbox' },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  const forgeKey = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  certificate.sign(forgeKey, forge.md.sha256.create());
  return {
    privateKey: createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })),
    publicKey,
    certificate: new X509Certificate(forge.pki.certificateToPem(certificate)),
  };
}

export interface SandboxKeys {
  alipay: { appId: string; sellerId: string; merchant: KeyHolder; gateway: KeyHolder };
  wechatPay: {
    mchId: string;
    appId: string;
    apiV3Key: string;
    merchant: KeyHolder;
    /** Platform-certificate mode: the certificate's serial names the key. */
    platform: KeyHolder;
    /** Public-key mode (微信支付公钥), the default for new merchants: the id names the key. */
    publicKeyId: string;
    wechatPayKey: KeyHolder;
    /** Which of the two the sandbox signs notifications and answers with (a test switch). */
    signWith: 'publicKey' | 'certificate';
  };
  unionPay: { merId: string; merchant: KeyHolder; gateway: KeyHolder };
  b2bGateway: { merId: string; merchant: KeyHolder; gateway: KeyHolder };
}

export async function generateSandboxKeys(): Promise<SandboxKeys> {
  const [
    alipayMerchant,
    alipay,
    wechatMerchant,
    wechatPlatform,
    wechatPayKey,
    unionMerchant,
    union,
    b2bMerchant,
    bank,
  ] = await Promise.all([
    keyHolder('Sandbox merchant (Alipay app)'),
    keyHolder('Sandbox Alipay'),
    keyHolder('Sandbox merchant (WeChat Pay API)'),
    keyHolder('Sandbox Wechatpay platform'),
    keyHolder('Sandbox WeChat Pay public key'),
    keyHolder('Sandbox merchant (UnionPay)'),
    keyHolder('Sandbox China UnionPay'),
    keyHolder('Sandbox merchant (B2B gateway)'),
    keyHolder('Sandbox corporate bank gateway'),
  ]);
  return {
    alipay: {
      appId: '2021000000000001',
      sellerId: '2088102177649450',
      merchant: alipayMerchant,
      gateway: alipay,
    },
    wechatPay: {
      mchId: '1900000001',
      appId: 'wx0000000000000001',
      apiV3Key: randomBytes(16).toString('hex'),
      merchant: wechatMerchant,
      platform: wechatPlatform,
      publicKeyId: `PUB_KEY_ID_01${Array.from({ length: 30 }, () => randomInt(10)).join('')}`,
      wechatPayKey,
      signWith: 'publicKey',
    },
    unionPay: { merId: '777290058110001', merchant: unionMerchant, gateway: union },
    b2bGateway: { merId: '777290058110002', merchant: b2bMerchant, gateway: bank },
  };
}
