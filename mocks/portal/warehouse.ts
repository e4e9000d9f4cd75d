import type { World } from '../../src/mock/world.js';
import { Refusal } from './errors.js';
import { fingerprint } from './idempotency.js';
import type { WarehouseDocument, WarehouseDocumentBody } from './services-contract.js';
import type { SigningService } from './signing.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes a document's signature covers: the UTF-8 of the text as sent, or the decoded base64. */
export function documentBytes(content: string, encoding: 'text' | 'base64', field = 'content'): Buffer | Refusal {
  if (encoding === 'text') return Buffer.from(content, 'utf8');
  if (!BASE64.test(content) || content.length % 4 !== 0) return new Refusal(422, `Failed to read the ${field}: it is not base64`, field);
  return Buffer.from(content, 'base64');
}

/**
 * The citizen data warehouse (Kho dữ liệu): documents and procedure results about a citizen, each signed by the agency
 * that issued it (R-PORT-3, R-PORT-17, R-LT-4). A document whose signature does not verify, or that another kind of
 * signer signed, is refused. Any client with the scope reads any document: sharing them is the warehouse's purpose.
 */
export class WarehouseStore {
  private readonly documents = new Map<string, WarehouseDocument>();
  private readonly byContent = new Map<string, string>();
  private readonly world: World;
  private readonly signing: SigningService;

  constructor(world: World, signing: SigningService) {
    this.world = world;
    this.signing = signing;
  }

  /** Stores a verified document; the same document sent again is a replay of the stored one. */
  async store(body: WarehouseDocumentBody, client: string, now: number): Promise<{ document: WarehouseDocument; replay: boolean } | Refusal> {
    if (!this.world.citizen(body.SoDinhDanh)) return new Refusal(422, `Failed to store the document: no citizen with personal ID ${body.SoDinhDanh} in the NPD`, 'SoDinhDanh');
    const bytes = documentBytes(body.content, body.contentEncoding);
    if (bytes instanceof Refusal) return bytes;
    const verdict = await this.signing.verify(bytes, body.signature, body.certificate);
    if (verdict instanceof Refusal) return verdict;
    if (!verdict.valid) return new Refusal(422, `Failed to store the document: its signature does not verify: ${verdict.reason}`, 'signature');
    if (verdict.signerKind !== 'agency') return new Refusal(422, 'Failed to store the document: it must be signed with an agency certificate, not a citizen’s', 'certificate');
    if (verdict.signerName?.normalize('NFC') !== body.issuer.normalize('NFC')) {
      return new Refusal(422, `Failed to store the document: it is signed by ${JSON.stringify(verdict.signerName)}, not by its issuer ${JSON.stringify(body.issuer)}`, 'issuer');
    }
    const key = fingerprint([body.SoDinhDanh, body.type, body.issuer, body.content, body.contentEncoding, body.MaHoSo ?? null]);
    const earlier = this.documents.get(this.byContent.get(key) ?? '');
    if (earlier) return { document: earlier, replay: true };
    const document: WarehouseDocument = {
      id: `doc-${String(this.documents.size + 1).padStart(6, '0')}`,
      SoDinhDanh: body.SoDinhDanh,
      type: body.type,
      title: body.title,
      MaHoSo: body.MaHoSo ?? null,
      MaTTHC: body.MaTTHC ?? null,
      issuer: body.issuer,
      issuedOn: body.issuedOn,
      content: body.content,
      contentEncoding: body.contentEncoding,
      signature: body.signature,
      certificate: body.certificate,
      signerName: verdict.signerName,
      storedAt: new Date(now).toISOString(),
      storedBy: client,
    };
    this.documents.set(document.id, document);
    this.byContent.set(key, document.id);
    return { document, replay: false };
  }

  get(id: string): WarehouseDocument | undefined {
    return this.documents.get(id);
  }

  list(filter: { SoDinhDanh?: string; MaHoSo?: string; type?: string }): WarehouseDocument[] {
    return [...this.documents.values()].filter(
      (d) => (filter.SoDinhDanh === undefined || d.SoDinhDanh === filter.SoDinhDanh) && (filter.MaHoSo === undefined || d.MaHoSo === filter.MaHoSo) && (filter.type === undefined || d.type === filter.type),
    );
  }

  /** The IDs of the documents stored for a dossier (its results, R-PORT-17). */
  idsFor(maHoSo: string): string[] {
    return this.list({ MaHoSo: maHoSo }).map((d) => d.id);
  }
}
