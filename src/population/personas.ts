import type { Citizen } from '../contract/citizen.js';
import { generatePopulation } from '../generator/population.js';
import { centurySexDigit } from '../identity/personal-id.js';

/** How a persona behaves in the simulated systems. */
export const personaKinds = [
  'ordinary-adult',
  'child-under-6',
  'deceased',
  'unknown-id',
  'revoked-id',
  'duplicate-records',
  'legacy-id-only',
  'vneid-level-1',
  'vneid-level-2',
  'moved-after-2025',
  'rare-diacritics',
] as const;
export type PersonaKind = (typeof personaKinds)[number];

/** A well-known test identity: the same ID and behaviour whatever the seed, so test cases can name it. */
export interface Persona {
  readonly kind: PersonaKind;
  readonly personalId: string;
  readonly legacyId: string | null;
  readonly fullName: string;
  /** What a tester should expect from the simulated NPD for this ID. */
  readonly expect: string;
  /** The record the NPD holds, or null for an ID it does not know. */
  readonly citizen: Citizen | null;
}

interface Spec {
  readonly kind: PersonaKind;
  readonly place: string;
  readonly sex: Citizen['sex'];
  readonly born: string;
  readonly serial: string;
  readonly name: readonly [string, string, string];
  readonly legacyId?: string;
  readonly expect: string;
  readonly patch?: Partial<Citizen>;
}

const SPECS: readonly Spec[] = [
  { kind: 'ordinary-adult', place: '01', sex: 'male', born: '1985-04-12', serial: '999001', name: ['Nguyễn', 'Văn', 'An'], legacyId: '012999001', expect: 'found; every field present; VNeID level 2' },
  { kind: 'child-under-6', place: '01', sex: 'female', born: '2022-03-15', serial: '999002', name: ['Trần', 'Ngọc Bảo', 'Anh'], expect: 'found; born 2022, health-insurance group TE; no phone, no old ID, no tax code' },
  { kind: 'deceased', place: '38', sex: 'male', born: '1950-08-20', serial: '999003', name: ['Lê', 'Văn', 'Bình'], legacyId: '172999003', expect: 'found with NgayMat 20241102; verify says ConSong false', patch: { dateOfDeath: '2024-11-02', maritalStatus: 'widowed' } },
  { kind: 'unknown-id', place: '01', sex: 'female', born: '1990-01-01', serial: '999004', name: ['Phạm', 'Thị', 'Không'], expect: 'well-formed but unknown: 404, error_code 4' },
  { kind: 'revoked-id', place: '79', sex: 'female', born: '1988-06-30', serial: '999005', name: ['Võ', 'Thị', 'Hằng'], expect: 'revoked (locked after a correction): 410, error_code 10' },
  { kind: 'duplicate-records', place: '40', sex: 'male', born: '1992-09-09', serial: '999006', name: ['Hồ', 'Sỹ', 'Dũng'], legacyId: '182999006', expect: 'two records hold this ID: 409, error_code 11, until the NPD resolves them' },
  { kind: 'legacy-id-only', place: '01', sex: 'male', born: '1976-12-01', serial: '999007', name: ['Đỗ', 'Mạnh', 'Hùng'], legacyId: '012999007', expect: 'the old ID 012999007 resolves to this personal ID (sector data often holds only the old one)' },
  { kind: 'vneid-level-1', place: '48', sex: 'female', born: '1995-02-14', serial: '999008', name: ['Huỳnh', 'Thị Thu', 'Trang'], expect: 'found; a level-1 VNeID account only (refused where level 2 is required)', patch: { vneidLevel: 1 } },
  { kind: 'vneid-level-2', place: '48', sex: 'male', born: '1996-07-07', serial: '999009', name: ['Phan', 'Đức', 'Thắng'], expect: 'found; a level-2 VNeID account', patch: { vneidLevel: 2 } },
  { kind: 'moved-after-2025', place: '49', sex: 'female', born: '1983-10-10', serial: '999010', name: ['Trương', 'Thị', 'Mai'], legacyId: '205999010', expect: 'born in the old Quảng Nam (049…), living since 2025 in Hồ Chí Minh City: old and current units differ' },
  { kind: 'rare-diacritics', place: '46', sex: 'female', born: '1979-05-05', serial: '999011', name: ['Ưng', 'Thị Ngọc', 'Ỷ'], expect: 'found; name with rare letters (Ư, Ỷ): the exact NFC form must round-trip' },
];

function place(code: string): { name: string; address: Citizen['permanentAddress']; before: Citizen['permanentAddressBefore2025'] } {
  switch (code) {
    case '79':
    case '49':
      return {
        name: code === '49' ? 'Tỉnh Quảng Nam' : 'Thành phố Hồ Chí Minh',
        address: { detail: 'Số 12 đường Lê Lợi', wardCode: '26743', ward: 'Phường Bến Thành', provinceCode: '79', province: 'Thành phố Hồ Chí Minh' },
        before: { detail: 'Số 12 đường Lê Lợi', wardCode: '26743', ward: 'Phường Bến Thành', district: 'Quận 1', provinceCode: '79', province: 'Thành phố Hồ Chí Minh' },
      };
    default:
      return {
        name: { '01': 'Thành phố Hà Nội', '38': 'Tỉnh Thanh Hóa', '40': 'Tỉnh Nghệ An', '46': 'Thành phố Huế', '48': 'Thành phố Đà Nẵng' }[code] ?? 'Thành phố Hà Nội',
        address: { detail: 'Số 1 phố Tràng Tiền', wardCode: '00082', ward: 'Phường Cửa Nam', provinceCode: '01', province: 'Thành phố Hà Nội' },
        before: { detail: 'Số 1 phố Tràng Tiền', wardCode: '00079', ward: 'Phường Tràng Tiền', district: 'Quận Hoàn Kiếm', provinceCode: '01', province: 'Thành phố Hà Nội' },
      };
  }
}

let built: readonly Persona[] | undefined;

/** The persona catalogue: built once from a fixed seed (0), so it is the same for every harness seed. */
export function personas(): readonly Persona[] {
  if (built) return built;
  const base = generatePopulation({ seed: 0, count: 1 }).next().value as Citizen;
  built = SPECS.map((spec, i): Persona => {
    const year = Number(spec.born.slice(0, 4));
    const personalId = `0${spec.place}${centurySexDigit(year, spec.sex)}${String(year % 100).padStart(2, '0')}${spec.serial}`;
    const [surname, middleName, givenName] = spec.name;
    const fullName = `${surname} ${middleName} ${givenName}`;
    const where = place(spec.place);
    const adult = year <= 2007;
    const citizen: Citizen = {
      ...base,
      personalId,
      legacyId: spec.legacyId ?? null,
      fullName,
      surname,
      middleName,
      givenName,
      sex: spec.sex,
      dateOfBirth: spec.born,
      birthRegistrationProvinceCode: spec.place,
      birthRegistrationProvince: where.name,
      hometown: `${where.before.ward}, ${where.before.district}, ${where.before.province}`,
      ethnicityCode: '01',
      ethnicity: 'Kinh',
      religionCode: '00',
      religion: 'Không',
      maritalStatus: adult ? 'married' : 'single',
      permanentAddress: where.address,
      permanentAddressBefore2025: spec.kind === 'moved-after-2025' ? { detail: 'Thôn 3', wardCode: '20524', ward: 'Xã Đại Hiệp', district: 'Huyện Đại Lộc', provinceCode: '49', province: 'Tỉnh Quảng Nam' } : where.before,
      temporaryAddress: null,
      householdId: `99999990${String(i + 1).padStart(2, '0')}`,
      relationshipToHead: 'Chủ hộ',
      headOfHouseholdId: personalId,
      fatherId: null,
      motherId: null,
      spouseId: null,
      socialInsuranceCode: `99999990${String(i + 1).padStart(2, '0')}`,
      healthInsuranceCard: `${adult ? 'GD4' : 'TE1'}${where.address.provinceCode}99999990${String(i + 1).padStart(2, '0')}`,
      taxCode: adult ? personalId : null,
      legacyTaxCode: null,
      phone: adult ? `09889990${String(i + 1).padStart(2, '0')}` : null,
      vneidLevel: adult ? 2 : 0,
      dateOfDeath: null,
      ...spec.patch,
    };
    return { kind: spec.kind, personalId, legacyId: spec.legacyId ?? null, fullName, expect: spec.expect, citizen: spec.kind === 'unknown-id' ? null : citizen };
  });
  return built;
}

/** The persona with this personal ID or old ID, if any. */
export function findPersona(id: string): Persona | undefined {
  return personas().find((p) => p.personalId === id || p.legacyId === id);
}
