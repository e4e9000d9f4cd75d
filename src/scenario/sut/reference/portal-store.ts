import type { ReferenceCore } from './core.js';
import type { Procedure } from './portal-catalogue.js';
import type { Receiver } from './portal-receiver.js';

/** The portal status codes, 1 Mới đăng ký … 10 Đã trả kết quả. */
export type StatusCode = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '10';

/** A paper of a dossier as the portal synchronisation writes it (`TaiLieuNop`). */
export interface Paper {
  readonly TenTepDinhKem: string;
  readonly DuocSoHoa: '0' | '1';
  readonly DuocLayTuKhoDMQG?: '0' | '1';
  readonly MaKetQuaThayThe?: string;
}

/** A fee payment order the system created for a dossier. */
export interface FeeOrder {
  readonly orderId: string;
  readonly amount: number;
  readonly channel: 'online' | 'counter';
  readonly paymentUrl: string;
}

/** A dossier as the system keeps it. */
export interface DossierRecord {
  readonly code: string;
  readonly procedure: Procedure;
  readonly applicantId: string;
  readonly applicantName: string;
  readonly channel: 'online' | 'counter';
  readonly receivedAt: number;
  status: StatusCode;
  deadline: number;
  /** The time processing ended (9, or a refusal), null while open. */
  finishedAt: number | null;
  papers: Paper[];
  /** What the citizen asked for: the address and term of a residence registration, the purpose of a confirmation. */
  readonly details: { readonly address?: { ChiTiet: string; MaPhuongXa: string; MaTinhThanh: string }; readonly from?: string; readonly until?: string; readonly purpose?: string };
  order?: FeeOrder;
}

/** A document of the system's own personal data warehouse (BTTTT 15): a result it issued, signed by the agency. */
export interface OwnDocument {
  readonly id: string;
  readonly SoDinhDanh: string;
  readonly type: string;
  readonly title: string;
  readonly MaHoSo: string | null;
  readonly issuer: string;
  readonly issuedOn: string;
  readonly content: string;
  readonly signature: string;
  readonly certificate: string;
  /** The copy in the portal warehouse, null when it was not stored there. */
  readonly portalDocumentId: string | null;
}

/** An agency's signing certificate and key, from the portal's test CA. */
export interface AgencyKey {
  readonly certificate: string;
  readonly privateKey: string;
}

/** Everything the portal area of one reference system keeps between stimuli. */
export interface PortalStore {
  readonly dossiers: Map<string, DossierRecord>;
  readonly ownWarehouse: OwnDocument[];
  readonly agencyKeys: Map<string, Promise<AgencyKey>>;
  /** The health books read once, kept by the habit `cache-health-book`. */
  readonly healthBooks: Map<string, Record<string, string>>;
  serial: number;
  published?: Promise<void>;
  receiver?: Promise<Receiver>;
}

const stores = new WeakMap<ReferenceCore, PortalStore>();

/** The portal area's state of this reference system, made on first use. */
export function storeOf(core: ReferenceCore): PortalStore {
  let store = stores.get(core);
  if (!store) {
    store = { dossiers: new Map(), ownWarehouse: [], agencyKeys: new Map(), healthBooks: new Map(), serial: 0 };
    stores.set(core, store);
  }
  return store;
}
