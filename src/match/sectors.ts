/**
 * The sectors whose databases are matched against the NPD (CT05 B5, B11, B13, B27, B41; R-MATCH-1 to -6), what each
 * keeps about a person, and what tells two records of the same person apart.
 */
export const sectors = ['telecom', 'vaccination', 'bank', 'social-security', 'student'] as const;
export type Sector = (typeof sectors)[number];

/** The identity fields a record may carry, in the NPD's names. */
export const identityFields = ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh', 'GioiTinh', 'ThuongTru'] as const;
export type IdentityField = (typeof identityFields)[number];

/**
 * What each sector keeps about a person, and what makes two records of the same person distinct: a person may hold
 * several subscriptions or accounts and receive several doses, so only a repeat of the same person with the same
 * `key` is a duplicate; sectors without a key hold one record per person.
 */
export const sectorProfiles: Readonly<Record<Sector, { readonly key: string | null; readonly keeps: readonly IdentityField[] }>> = {
  telecom: { key: 'SoThueBao', keeps: ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh'] },
  vaccination: { key: 'MuiTiem', keeps: ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh', 'GioiTinh'] },
  bank: { key: 'SoTaiKhoan', keeps: ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh', 'GioiTinh'] },
  'social-security': { key: null, keeps: ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh', 'GioiTinh', 'ThuongTru'] },
  student: { key: null, keeps: ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh', 'GioiTinh', 'ThuongTru'] },
};

/** The sector's own fields, carried through matching unchanged. */
export const sectorOwnFields: Readonly<Record<Sector, readonly string[]>> = {
  telecom: ['SoThueBao'],
  vaccination: ['MuiTiem', 'NgayTiem', 'LoaiVacxin'],
  bank: ['SoTaiKhoan'],
  'social-security': ['MaSoBHXH'],
  student: ['MaHocSinh', 'Truong'],
};

export const matchVerdicts = ['matched', 'mismatched', 'resolved-from-legacy-id', 'not-found', 'deceased', 'duplicate', 'invalid'] as const;
export type MatchVerdict = (typeof matchVerdicts)[number];

/** How a field was tidied before matching, without changing what it says. */
export const normalisations = ['nfc', 'tcvn3', 'vni', 'whitespace', 'case', 'date-format', 'sex-code', 'id-format'] as const;
export type Normalisation = (typeof normalisations)[number];
