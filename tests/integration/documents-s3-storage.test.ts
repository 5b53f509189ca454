// The S3-compatible document store against a real (fake) S3 server: s3rver on a free loopback port,
// path-style addressing, its default S3RVER account (it checks the access key id, not SigV4 signatures).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, resetConfigForTests, type DocumentS3Config } from '@/lib/config';
import { downloadPublicDocument } from '@/lib/documents/download-public-document';
import { s3Storage } from '@/lib/documents/s3-storage';
import { saveDocument } from '@/lib/documents/save-document';
import { documentStorage, localStorage } from '@/lib/documents/storage';
import { anonymousCtx } from '@/tests/fixtures/factories';
import { documentWorld } from '@/tests/fixtures/documents';

const BUCKET = 'trust-docs';
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const S3_ENV = [
  'DOCUMENT_S3_BUCKET',
  'DOCUMENT_S3_REGION',
  'DOCUMENT_S3_ENDPOINT',
  'DOCUMENT_S3_FORCE_PATH_STYLE',
  'DOCUMENT_S3_SSE',
  'DOCUMENT_S3_ACCESS_KEY_ID',
  'DOCUMENT_S3_SECRET_ACCESS_KEY',
  'DOCUMENT_S3_PREFIX',
];

let server: S3rver;
let endpoint: string;
let dir: string;
let pdf: Uint8Array;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  // A real PDF: binary bytes (every byte value) that must survive the round trip unchanged.
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Confidential: SOC 2 Type II');
  pdf = new Uint8Array([...(await doc.save({ useObjectStreams: true })), ...Array.from({ length: 256 }, (_, i) => i)]);
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  for (const k of S3_ENV) delete process.env[k];
  resetConfigForTests();
});

const cfg = (over: Partial<DocumentS3Config> = {}): DocumentS3Config => ({
  bucket: BUCKET,
  region: 'us-east-1',
  endpoint,
  forcePathStyle: true,
  serverSideEncryption: false,
  credentials: KEYS,
  prefix: '',
  ...over,
});

/** A client that records every request the SDK sends (method, path, headers), as it goes on the wire. */
function recordingClient() {
  const sent: { method: string; path: string; headers: Record<string, string> }[] = [];
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: KEYS });
  client.middlewareStack.add(
    (next) => async (args) => {
      const req = args.request as { method: string; path: string; headers: Record<string, string> };
      sent.push({
        method: req.method,
        path: req.path,
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])),
      });
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'recordRequests' },
  );
  return { client, sent };
}

const rawGet = async (key: string) => {
  const res = await new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: KEYS }).send(
    new GetObjectCommand({ Bucket: BUCKET, Key: key }),
  );
  return res.Body!.transformToByteArray();
};

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as NodeJS.ErrnoException,
  );

describe('S3 document storage', () => {
  it('round-trips a binary PDF: put, get (same bytes, Uint8Array like the local store), overwrite, delete', async () => {
    const store = s3Storage(cfg());
    const key = 'org-1/11111111-2222-3333-4444-555555555555.pdf';
    await store.put(key, pdf);
    const got = await store.get(key);
    expect(got).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(got).equals(Buffer.from(pdf))).toBe(true);

    const v2 = new TextEncoder().encode('%PDF-1.7\nversion two\n');
    await store.put(key, v2);
    expect(Buffer.from(await store.get(key)).toString()).toBe('%PDF-1.7\nversion two\n');

    await store.delete(key);
    expect((await failure(store.get(key)))?.code).toBe('ENOENT');
    await store.delete(key); // deleting again is no error, like rm({ force: true })
  });

  it('a missing key fails exactly like the local store: an error with code ENOENT', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-'));
    const fromLocal = await failure(localStorage(root).get('org-1/missing.pdf'));
    fs.rmSync(root, { recursive: true, force: true });
    const fromS3 = await failure(s3Storage(cfg()).get('org-1/missing.pdf'));
    expect(fromLocal?.code).toBe('ENOENT');
    expect(fromS3).toBeInstanceOf(Error);
    expect(fromS3?.code).toBe(fromLocal?.code);
  });

  it('an auth failure from the store is passed on as itself, never as a missing object', async () => {
    // s3rver checks the access key id (it does not verify SigV4 signatures themselves).
    const wrong = s3Storage(cfg({ credentials: { accessKeyId: 'NOT-AN-ACCOUNT', secretAccessKey: 'x' } }));
    await expect(wrong.put('org-1/x.pdf', pdf)).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    const err = await failure(wrong.get('org-1/x.pdf'));
    expect(err?.name).toBe('InvalidAccessKeyId');
    expect(err?.code).toBeUndefined();
  });

  it('refuses keys that are not ours (traversal, absolute, upper case) before any request', async () => {
    const { client, sent } = recordingClient();
    const store = s3Storage(cfg(), client);
    for (const bad of ['../etc/passwd', '/abs.pdf', 'org/../../x', 'Org/X.pdf', '']) {
      await expect(store.put(bad, pdf)).rejects.toThrow('invalid storage key');
      await expect(store.get(bad)).rejects.toThrow('invalid storage key');
    }
    expect(sent).toEqual([]);
  });

  it('sends PUT/GET/DELETE to /bucket/prefix/key (path style), private, with SSE-S3 when configured', async () => {
    const { client, sent } = recordingClient();
    const store = s3Storage(cfg({ serverSideEncryption: true, prefix: 'tenant-docs/' }), client);
    await store.put('org-1/a.pdf', pdf);
    expect(Buffer.from(await store.get('org-1/a.pdf')).equals(Buffer.from(pdf))).toBe(true);
    // The prefix is really part of the object key.
    expect(Buffer.from(await rawGet('tenant-docs/org-1/a.pdf')).equals(Buffer.from(pdf))).toBe(true);
    await store.delete('org-1/a.pdf');

    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /${BUCKET}/tenant-docs/org-1/a.pdf`,
      `GET /${BUCKET}/tenant-docs/org-1/a.pdf`,
      `DELETE /${BUCKET}/tenant-docs/org-1/a.pdf`,
    ]);
    const [put] = sent;
    expect(put!.headers['x-amz-server-side-encryption']).toBe('AES256');
    expect(put!.headers['x-amz-acl']).toBeUndefined(); // never public-read: no ACL at all
    expect(put!.headers['content-length']).toBe(String(pdf.byteLength));
    expect(put!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=S3RVER\//);

    // Without the flag, no SSE header (S3-compatible stores that refuse it).
    const plain = recordingClient();
    await s3Storage(cfg(), plain.client).put('org-1/b.pdf', pdf);
    expect(plain.sent[0]!.headers['x-amz-server-side-encryption']).toBeUndefined();
  });

  it('DOCUMENT_S3_BUCKET switches documentStorage() to S3; the library stores and serves files there', async () => {
    const before = documentStorage();
    Object.assign(process.env, {
      DOCUMENT_S3_BUCKET: BUCKET,
      DOCUMENT_S3_ENDPOINT: endpoint,
      DOCUMENT_S3_FORCE_PATH_STYLE: 'true',
      DOCUMENT_S3_ACCESS_KEY_ID: KEYS.accessKeyId,
      DOCUMENT_S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
      DOCUMENT_S3_PREFIX: 'library',
    });
    resetConfigForTests();
    const store = documentStorage();
    expect(store).not.toBe(before);
    expect(documentStorage()).toBe(store); // built once per config

    await store.put('org-9/switch.pdf', pdf);
    expect(Buffer.from(await rawGet('library/org-9/switch.pdf')).equals(Buffer.from(pdf))).toBe(true);

    // The use-cases go through it unchanged: upload, then public download, bytes from the bucket.
    const w = await documentWorld();
    const saved = await saveDocument(w.staff, {
      slug: 's3-policy',
      title: 'Security policy',
      category: 'Policies',
      description: 'Our policy.',
      version: '1',
      visibility: 'PUBLIC',
      file: { name: 'policy.pdf', bytes: pdf },
    });
    const dl = await downloadPublicDocument(anonymousCtx(), { slug: 's3-policy' });
    expect(Buffer.from(dl!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(saved.file).toBeTruthy();
    expect(fs.existsSync(path.join(process.env.DATA_DIR!, 'documents', w.vendor.id))).toBe(false);

    // Unset again: back to the local filesystem.
    for (const k of S3_ENV) delete process.env[k];
    resetConfigForTests();
    await expect(documentStorage().get('org-9/switch.pdf')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('[R28] parses DOCUMENT_S3_* with defaults and clear messages that never echo a secret', () => {
    const aws = parseConfig({ DOCUMENT_S3_BUCKET: 'acme-trust' }).documents.s3!;
    expect(aws).toEqual({
      bucket: 'acme-trust',
      region: 'us-east-1',
      endpoint: undefined,
      forcePathStyle: false,
      serverSideEncryption: true,
      credentials: undefined,
      prefix: '',
    });
    const minio = parseConfig({
      DOCUMENT_S3_BUCKET: 'docs',
      DOCUMENT_S3_ENDPOINT: 'http://minio:9000',
      DOCUMENT_S3_PREFIX: 'a/b',
    }).documents.s3!;
    expect(minio).toMatchObject({ endpoint: 'http://minio:9000', serverSideEncryption: false, prefix: 'a/b/' });
    expect(
      parseConfig({ DOCUMENT_S3_BUCKET: 'docs', DOCUMENT_S3_ENDPOINT: 'http://minio:9000', DOCUMENT_S3_SSE: 'true' })
        .documents.s3!.serverSideEncryption,
    ).toBe(true);
    expect(parseConfig({}).documents.s3).toBeUndefined();

    const problems = (env: Record<string, string>) => {
      try {
        parseConfig(env);
        return '';
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).message;
      }
    };
    expect(problems({ DOCUMENT_S3_BUCKET: 'Bad_Bucket' })).toMatch(/DOCUMENT_S3_BUCKET: must be a bucket name/);
    expect(problems({ DOCUMENT_S3_BUCKET: 'docs', DOCUMENT_S3_ENDPOINT: 'minio:9000' })).toMatch(
      /DOCUMENT_S3_ENDPOINT: must be an http/,
    );
    expect(problems({ DOCUMENT_S3_BUCKET: 'docs', DOCUMENT_S3_FORCE_PATH_STYLE: 'maybe' })).toMatch(
      /DOCUMENT_S3_FORCE_PATH_STYLE: must be true or false/,
    );
    expect(problems({ DOCUMENT_S3_BUCKET: 'docs', DOCUMENT_S3_PREFIX: '../up' })).toMatch(/DOCUMENT_S3_PREFIX: must/);
    expect(problems({ DOCUMENT_S3_ENDPOINT: 'http://minio:9000' })).toMatch(
      /DOCUMENT_S3_BUCKET: is required when DOCUMENT_S3_ENDPOINT is set/,
    );
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const msg = problems({ DOCUMENT_S3_BUCKET: 'docs', DOCUMENT_S3_SECRET_ACCESS_KEY: secret });
    expect(msg).toMatch(/DOCUMENT_S3_ACCESS_KEY_ID: set both access key variables/);
    expect(msg).not.toContain(secret);
  });
});
