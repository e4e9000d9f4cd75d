/**
 * Fixed links between legacy tax codes and personal IDs, the same for every seed: the conflicts real data has
 * (R-MATCH-7), on persona IDs. Their codes have valid check digits and start with a province-style prefix (01, 38, 49),
 * outside the generator's 8xxxxxxxxC range, so no generated citizen holds them.
 */
export const LEGACY_CODE_FIXTURES = [
  { code: '0100999000', personalId: '001085999001', case: 'clean: the ordinary adult, Nguyễn Văn An, one code' },
  { code: '0100999071', personalId: '001076999007', case: 'two codes, one ID: Đỗ Mạnh Hùng, first code' },
  { code: '0101999074', personalId: '001076999007', case: 'two codes, one ID: Đỗ Mạnh Hùng, second code' },
  { code: '4900999014', personalId: '049183999010', case: 'one code, two IDs: Trương Thị Mai' },
  { code: '4900999014', personalId: '046179999011', case: 'one code, two IDs: Ưng Thị Ngọc Ỷ' },
  { code: '3800999033', personalId: '038050999003', case: 'deceased taxpayer: Lê Văn Bình, died 2024-11-02' },
] as const;

/** A legacy code with a valid check digit that links to nobody. */
export const UNKNOWN_LEGACY_CODE = '0100999096';
