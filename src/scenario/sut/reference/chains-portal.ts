import { sign } from 'node:crypto';
import { refusalMessage } from './chains-common.js';
import type { ReferenceCore } from './core.js';

/**
 * How the reference system reports the steps of an interconnected chain to the national portal (R-LT-1): one dossier
 * per procedure, received when the citizen declares, then processed, finished and returned with its result; each
 * result stored in the citizen data warehouse, signed by the agency that issued it (R-LT-4).
 */

/** A procedure of the national catalogue. */
export interface Procedure {
  readonly MaTTHC: string;
  readonly TenTTHC: string;
}

/**
 * The six procedures of the two chains. The codes are those of the portal mock's catalogue, except the removal of a
 * permanent residence, which it does not hold: `1.004228` is vn06's own, not checked against the national catalogue.
 */
export const PROCEDURES = {
  birth: { MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh' },
  permanentResidence: { MaTTHC: '1.004222', TenTTHC: 'Đăng ký thường trú' },
  childCard: { MaTTHC: '1.011996', TenTTHC: 'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi' },
  death: { MaTTHC: '1.000656', TenTTHC: 'Đăng ký khai tử' },
  residenceRemoval: { MaTTHC: '1.004228', TenTTHC: 'Xóa đăng ký thường trú' },
  funeralAllowance: { MaTTHC: '1.001731', TenTTHC: 'Trợ cấp mai táng' },
} as const satisfies Record<string, Procedure>;

/** The agencies that sign the chain's results (the warehouse checks the signer is the issuer). */
export const AGENCIES = {
  residence: 'Bộ Công an — Cơ sở dữ liệu về cư trú',
  socialInsurance: 'Bảo hiểm xã hội Việt Nam',
} as const;

/** A paper of a dossier (`TaiLieuNop`), as the portal keeps it. */
export interface Paper {
  readonly TenTepDinhKem: string;
  readonly DuocSoHoa: '0' | '1';
  readonly DuocLayTuKhoDMQG?: '0' | '1';
  readonly MaKetQuaThayThe?: string;
}

/** A result of a dossier (`DanhSachGiayToKetQua`); `GiayToId` names the warehouse document that holds it. */
export interface Result {
  readonly TenGiayTo: string;
  readonly MaGiayToKetQua: string;
  readonly GiayToId?: string;
}

/** A document to store in the warehouse, about one citizen, issued by one agency. */
export interface WarehouseEntry {
  readonly SoDinhDanh: string;
  readonly type: string;
  readonly title: string;
  readonly issuer: string;
  readonly issuedOn: string;
  /** Signed as the UTF-8 of this text. */
  readonly content: string;
}

/** The person a chain's dossiers belong to: the declarant signed in through VNeID. */
export interface DossierOwner {
  readonly personalId: string;
  readonly fullName: string;
}

/** A dossier the chain opened on the portal, and the status it last reached there. */
export interface ChainDossier {
  readonly MaHoSo: string;
  readonly procedure: Procedure;
  status: string;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DEADLINE_DAYS = 5;
const OFFICER = 'Hệ thống liên thông';

/** `yyyyMMddHHmmss` in Vietnam time, by the system's own clock (the portal only compares the times a system sends). */
function vnTime(ms: number): string {
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Dossier serials per system instance, so codes never repeat within a session. */
const serials = new WeakMap<ReferenceCore, number>();
/** Agency certificates per system instance, issued once by the portal's test CA. */
const certificates = new WeakMap<ReferenceCore, Map<string, Promise<{ certificate: string; privateKey: string } | undefined>>>();

/** The portal side of one chain: its dossiers and its warehouse documents. */
export class PortalReporter {
  private readonly core: ReferenceCore;
  private readonly owner: DossierOwner;

  constructor(core: ReferenceCore, owner: DossierOwner) {
    this.core = core;
    this.owner = owner;
  }

  /** Submits a dossier as received (status 2); undefined when the portal did not take it (the chain goes on). */
  async open(procedure: Procedure, papers: readonly Paper[], note: string | undefined): Promise<ChainDossier | undefined> {
    const serial = (serials.get(this.core) ?? 0) + 1;
    serials.set(this.core, serial);
    const now = Date.now();
    const MaHoSo = `H26.LT-${vnTime(now).slice(2, 8)}-${String(serial).padStart(4, '0')}`;
    const reply = await this.core.gateway.call('POST', '/portal/v1/dossiers', {
      json: {
        MaHoSo,
        ...procedure,
        KenhThucHien: '2',
        ChuHoSo: this.owner.fullName,
        SoGiayToChuHoSo: this.owner.personalId,
        LoaiDoiTuong: '1',
        NgayTiepNhan: vnTime(now),
        NgayHenTra: vnTime(now + DEADLINE_DAYS * 86_400_000),
        TrangThaiHoSo: '2',
        TaiKhoanDuocXacThucVoiVNeID: '1',
        ...(note === undefined ? {} : { GhiChu: note }),
        TaiLieuNop: papers,
        DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: this.owner.personalId }],
      },
    });
    if (reply.status !== 201 && reply.status !== 200) {
      this.core.log(`portal: dossier ${procedure.MaTTHC} not submitted: ${refusalMessage(reply)}`);
      return undefined;
    }
    return { MaHoSo, procedure, status: '2' };
  }

  /**
   * Moves a dossier through statuses, in order, with what was done; the last step carries the papers and results
   * given. Stops at the first status the portal refuses (logged: the chain does not depend on the portal).
   */
  async advance(dossier: ChainDossier | undefined, statuses: readonly string[], content: string, extra: { papers?: readonly Paper[]; results?: readonly Result[] } = {}): Promise<void> {
    if (!dossier) return;
    for (const [index, status] of statuses.entries()) {
      const last = index === statuses.length - 1;
      const body = {
        TrangThai: status,
        NguoiXuLy: OFFICER,
        NoiDungXuLy: content,
        ThoiDiemXuLy: vnTime(Date.now()),
        ...(last && extra.papers ? { TaiLieuNop: extra.papers } : {}),
        ...(last && extra.results ? { DanhSachGiayToKetQua: extra.results } : {}),
      };
      const reply = await this.core.gateway.call('POST', `/portal/v1/dossiers/${encodeURIComponent(dossier.MaHoSo)}/steps`, { json: body });
      if (reply.status !== 201 && reply.status !== 200) {
        this.core.log(`portal: dossier ${dossier.MaHoSo} not moved to ${status}: ${refusalMessage(reply)}`);
        return;
      }
      dossier.status = status;
    }
  }

  /**
   * Finishes a dossier and returns its result: processing, finished, result returned (4, 9, 10). The habit
   * `leave-dossiers-open` leaves it in processing: the portal never learns the step was done.
   */
  finish(dossier: ChainDossier | undefined, content: string, results: readonly Result[], papers?: readonly Paper[]): Promise<void> {
    const statuses = this.core.has('leave-dossiers-open') ? ['4'] : ['4', '9', '10'];
    return this.advance(dossier, statuses, content, { results, ...(papers ? { papers } : {}) });
  }

  /** Stops a dossier with the reason (processing, then stopped: 4, 8; or 8 at once when it was never processed). */
  stop(dossier: ChainDossier | undefined, reason: string): Promise<void> {
    return this.advance(dossier, dossier?.status === '2' ? ['4', '8'] : ['8'], reason);
  }

  /** Stores a document in the warehouse, signed by its issuer; its warehouse ID, or undefined when it was not stored. */
  async store(entry: WarehouseEntry, dossier: ChainDossier | undefined): Promise<string | undefined> {
    const signer = await this.certificate(entry.issuer);
    if (!signer) return undefined;
    const signature = sign('sha256', Buffer.from(entry.content, 'utf8'), { key: signer.privateKey, dsaEncoding: 'der' }).toString('base64');
    const reply = await this.core.gateway.call('POST', '/portal/v1/warehouse/documents', {
      json: { ...entry, ...(dossier ? { MaHoSo: dossier.MaHoSo, MaTTHC: dossier.procedure.MaTTHC } : {}), contentEncoding: 'text', signature, certificate: signer.certificate },
    });
    if (reply.status !== 201 && reply.status !== 200) {
      this.core.log(`portal: ${entry.type} of ${entry.SoDinhDanh} not stored in the warehouse: ${refusalMessage(reply)}`);
      return undefined;
    }
    return (reply.json() as { id: string }).id;
  }

  /** The agency's signing certificate from the portal's test CA, issued once per system instance. */
  private certificate(agency: string): Promise<{ certificate: string; privateKey: string } | undefined> {
    let own = certificates.get(this.core);
    if (!own) certificates.set(this.core, (own = new Map()));
    let issued = own.get(agency);
    if (!issued) {
      issued = this.core.gateway.call('POST', '/portal/v1/signing/certificates', { json: { kind: 'agency', agency } }).then((reply) => {
        if (reply.status === 201 || reply.status === 200) return reply.json() as { certificate: string; privateKey: string };
        this.core.log(`portal: no signing certificate for ${agency}: ${refusalMessage(reply)}`);
        own.delete(agency);
        return undefined;
      });
      own.set(agency, issued);
    }
    return issued;
  }
}
