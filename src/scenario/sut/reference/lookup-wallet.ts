import type { StimulusOutput } from '../types.js';
import type { Handlers, ReferenceCore, Variant } from './core.js';
import { papersAsked } from './lookup-papers.js';
import { readWalletDocument, signIn, type ServedDocument } from './lookup-vneid.js';

/** Who may issue each kind of paper a procedure takes from the wallet. */
const ISSUERS: Readonly<Record<string, RegExp>> = {
  'health-insurance-card': /^Bảo hiểm xã hội Việt Nam$/,
  'driving-licence': /^(Sở Giao thông vận tải|Phòng Cảnh sát giao thông Công an) \S/,
  'criminal-record-certificate': /^(Sở Tư pháp \S|Trung tâm Lý lịch tư pháp quốc gia)/,
};

/** The habit of a system that remembers documents by ID across citizens, so one citizen's paper serves another. */
const CACHES_DOCUMENTS = 'cache-wallet-documents';
const cachedDocuments = new WeakMap<ReferenceCore, Map<string, ServedDocument>>();

function cacheOf(core: ReferenceCore): Map<string, ServedDocument> {
  let cache = cachedDocuments.get(core);
  if (!cache) cachedDocuments.set(core, (cache = new Map()));
  return cache;
}

/**
 * Why a document read from the wallet cannot be used for the signed-in citizen, or undefined when it can: the holder
 * must be that citizen, the issuer one entitled to issue the paper, the issue date not after the provider's date, the
 * document neither revoked nor expired (as of that date). The habit `ignore-document-status` skips the last two.
 */
function documentRefusal(core: ReferenceCore, document: ServedDocument, personalId: string): string | undefined {
  if (document.holderId !== personalId) return `the document ${document.id} is not held by the signed-in citizen ${personalId}`;
  const issuers = ISSUERS[document.type];
  if (issuers && !issuers.test(document.issuer)) return `${document.issuer} does not issue a ${document.title}`;
  if (document.issuedOn > document.asOf) return `the ${document.title} ${document.id} is dated ${document.issuedOn}, after today (${document.asOf})`;
  if (core.has('ignore-document-status')) return undefined;
  if (document.status === 'revoked') return `the ${document.title} ${document.id} was revoked by its issuer`;
  if (document.status === 'expired' || (document.validUntil !== null && document.validUntil < document.asOf)) return `the ${document.title} ${document.id} expired on ${document.validUntil}`;
  return undefined;
}

type Answer = StimulusOutput<'presentWalletDocument'>;

function accepted(core: ReferenceCore, document: ServedDocument): Answer {
  const { id, type, issuer, holderId, issuedOn, validUntil } = document;
  return { outcome: 'accepted', document: { id, type, issuer, holderId, issuedOn, validUntil }, reason: '', requestedFromCitizen: papersAsked(core, `Bản sao chứng thực ${document.title}`) };
}

/** The reference system's handler of a paper taken from the VNeID wallet (R-LOOK-8). */
export const walletHandlers: Handlers<'presentWalletDocument'> = {
  async presentWalletDocument(core, { personalId, documentId }) {
    const session = await signIn(core, personalId);
    if ('refused' in session) return { outcome: 'refused', reason: session.refused, requestedFromCitizen: [] };
    const cached = core.has(CACHES_DOCUMENTS) ? cacheOf(core).get(documentId) : undefined;
    if (cached) return accepted(core, cached);
    const read = await readWalletDocument(session, core, documentId);
    if ('refused' in read) return { outcome: read.status >= 500 ? 'unavailable' : 'refused', reason: read.refused, requestedFromCitizen: [] };
    const refusal = documentRefusal(core, read.document, session.personalId);
    if (refusal) return { outcome: 'refused', reason: refusal, requestedFromCitizen: [] };
    cacheOf(core).set(documentId, read.document);
    return accepted(core, read.document);
  },
};

export const walletVariants: readonly Variant[] = [
  {
    id: 'accepts-expired-documents',
    description: 'Checks a wallet document’s signature and holder but not whether it is expired or revoked',
    habits: ['ignore-document-status'],
    breaks: ['R-LOOK-8'],
    scenarios: ['lookup/wallet-documents'],
  },
  {
    id: 'shares-documents-across-citizens',
    description: 'Keeps the wallet documents it checked by document ID, and serves them to whoever names that ID next',
    habits: [CACHES_DOCUMENTS],
    breaks: ['R-LOOK-8'],
    scenarios: ['lookup/wallet-documents'],
  },
];
