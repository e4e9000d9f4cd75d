import type { Address, Citizen } from '../../src/contract/citizen.js';
import type { WalletDocument, World } from '../../src/mock/world.js';
import type { Resident } from './contract.js';

/** The system ID the residence database writes in the world's events. */
export const RESIDENCE_SYSTEM = 'residence';
const ISSUER = 'Bộ Công an — Cơ sở dữ liệu về cư trú';
const STATUS_TEXT = { registered: 'Đã đăng ký thường trú', 'not-registered': 'Chưa đăng ký thường trú', removed: 'Đã xóa đăng ký thường trú' } as const;

type DiaChi = NonNullable<Resident['ThuongTru']>;

function diaChi(address: Address): DiaChi {
  return { ChiTiet: address.detail, MaPhuongXa: address.wardCode, TenPhuongXa: address.ward, MaTinhThanh: address.provinceCode, TenTinhThanh: address.province };
}

function addressText(address: Address): string {
  return [address.detail, address.ward, address.province].filter((part) => part !== '').join(', ');
}

function member(citizen: Citizen, relationship: string): Resident['members'][number] {
  return { SoDinhDanh: citizen.personalId, HoVaTen: citizen.fullName, QuanHe: relationship };
}

/** The same day a year later (28 February for 29 February). */
function oneYearAfter(iso: string): string {
  const monthDay = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${Number(iso.slice(0, 4)) + 1}-${monthDay}`;
}

/** Everything the residence database holds about a citizen, as a procedure system reads it instead of asking for papers (R-LOOK-1). */
export function residentView(world: World, citizen: Citizen): Resident {
  const status = world.residenceStatus(citizen.personalId) ?? 'not-registered';
  const registered = status === 'registered';
  const head = registered ? world.citizen(citizen.headOfHouseholdId) : undefined;
  const temporary = world.temporaryResidence(citizen.personalId);
  const today = world.today();
  const current = temporary !== undefined && (temporary.from ?? today) <= today && today <= (temporary.until ?? today);
  const removal = world.events({ personalId: citizen.personalId, kind: 'residence.removed' }).at(-1);
  return {
    SoDinhDanh: citizen.personalId,
    HoVaTen: citizen.fullName,
    status,
    ThuongTru: registered ? diaChi(citizen.permanentAddress) : null,
    SoHoGiaDinh: registered ? citizen.householdId : null,
    ChuHo: head ? member(head, citizen.relationshipToHead) : null,
    members: registered ? world.householdMembers(citizen.householdId, citizen.headOfHouseholdId).map((m) => member(m, m.relationshipToHead)) : [],
    temporaryResidence: temporary ? { address: diaChi(temporary.address), from: temporary.from, until: temporary.until, current } : null,
    NoiOHienTai: current ? diaChi(temporary.address) : registered ? diaChi(citizen.permanentAddress) : null,
    // The seeded population's dead had their residence removed before the harness began.
    removal: status === 'removed' ? { at: removal?.at ?? null, reason: (removal?.data.reason as string | undefined) ?? 'death' } : null,
    dateOfDeath: citizen.dateOfDeath,
  };
}

/**
 * A residence confirmation (xác nhận thông tin về cư trú, form CT07): the facts of `residentView` as one document,
 * valid for a year unless the residence changes first (Circular 55/2021/TT-BCA Art. 17, as amended by Circular 66/2023/TT-BCA).
 */
export function confirmationDocument(world: World, citizen: Citizen, number: string, purpose: string | undefined): WalletDocument {
  const view = residentView(world, citizen);
  const temporary = world.temporaryResidence(citizen.personalId);
  const issuedOn = world.today();
  return {
    id: `${RESIDENCE_SYSTEM}:${number}`,
    type: 'residence-confirmation',
    holderId: citizen.personalId,
    issuer: ISSUER,
    issuedOn,
    validUntil: oneYearAfter(issuedOn),
    status: 'valid',
    fields: {
      SoXacNhan: number,
      HoVaTen: citizen.fullName,
      SoDinhDanh: citizen.personalId,
      NgaySinh: citizen.dateOfBirth,
      GioiTinh: citizen.sex === 'male' ? 'Nam' : 'Nữ',
      TrangThaiThuongTru: STATUS_TEXT[view.status],
      ThuongTru: view.ThuongTru ? addressText(citizen.permanentAddress) : '',
      SoHoGiaDinh: view.SoHoGiaDinh ?? '',
      ChuHo: view.ChuHo?.HoVaTen ?? '',
      QuanHeVoiChuHo: view.ChuHo?.QuanHe ?? '',
      TamTru: temporary ? `${addressText(temporary.address)}${temporary.until ? ` (đến ngày ${temporary.until})` : ''}` : '',
      MucDich: purpose ?? '',
    },
  };
}
