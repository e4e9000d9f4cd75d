import type { Address, Citizen } from '../../src/contract/citizen.js';
import type { CongDan } from './contract.js';

const SEX = { male: '1', female: '2' } as const;

/** The NPD's sex code of a citizen: "1" nam, "2" nữ (vn06's coding). */
export function sexCode(sex: Citizen['sex']): '1' | '2' {
  return SEX[sex];
}
const MARITAL = { single: '1', married: '2', divorced: '3', widowed: '4' } as const;

function compactDate(iso: string): string {
  return iso.replaceAll('-', '');
}

function diaChi(address: Address): CongDan['ThuongTru'] {
  return {
    MaTinhThanh: address.provinceCode,
    TenTinhThanh: address.province,
    MaQuanHuyen: '',
    TenQuanHuyen: '',
    MaPhuongXa: address.wardCode,
    TenPhuongXa: address.ward,
    ChiTiet: address.detail,
    QuocGia: 'VN',
  };
}

function placeOnly(provinceCode: string, province: string, detail = ''): CongDan['ThuongTru'] {
  return { MaTinhThanh: provinceCode, TenTinhThanh: province, MaQuanHuyen: '', TenQuanHuyen: '', MaPhuongXa: '', TenPhuongXa: '', ChiTiet: detail, QuocGia: 'VN' };
}

function relative(members: readonly Citizen[], id: string | null, elsewhere?: (id: string) => Citizen | undefined): CongDan['Cha'] {
  const person = id === null ? undefined : (members.find((m) => m.personalId === id) ?? elsewhere?.(id));
  return person ? { HoVaTen: person.fullName, QuocTich: 'VN', SoDinhDanh: person.personalId, SoCMND: person.legacyId } : null;
}

/**
 * The full `CongDan` record of a citizen, built from the citizen and their household; parents and spouse living in
 * another household are found through `elsewhere` when given (the world, for citizens another system changed).
 */
export function toCongDan(citizen: Citizen, members: readonly Citizen[], elsewhere?: (id: string) => Citizen | undefined): CongDan {
  const head = members.find((m) => m.personalId === citizen.headOfHouseholdId);
  return {
    SoDinhDanh: citizen.personalId,
    SoCMND: citizen.legacyId,
    MaSoThue: citizen.taxCode,
    HoVaTen: { Ho: citizen.surname, ChuDem: citizen.middleName, Ten: citizen.givenName },
    GioiTinh: SEX[citizen.sex],
    DanToc: citizen.ethnicityCode,
    TonGiao: citizen.religionCode,
    TinhTrangHonNhan: MARITAL[citizen.maritalStatus],
    NgayThangNamSinh: { Nam: citizen.dateOfBirth.slice(0, 4), NgayThangNam: compactDate(citizen.dateOfBirth) },
    NoiDangKyKhaiSinh: placeOnly(citizen.birthRegistrationProvinceCode, citizen.birthRegistrationProvince),
    QueQuan: placeOnly('', '', citizen.hometown),
    ThuongTru: diaChi(citizen.permanentAddress),
    NoiOHienTai: diaChi(citizen.temporaryAddress ?? citizen.permanentAddress),
    QuocTich: citizen.nationality,
    Cha: relative(members, citizen.fatherId, elsewhere),
    Me: relative(members, citizen.motherId, elsewhere),
    VoChong: relative(members, citizen.spouseId, elsewhere),
    ChuHo: head ? { QuanHe: citizen.relationshipToHead, SoDinhDanh: head.personalId, SoCMND: head.legacyId, HoVaTen: head.fullName } : undefined,
    SoHoGiaDinh: citizen.householdId,
    NgayMat: citizen.dateOfDeath === null ? null : compactDate(citizen.dateOfDeath),
  };
}

const BASIC: readonly (keyof CongDan)[] = ['SoDinhDanh', 'HoVaTen', 'GioiTinh', 'NgayThangNamSinh', 'ThuongTru', 'NoiOHienTai', 'QuocTich', 'NgayMat'];

/** Keeps the fields a client may see and asked for: the basic set always, optional fields when its scope allows. */
export function selectFields(record: CongDan, fullAccess: boolean, requested: readonly string[] | undefined): Partial<CongDan> {
  const out: Record<string, unknown> = {};
  for (const key of BASIC) out[key] = record[key];
  if (!fullAccess) return out as Partial<CongDan>;
  for (const [key, value] of Object.entries(record)) {
    if (BASIC.includes(key as keyof CongDan)) continue;
    if (requested === undefined || requested.includes(key)) out[key] = value;
  }
  return out as Partial<CongDan>;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function toXml(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (typeof value === 'object') return `<${name}>${Object.entries(value).map(([k, v]) => toXml(k, v)).join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The record as the gateway's SOAP envelope string: Envelope > Body > CongdanCollection > CongDan. */
export function toSoapXml(record: Partial<CongDan>): string {
  return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><CongdanCollection>${toXml('CongDan', record)}</CongdanCollection></soap:Body></soap:Envelope>`;
}
