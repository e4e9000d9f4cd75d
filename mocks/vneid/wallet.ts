import type { Citizen } from '../../src/contract/citizen.js';
import type { WalletDocument, WalletDocumentType, World, WorldEvent } from '../../src/mock/world.js';
import { citizenExtras, type DrivingLicence } from '../../src/population/extras.js';
import { walletDocumentSchema, type ServedDocument } from './contract.js';

/** The event other systems emit to put a document in a citizen's wallet; `data.document` is a `WalletDocument`. */
export const WALLET_DOCUMENT_ISSUED = 'wallet.document.issued';

/** The paper's Vietnamese name, as the wallet titles it. */
export const documentTitles: Readonly<Record<WalletDocumentType, string>> = {
  'health-insurance-card': 'Thẻ bảo hiểm y tế',
  'driving-licence': 'Giấy phép lái xe',
  'criminal-record-certificate': 'Phiếu lý lịch tư pháp',
  'e-health-book': 'Sổ sức khỏe điện tử',
  'birth-certificate': 'Giấy khai sinh',
  'death-extract': 'Trích lục khai tử',
  'residence-confirmation': 'Xác nhận thông tin về cư trú',
};

/** Fixed documents of the personas, so a revoked document is there without another system (R-LOOK-8). */
const PERSONA_DOCUMENTS: readonly WalletDocument[] = [
  {
    id: 'lltp-001085999001-2024-1',
    type: 'criminal-record-certificate',
    holderId: '001085999001',
    issuer: 'Sở Tư pháp Thành phố Hà Nội',
    issuedOn: '2024-10-15',
    validUntil: null,
    status: 'revoked',
    fields: {
      certificateNumber: '1543/2024/LLTP',
      form: 'Phiếu lý lịch tư pháp số 1',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1985-04-12',
      criminalRecord: 'Không có án tích',
      revokedOn: '2024-11-04',
      revocationReason: 'Thu hồi do cấp sai thông tin nơi cư trú',
    },
  },
];

/** dd/MM/yyyy, as the social-insurance API writes dates (research notes §4.2). */
const ddmmyyyy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The day before the sixth birthday: a child's (group TE) card is valid until the child is 72 months old. */
function dayBeforeSixthBirthday(dateOfBirth: string): string {
  const sixth = Date.UTC(Number(dateOfBirth.slice(0, 4)) + 6, Number(dateOfBirth.slice(5, 7)) - 1, Number(dateOfBirth.slice(8, 10)));
  return new Date(sixth - 86_400_000).toISOString().slice(0, 10);
}

/** The health-insurance card on the citizen record: a child's until 6, an adult's for the calendar year of `asOf`. */
function healthInsuranceCard(citizen: Citizen, card: string, asOf: string): WalletDocument {
  const child = card.startsWith('TE');
  const year = asOf.slice(0, 4);
  const issuedOn = child || citizen.dateOfBirth.startsWith(year) ? citizen.dateOfBirth : `${year}-01-01`;
  const validUntil = child ? dayBeforeSixthBirthday(citizen.dateOfBirth) : `${year}-12-31`;
  return {
    id: `bhyt-${citizen.personalId}`,
    type: 'health-insurance-card',
    holderId: citizen.personalId,
    issuer: 'Bảo hiểm xã hội Việt Nam',
    issuedOn,
    validUntil,
    status: 'valid',
    fields: {
      maThe: card,
      maSoBHXH: citizen.socialInsuranceCode ?? card.slice(5),
      hoTen: citizen.fullName,
      ngaySinh: ddmmyyyy(citizen.dateOfBirth),
      tuNgayDt: ddmmyyyy(issuedOn),
      denNgayDt: ddmmyyyy(validUntil),
    },
  };
}

/** Licences issued before 1 March 2025 come from the provincial transport department, later ones from the traffic police. */
function licenceIssuer(citizen: Citizen, licence: DrivingLicence): string {
  const province = citizen.permanentAddress.province.replace(/^(Thành phố|Tỉnh) /, '');
  return licence.issuedOn < '2025-03-01' ? `Sở Giao thông vận tải ${province}` : `Phòng Cảnh sát giao thông Công an ${province}`;
}

function drivingLicence(citizen: Citizen, licence: DrivingLicence): WalletDocument {
  return {
    id: `gplx-${citizen.personalId}`,
    type: 'driving-licence',
    holderId: citizen.personalId,
    issuer: licenceIssuer(citizen, licence),
    issuedOn: licence.issuedOn,
    validUntil: licence.expiresOn,
    status: 'valid',
    fields: { number: licence.number, licenceClass: licence.licenceClass, fullName: citizen.fullName, dateOfBirth: citizen.dateOfBirth },
  };
}

/** The status a reader sees on a date: revoked by the issuer, expired after `validUntil`, else valid. */
export function serveDocument(document: WalletDocument, today: string): ServedDocument {
  const status = document.status === 'revoked' ? 'revoked' : document.validUntil !== null && document.validUntil < today ? 'expired' : 'valid';
  return { ...document, fields: { ...document.fields }, title: documentTitles[document.type], status, asOf: today };
}

/**
 * The document wallets of every citizen: the papers derived from the citizen record (health-insurance card, driving
 * licence), the personas' fixed documents, and those other systems issue with `wallet.document.issued` events; an
 * event's document replaces any earlier one with the same `id`. Events whose document does not match the shape are ignored.
 */
export class Wallet {
  private readonly world: World;
  private readonly seed: number;
  /** The date the harness state was made: the driving licences of the generated citizens are drawn as of it. */
  /** Today's date in Vietnam: cards and licences are derived as of the day they are read. */
  private readonly asOf: () => string;
  private readonly issued = new Map<string, WalletDocument>();
  private readonly issuedByHolder = new Map<string, Set<string>>();

  constructor(world: World, seed: number, asOf: () => string) {
    this.world = world;
    this.seed = seed;
    this.asOf = asOf;
    for (const event of world.events({ kind: WALLET_DOCUMENT_ISSUED })) this.receive(event);
    world.on(WALLET_DOCUMENT_ISSUED, (event) => this.receive(event));
  }

  /** A holder's documents, those from the record and the fixed ones first, each replaced by a later issue of the same ID. */
  documentsOf(holderId: string): WalletDocument[] {
    const own = [...this.fromRecord(holderId), ...PERSONA_DOCUMENTS.filter((d) => d.holderId === holderId)].filter((d) => !this.issued.has(d.id));
    const issued = [...(this.issuedByHolder.get(holderId) ?? [])].map((id) => this.issued.get(id)!);
    return [...own, ...issued];
  }

  /** The document with this ID, whoever holds it. */
  document(id: string): WalletDocument | undefined {
    const issued = this.issued.get(id);
    if (issued) return issued;
    const fixed = PERSONA_DOCUMENTS.find((d) => d.id === id);
    if (fixed) return fixed;
    const derived = /^(?:bhyt|gplx)-(\d{12})$/.exec(id);
    return derived ? this.fromRecord(derived[1]!).find((d) => d.id === id) : undefined;
  }

  /** How many documents of each type other systems issued, and to how many holders (R-PORT-15's coverage). */
  coverage(): Record<string, { documents: number; holders: number }> {
    const byType: Record<string, { documents: number; holders: Set<string> }> = {};
    for (const document of this.issued.values()) {
      const entry = (byType[document.type] ??= { documents: 0, holders: new Set() });
      entry.documents++;
      entry.holders.add(document.holderId);
    }
    return Object.fromEntries(Object.entries(byType).map(([type, e]) => [type, { documents: e.documents, holders: e.holders.size }]));
  }

  private fromRecord(holderId: string): WalletDocument[] {
    const citizen = this.world.citizen(holderId);
    if (!citizen) return [];
    const licence = citizenExtras(this.seed, citizen, this.asOf()).drivingLicence;
    return [
      ...(citizen.healthInsuranceCard ? [healthInsuranceCard(citizen, citizen.healthInsuranceCard, this.asOf())] : []),
      ...(licence ? [drivingLicence(citizen, licence)] : []),
    ];
  }

  private receive(event: WorldEvent): void {
    const parsed = walletDocumentSchema.safeParse(event.data.document);
    if (!parsed.success) return;
    const document = parsed.data;
    const previous = this.issued.get(document.id);
    if (previous) this.issuedByHolder.get(previous.holderId)?.delete(document.id);
    this.issued.set(document.id, document);
    const ids = this.issuedByHolder.get(document.holderId) ?? new Set<string>();
    ids.add(document.id);
    this.issuedByHolder.set(document.holderId, ids);
  }
}
