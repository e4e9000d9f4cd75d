import type { Citizen } from '../../src/contract/citizen.js';
import type { WalletDocument, WalletDocumentType } from '../../src/mock/world.js';
import type { MedicalCertificate } from './contract.js';

/** The system ID civil status writes in the world's events. */
export const CIVIL_STATUS_SYSTEM = 'civil-status';
const CIVIL_REGISTRY = 'Bộ Tư pháp — Hệ thống đăng ký, quản lý hộ tịch điện tử';
const JUDICIAL_RECORDS = 'Trung tâm Lý lịch tư pháp quốc gia';

function document(type: WalletDocumentType, number: string, holder: Citizen, issuer: string, issuedOn: string, fields: Record<string, string>): WalletDocument {
  return { id: `${CIVIL_STATUS_SYSTEM}:${number}`, type, holderId: holder.personalId, issuer, issuedOn, validUntil: null, status: 'valid', fields };
}

/** The fields that name a person on every civil-status paper. */
function identity(person: Citizen): Record<string, string> {
  return { HoVaTen: person.fullName, SoDinhDanh: person.personalId, NgaySinh: person.dateOfBirth, GioiTinh: person.sex === 'male' ? 'Nam' : 'Nữ' };
}

function certificateText(certificate: MedicalCertificate): string {
  return certificate.kind === 'electronic' ? `Điện tử số ${certificate.so}, ${certificate.coSoYTe}` : `Bản giấy/bản chụp: ${certificate.tepDinhKem}`;
}

/** The electronic birth certificate (giấy khai sinh điện tử, R-LT-4) of a newborn just registered. */
export function birthCertificate(number: string, child: Citizen, parents: { mother: Citizen; father: Citizen | undefined }, declarant: Citizen, birth: { place: string; certificate: MedicalCertificate }, on: string): WalletDocument {
  return document('birth-certificate', number, child, CIVIL_REGISTRY, on, {
    SoDangKy: number,
    NgayDangKy: on,
    ...identity(child),
    NoiSinh: birth.place,
    NoiDangKyKhaiSinh: child.birthRegistrationProvince,
    DanToc: child.ethnicity,
    QuocTich: 'Việt Nam',
    HoTenMe: parents.mother.fullName,
    SoDinhDanhMe: parents.mother.personalId,
    HoTenCha: parents.father?.fullName ?? '',
    SoDinhDanhCha: parents.father?.personalId ?? '',
    NguoiKhai: declarant.fullName,
    SoDinhDanhNguoiKhai: declarant.personalId,
    GiayChungSinh: certificateText(birth.certificate),
  });
}

/** The electronic death extract (trích lục khai tử điện tử, R-LT-4) of a death just registered. */
export function deathExtract(number: string, deceased: Citizen, declarant: Citizen, death: { place: string; cause: string | undefined; certificate: MedicalCertificate }, on: string): WalletDocument {
  return document('death-extract', number, deceased, CIVIL_REGISTRY, on, {
    SoDangKy: number,
    NgayDangKy: on,
    ...identity(deceased),
    NgayMat: deceased.dateOfDeath ?? '',
    NoiMat: death.place,
    NguyenNhan: death.cause ?? '',
    NguoiKhai: declarant.fullName,
    SoDinhDanhNguoiKhai: declarant.personalId,
    GiayBaoTu: certificateText(death.certificate),
  });
}

/**
 * A criminal record certificate (phiếu lý lịch tư pháp, R-LOOK-9). Every synthetic citizen has a clean record. It has no
 * legal expiry (`validUntil` null); the procedure that accepts it decides how recent it must be.
 */
export function criminalRecordCertificate(number: string, holder: Citizen, kind: '1' | '2', purpose: string, on: string): WalletDocument {
  return document('criminal-record-certificate', number, holder, JUDICIAL_RECORDS, on, {
    SoPhieu: number,
    LoaiPhieu: `Phiếu lý lịch tư pháp số ${kind}`,
    ...identity(holder),
    NoiSinh: holder.birthRegistrationProvince,
    QuocTich: 'Việt Nam',
    NoiCuTru: [holder.permanentAddress.detail, holder.permanentAddress.ward, holder.permanentAddress.province].filter((part) => part !== '').join(', '),
    AnTich: 'Không có án tích',
    MucDich: purpose,
  });
}
