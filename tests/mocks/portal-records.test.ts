import { sign, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestPki } from '../../src/server/tls.js';
import { serve, type Served } from './helpers.js';
import { portalState, submit } from './portal-helpers.js';

let s: Served;
let token: string;
beforeAll(async () => {
  s = await serve();
  token = await s.token();
});
beforeEach(async () => {
  await portalState(s).callbacks.idle();
  s.harness.reset();
});
afterAll(async () => {
  await s.server.close();
});

const AGENCY = 'Ủy ban nhân dân phường Hoàn Kiếm';
const CITIZEN = '001085999001';

async function certificate(body: Record<string, unknown>, on: Served = s): Promise<{ certificate: string; privateKey: string; caCertificate: string; subject: Record<string, string> }> {
  const r = await on.call('POST', '/portal/v1/signing/certificates', { token: on === s ? token : await on.token(), json: body });
  if (r.status !== 201) throw new Error(`certificate request failed: ${r.status} ${r.text}`);
  return r.json();
}
const signText = (text: string, privateKey: string, dsaEncoding: 'der' | 'ieee-p1363' = 'der') => sign('sha256', Buffer.from(text, 'utf8'), { key: privateKey, dsaEncoding }).toString('base64');
const verify = (body: Record<string, unknown>) => s.call('POST', '/portal/v1/signatures/verify', { token, json: body });

describe('test signing certificates (R-PORT-13)', () => {
  it('issues a citizen certificate tied to the e-ID (subject serialNumber = personal ID), chained to the test CA', async () => {
    const issued = await certificate({ kind: 'citizen', SoDinhDanh: CITIZEN });
    expect(issued.subject).toEqual({ serialNumber: CITIZEN, CN: 'Nguyễn Văn An', C: 'VN' });
    const cert = new X509Certificate(issued.certificate);
    const ca = new X509Certificate((await s.call('GET', '/portal/v1/signing/ca', { token })).json().caCertificate);
    expect(cert.checkIssued(ca) && cert.verify(ca.publicKey)).toBe(true);
    expect(cert.toLegacyObject().subject).toMatchObject({ serialNumber: CITIZEN });
  });

  it('refuses a certificate for a personal ID the NPD does not know', async () => {
    const r = await s.call('POST', '/portal/v1/signing/certificates', { token, json: { kind: 'citizen', SoDinhDanh: '001190999004' } });
    expect([r.status, r.json().error.field]).toEqual([422, 'SoDinhDanh']);
  });

  it('derives the keys from the seed: the same seed gives the same keys, another seed others', async () => {
    const key = (pem: string) => new X509Certificate(pem).publicKey.export({ format: 'jwk' });
    const first = await certificate({ kind: 'agency', agency: AGENCY });
    s.harness.reset();
    const again = await certificate({ kind: 'agency', agency: AGENCY });
    expect(key(again.certificate)).toEqual(key(first.certificate));
    expect(key(again.caCertificate)).toEqual(key(first.caCertificate));
    const other = await serve({ seed: 2 });
    try {
      expect(key((await certificate({ kind: 'agency', agency: AGENCY }, other)).caCertificate)).not.toEqual(key(first.caCertificate));
    } finally {
      await other.server.close();
    }
  });
});

describe('signature verification (R-PORT-7, R-PORT-13)', () => {
  const document = 'Tờ khai đăng ký khai sinh — Nguyễn Văn An';

  it('verifies a signature made with a test key, DER or IEEE P1363, and names the signer', async () => {
    const { certificate: pem, privateKey } = await certificate({ kind: 'citizen', SoDinhDanh: CITIZEN });
    for (const encoding of ['der', 'ieee-p1363'] as const) {
      const r = await verify({ document, signature: signText(document, privateKey, encoding), certificate: pem, SoDinhDanh: CITIZEN });
      expect(r.status).toBe(200);
      expect(r.json()).toEqual({ valid: true, signerId: CITIZEN, signerName: 'Nguyễn Văn An', signerKind: 'citizen', tiedToEid: true, matchesApplicant: true, reason: null });
    }
  });

  it('refuses a tampered document with a reason', async () => {
    const { certificate: pem, privateKey } = await certificate({ kind: 'citizen', SoDinhDanh: CITIZEN });
    const r = (await verify({ document: `${document}.`, signature: signText(document, privateKey), certificate: pem })).json();
    expect(r.valid).toBe(false);
    expect(r.reason).toContain('does not match the document');
  });

  it('flags another person’s valid signature, and a certificate not tied to an e-ID', async () => {
    const other = await certificate({ kind: 'citizen', SoDinhDanh: '048096999009' });
    const byOther = (await verify({ document, signature: signText(document, other.privateKey), certificate: other.certificate, SoDinhDanh: CITIZEN })).json();
    expect(byOther).toMatchObject({ valid: true, signerId: '048096999009', matchesApplicant: false, reason: `the signer 048096999009 is not the applicant ${CITIZEN}` });
    const untied = await certificate({ kind: 'citizen', SoDinhDanh: CITIZEN, tiedToEid: false });
    const byUntied = (await verify({ document, signature: signText(document, untied.privateKey), certificate: untied.certificate, SoDinhDanh: CITIZEN })).json();
    expect(byUntied).toMatchObject({ valid: true, signerId: null, tiedToEid: false, matchesApplicant: false });
    expect(byUntied.reason).toContain('not tied to an e-ID');
  });

  it('refuses a certificate the test CA did not issue, and an expired one', async () => {
    const foreign = (await createTestPki({ now: new Date('2026-01-01T00:00:00Z') })).selfSigned;
    const r = (await verify({ document, signature: signText(document, foreign.keyPem), certificate: foreign.certPem })).json();
    expect(r).toMatchObject({ valid: false, reason: 'the certificate is not issued by the vn06 portal test signing CA' });
    const t = await serve();
    try {
      const short = await certificate({ kind: 'citizen', SoDinhDanh: CITIZEN, validDays: 1 }, t);
      t.harness.clock.advance(2 * 86_400_000);
      const expired = await t.call('POST', '/portal/v1/signatures/verify', { token: await t.token(), json: { document, signature: signText(document, short.privateKey), certificate: short.certificate } });
      expect(expired.json()).toMatchObject({ valid: false, reason: 'the certificate expired on 2026-01-02T00:00:00.000Z' });
    } finally {
      await t.server.close();
    }
  });

  it('answers 422 for a certificate that is not X.509 and a document that is not the base64 it claims', async () => {
    const bad = await verify({ document, signature: 'AAAA', certificate: 'not a certificate' });
    expect([bad.status, bad.json().error.field]).toEqual([422, 'certificate']);
    const { certificate: pem } = await certificate({ kind: 'agency', agency: AGENCY });
    const notBase64 = await verify({ document: 'không phải base64', encoding: 'base64', signature: 'AAAA', certificate: pem });
    expect([notBase64.status, notBase64.json().error.field]).toEqual([422, 'document']);
  });
});

describe('the citizen data warehouse (R-PORT-3, R-PORT-17, R-LT-4)', () => {
  const content = 'Trích lục khai sinh điện tử số 123/2026';

  async function agencyDocument(overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const { certificate: pem, privateKey } = await certificate({ kind: 'agency', agency: AGENCY });
    return { SoDinhDanh: CITIZEN, type: 'birth-certificate', title: 'Trích lục khai sinh', MaHoSo: 'HS-WH-1', issuer: AGENCY, issuedOn: '2026-01-01', content, signature: signText(content, privateKey), certificate: pem, ...overrides };
  }
  const store = (json: Record<string, unknown>) => s.call('POST', '/portal/v1/warehouse/documents', { token, json });

  it('stores an agency-signed document, reads it by ID, by citizen and by dossier, and tells the world', async () => {
    await submit(s, token, 'HS-WH-1');
    const r = await store(await agencyDocument());
    expect(r.status).toBe(201);
    const stored = r.json();
    expect(stored).toMatchObject({ id: 'doc-000001', SoDinhDanh: CITIZEN, issuer: AGENCY, signerName: AGENCY, storedBy: 'procedure-system', storedAt: '2026-01-01T00:00:00.000Z' });
    expect((await s.call('GET', '/portal/v1/warehouse/documents/doc-000001', { token })).json()).toEqual(stored);
    expect((await s.call('GET', `/portal/v1/warehouse/documents?SoDinhDanh=${CITIZEN}`, { token })).json()).toEqual({ total: 1, documents: [stored] });
    expect((await s.call('GET', '/portal/v1/warehouse/documents?MaHoSo=HS-WH-1&type=death-extract', { token })).json().total).toBe(0);
    expect((await s.call('GET', '/portal/v1/dossiers/HS-WH-1', { token })).json().warehouseDocuments).toEqual(['doc-000001']);
    expect(s.harness.world.events({ kind: 'warehouse.document.stored' })).toEqual([expect.objectContaining({ personalId: CITIZEN, data: expect.objectContaining({ id: 'doc-000001', type: 'birth-certificate' }) })]);
  });

  it('stores base64 content, and answers the same document again as a replay', async () => {
    const { certificate: pem, privateKey } = await certificate({ kind: 'agency', agency: AGENCY });
    const bytes = Buffer.from('%PDF-1.7 giả lập');
    const body = { ...(await agencyDocument()), content: bytes.toString('base64'), contentEncoding: 'base64', signature: sign('sha256', bytes, privateKey).toString('base64'), certificate: pem };
    expect((await store(body)).status).toBe(201);
    const again = await store(body);
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
    expect((await s.call('GET', `/portal/v1/warehouse/documents?SoDinhDanh=${CITIZEN}`, { token })).json().total).toBe(1);
  });

  it('refuses a tampered document, a citizen’s signature, a signer other than the issuer and an unknown citizen, with 422 naming the field', async () => {
    const citizenCert = await certificate({ kind: 'citizen', SoDinhDanh: CITIZEN });
    const cases: [Record<string, unknown>, string][] = [
      [await agencyDocument({ content: `${content} (sửa)` }), 'signature'],
      [await agencyDocument({ signature: signText(content, citizenCert.privateKey), certificate: citizenCert.certificate }), 'certificate'],
      [await agencyDocument({ issuer: 'Sở Tư pháp Hà Nội' }), 'issuer'],
      [await agencyDocument({ SoDinhDanh: '001190999004' }), 'SoDinhDanh'],
    ];
    for (const [body, field] of cases) {
      const r = await store(body);
      expect([r.status, r.json().error.field], field).toEqual([422, field]);
    }
    expect(s.harness.world.events({ kind: 'warehouse.document.stored' })).toEqual([]);
  });

  it('answers 404 for an unknown document and 400 for a list with no citizen or dossier', async () => {
    expect((await s.call('GET', '/portal/v1/warehouse/documents/doc-000042', { token })).status).toBe(404);
    expect((await s.call('GET', '/portal/v1/warehouse/documents?type=birth-certificate', { token })).status).toBe(400);
  });
});
