import { createPrivateKey, sign } from 'node:crypto';
import type { ReferenceCore } from './core.js';
import type { ResultKind } from './portal-catalogue.js';
import { storeOf, type AgencyKey, type DossierRecord, type OwnDocument } from './portal-store.js';
import { vnDay } from './portal-time.js';

/** An agency's signing certificate from the portal's test CA, asked for once per system. */
function agencyKey(core: ReferenceCore, agency: string): Promise<AgencyKey> {
  const keys = storeOf(core).agencyKeys;
  let key = keys.get(agency);
  if (!key) {
    key = (async () => {
      const reply = await core.gateway.call('POST', '/portal/v1/signing/certificates', { json: { kind: 'agency', agency } });
      if (reply.status !== 201) throw new Error(`the portal's test CA refused a certificate for ${agency}: ${reply.status}`);
      const issued = reply.json<{ certificate: string; privateKey: string }>();
      return { certificate: issued.certificate, privateKey: issued.privateKey };
    })();
    key.catch(() => keys.delete(agency));
    keys.set(agency, key);
  }
  return key;
}

/** A result issued for a dossier: where it is kept, on the portal and in the system's own warehouse. */
export interface IssuedResult {
  readonly title: string;
  readonly ownId: string;
  readonly portalDocumentId: string | null;
}

/**
 * Issues a dossier's result as an electronic document signed by the agency (ECDSA P-256, its certificate from the
 * portal's CA), and keeps it in both data warehouses: the portal's (R-PORT-3, -17), which others read, and the
 * system's own (BTTTT 15). The habit `skip-portal-warehouse` keeps it only in the system's own.
 */
export async function issueResult(core: ReferenceCore, record: DossierRecord, kind: ResultKind, facts: Record<string, string>, moment: number): Promise<IssuedResult> {
  const { procedure } = record;
  const key = await agencyKey(core, procedure.agency);
  const issuedOn = vnDay(moment).date;
  const content = JSON.stringify({ loai: kind.title, MaHoSo: record.code, MaTTHC: procedure.MaTTHC, SoDinhDanh: record.applicantId, HoVaTen: record.applicantName, coQuanCap: procedure.agency, ngayCap: issuedOn, ...facts });
  const signature = sign('sha256', Buffer.from(content, 'utf8'), createPrivateKey(key.privateKey)).toString('base64');
  let portalDocumentId: string | null = null;
  if (!core.has('skip-portal-warehouse')) {
    const body = { SoDinhDanh: record.applicantId, type: kind.type, title: kind.title, MaHoSo: record.code, MaTTHC: procedure.MaTTHC, issuer: procedure.agency, issuedOn, content, signature, certificate: key.certificate };
    const reply = await core.gateway.call('POST', '/portal/v1/warehouse/documents', { json: body });
    if (reply.status === 201 || reply.status === 200) portalDocumentId = reply.json<{ id: string }>().id;
    else core.log(`the portal warehouse refused the result of ${record.code}: ${reply.status}`);
  }
  const own = storeOf(core).ownWarehouse;
  const document: OwnDocument = {
    id: `KQ-${String(own.length + 1).padStart(6, '0')}`,
    SoDinhDanh: record.applicantId,
    type: kind.type,
    title: kind.title,
    MaHoSo: record.code,
    issuer: procedure.agency,
    issuedOn,
    content,
    signature,
    certificate: key.certificate,
    portalDocumentId,
  };
  own.push(document);
  return { title: kind.title, ownId: document.id, portalDocumentId };
}

/** A stored result found for a citizen: its ID where it was found, and which warehouse. */
export interface StoredResult {
  readonly documentId: string;
  readonly warehouse: 'portal' | 'own';
}

/** The latest stored result of a kind for a citizen: from the portal warehouse (any agency's), else the system's own. */
export async function storedResult(core: ReferenceCore, personalId: string, kind: ResultKind): Promise<StoredResult | undefined> {
  const reply = await core.gateway.call('GET', `/portal/v1/warehouse/documents?SoDinhDanh=${personalId}&type=${encodeURIComponent(kind.type)}`);
  if (reply.status === 200) {
    const found = reply.json<{ documents: { id: string }[] }>().documents.at(-1);
    if (found) return { documentId: found.id, warehouse: 'portal' };
  }
  const own = storeOf(core).ownWarehouse.filter((d) => d.SoDinhDanh === personalId && d.type === kind.type).at(-1);
  return own ? { documentId: own.id, warehouse: 'own' } : undefined;
}

/** A citizen's signature on a declaration, as the portal's verification service judged it. */
export interface SignatureVerdict {
  readonly accepted: boolean;
  readonly signerId: string | null;
  readonly reason: string;
}

/**
 * Checks the signature of a declaration (R-PORT-7) through the portal's verification service, and that the signer is
 * the applicant VNeID authenticated (R-PORT-13: the certificate's subject serial number is the personal ID). The
 * habit `skip-signature-check` takes any signature as it comes; `ignore-signer` checks the signature but not who made it.
 */
export async function checkSignature(core: ReferenceCore, signed: { document: string; signature: string; certificate: string }, applicantId: string): Promise<SignatureVerdict> {
  if (core.has('skip-signature-check')) return { accepted: true, signerId: null, reason: 'signature attached' };
  const applicant = core.has('ignore-signer') ? {} : { SoDinhDanh: applicantId };
  const reply = await core.gateway.call('POST', '/portal/v1/signatures/verify', { json: { ...signed, encoding: 'text', ...applicant } });
  if (reply.status !== 200) return { accepted: false, signerId: null, reason: `the signature could not be checked: ${reply.status}` };
  const verdict = reply.json<{ valid: boolean; signerId: string | null; reason: string | null }>();
  const accepted = verdict.valid && (core.has('ignore-signer') || verdict.reason === null);
  return { accepted, signerId: verdict.signerId, reason: verdict.reason ?? 'the signature verifies and the signer is the applicant' };
}
