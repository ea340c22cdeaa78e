import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from '@20minutes/s3rver';
import { AwsClient } from 'aws4fetch';
import { afterAll, expect, it } from 'vitest';
import { newLiaison, withStrapi } from './support/app';
import { residentId } from './support/identities';
import { approvedLiaison, type Liaison } from './support/orders';
import {
  binary,
  expectPrivateAnswer,
  keysOf,
  licenceOf,
  photoOf,
  png,
} from './support/personal-files';

/**
 * Issue 10, finding 1 in S3 mode (PERSONAL_FILES_STORE=s3): the same upload, serving and deleting
 * code as with the local folder, against an S3-compatible server from npm (@20minutes/s3rver,
 * which checks SigV4 signatures) started here.
 */
const s3 = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: fs.mkdtempSync(path.join(os.tmpdir(), 'pvis-s3-')),
  configureBuckets: [{ name: 'pvis-personal' }],
});
const { port: s3Port } = await s3.run();
afterAll(() => s3.close());
const endpoint = `http://127.0.0.1:${s3Port}`;
const s3App = withStrapi({
  PERSONAL_FILES_STORE: 's3',
  PERSONAL_FILES_S3_ENDPOINT: endpoint,
  PERSONAL_FILES_S3_BUCKET: 'pvis-personal',
  PERSONAL_FILES_S3_ACCESS_KEY_ID: 'S3RVER',
  PERSONAL_FILES_S3_SECRET_ACCESS_KEY: 'S3RVER',
  PERSONAL_FILES_S3_PREFIX: 'personal-files',
});
const client = new AwsClient({
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  service: 's3',
  region: 'us-east-1',
});
const objectStatus = async (key: string) =>
  (await client.fetch(`${endpoint}/pvis-personal/personal-files/${key}`)).status;

it('keeps licences and photos as objects, answers them through the routes, deletes them with their record', async () => {
  const liaison: Liaison = await newLiaison(s3App, 'domesticEnterprise');
  const licence = await licenceOf(s3App, liaison.organizationId);
  expect(licence!.provider_metadata).toMatchObject({ personalFile: true, store: 's3' });
  expect(licence!.url).not.toContain(endpoint);
  for (const key of keysOf(licence!)) expect(await objectStatus(key), key).toBe(200);
  const answer = await binary(liaison.get(`/api/organizations/${liaison.organizationId}/licence`));
  expectPrivateAnswer(answer, 'image/png', 'inline', 'licence.png');
  expect((answer.body as Buffer).subarray(1, 4).toString()).toBe('PNG');
  const stranger = await newLiaison(s3App, 'domesticEnterprise');
  expect((await stranger.get(`/api/organizations/${liaison.organizationId}/licence`)).status).toBe(
    404,
  );
  const record = await liaison.get(
    `/api/organizations/${liaison.organizationId}?populate=businessLicence`,
  );
  expect(record.text).not.toContain(endpoint);
  expect(record.text).not.toContain('/uploads/');

  await liaison.upload(
    `/api/organizations/${liaison.organizationId}/licence`,
    await png(),
    'x.png',
  );
  for (const key of keysOf(licence!)) expect(await objectStatus(key), key).toBe(404);
  const replaced = await licenceOf(s3App, liaison.organizationId);
  for (const key of keysOf(replaced!)) expect(await objectStatus(key), key).toBe(200);

  await s3App
    .strapi()
    .documents('api::organization.organization')
    .delete({
      documentId: liaison.organizationId,
    } as never);
  for (const key of keysOf(replaced!)) expect(await objectStatus(key), key).toBe(404);
});

it('keeps ID photos as objects and deletes them with the person', async () => {
  const liaison = await approvedLiaison(s3App);
  const created = await liaison.post('/api/persons', {
    data: { name: '王芳', regionType: 'mainland', idType: 'residentId', idNumber: residentId() },
  });
  expect(created.status, created.text).toBe(201);
  const personId = created.body.data.documentId as string;
  const sent = await liaison.upload(`/api/persons/${personId}/photo`, await png(), 'p.html');
  expect(sent.status, sent.text).toBe(200);
  const photo = await photoOf(s3App, personId);
  expect(photo!.provider_metadata!.key).toMatch(/^id-photo\/.+\.png$/);
  for (const key of keysOf(photo!)) expect(await objectStatus(key), key).toBe(200);
  const answer = await binary(liaison.get(`/api/persons/${personId}/photo`));
  expectPrivateAnswer(answer, 'image/png', 'inline', 'id-photo.png');
  expect((await liaison.delete(`/api/persons/${personId}`)).status).toBeLessThan(300);
  for (const key of keysOf(photo!)) expect(await objectStatus(key), key).toBe(404);
});
