import type { Citizen } from '../../src/contract/citizen.js';
import type { PopulationIndex } from '../../src/population/population-index.js';
import { stripDiacritics } from '../../src/generator/corruptions.js';
import { matchBatch } from '../../src/scenario/sut/reference/matching-fixtures.js';
import type { MatchResult, SectorRecord } from '../../src/scenario/sut/stimuli/matching.js';
import { toTcvn3, toVni } from '../../src/text/legacy-encodings.js';
import { defineScenario } from '../../src/scenario/types.js';

const SEX_WORD = { male: 'Nam', female: 'Nữ' } as const;
/** A tone mark, decomposed. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Living adults of the population, in order: the people vaccinated in the scenario. */
function adults(population: PopulationIndex, wanted: number): Citizen[] {
  const found: Citizen[] = [];
  for (let i = 0; i < population.size && found.length < wanted; i++) {
    const c = population.at(i);
    if (c.dateOfDeath === null && c.dateOfBirth < '2004-01-01') found.push(c);
  }
  return found;
}

/** One dose as the registry recorded it: the person's own data unless a case overrides some of it. */
function dose(ref: string, c: Citizen, n: number, over: Partial<SectorRecord> = {}): SectorRecord {
  return {
    ref,
    SoDinhDanh: c.personalId,
    HoVaTen: c.fullName,
    NgayThangNamSinh: c.dateOfBirth,
    GioiTinh: SEX_WORD[c.sex],
    MuiTiem: n,
    NgayTiem: n === 1 ? '2021-08-16' : '2021-11-02',
    LoaiVacxin: 'AstraZeneca',
    ...over,
  } as SectorRecord;
}

/** A personal ID with its last digit changed: well-formed, held by no one in the scenario. */
const mistyped = (id: string): string => `${id.slice(0, 11)}${(Number(id.at(-1)) + 5) % 10}`;

/**
 * R-MATCH-3: a vaccination registry's records are reviewed against the NPD. Scripted cases: a person's second dose
 * (not a duplicate), a first dose entered twice under a name without diacritics and the old ID (a duplicate), a
 * mistyped ID, an ID that belongs to someone else, names in TCVN3, VNI, NFD with double spaces, upper case, with a
 * changed tone mark or without diacritics, a swapped day and month. Each is found and explained.
 */
export default defineScenario({
  id: 'matching/vaccination-review',
  title: {
    en: 'Finds and explains duplicates, wrong IDs and name variants in vaccination records',
    vi: 'Phát hiện và giải thích bản ghi trùng, số định danh sai và biến thể họ tên trong dữ liệu tiêm chủng',
  },
  requirements: ['R-MATCH-3'],
  tags: ['npd', 'batch', 'vaccination'],
  async run({ sut, mocks, check }) {
    const people = adults(mocks.harness.population, 80);
    const used = new Set<Citizen>();
    const pick = (fits: (c: Citizen) => boolean = () => true): Citizen => {
      const found = people.find((p) => !used.has(p) && fits(p))!;
      used.add(found);
      return found;
    };
    const withOldId = pick((p) => p.legacyId !== null);
    const [a, c, d, e, f, g, h, j] = Array.from({ length: 8 }, () => pick());
    const i = pick((p) => TONE.test(p.fullName.normalize('NFD')));
    const swappable = pick((p) => Number(p.dateOfBirth.slice(8)) <= 12 && p.dateOfBirth.slice(8) !== p.dateOfBirth.slice(5, 7));
    const typo = i.fullName.normalize('NFD').replace(TONE, (tone) => (tone === '\u0301' ? '\u0300' : '\u0301')).normalize('NFC');
    const records = [
      dose('V01', a!, 1),
      dose('V02', a!, 2, { HoVaTen: a!.fullName.toLocaleUpperCase('vi'), NgayThangNamSinh: vnDate(a!.dateOfBirth) }),
      dose('V03', withOldId, 1),
      dose('V04', withOldId, 1, { SoDinhDanh: withOldId.legacyId!, HoVaTen: stripDiacritics(withOldId.fullName) }),
      dose('V05', c!, 1, { HoVaTen: toTcvn3(c!.fullName) }),
      dose('V06', d!, 1, { HoVaTen: toVni(d!.fullName) }),
      dose('V07', e!, 1, { HoVaTen: ` ${e!.fullName.normalize('NFD').replace(' ', '  ')}` }),
      dose('V08', f!, 1, { SoDinhDanh: mistyped(f!.personalId) }),
      dose('V09', g!, 1, { SoDinhDanh: h!.personalId }),
      dose('V10', i, 1, { HoVaTen: typo }),
      dose('V11', j!, 1, { HoVaTen: stripDiacritics(j!.fullName) }),
      dose('V12', swappable, 1, { NgayThangNamSinh: `${swappable.dateOfBirth.slice(0, 4)}-${swappable.dateOfBirth.slice(8)}-${swappable.dateOfBirth.slice(5, 7)}` }),
    ];
    const output = await matchBatch(sut, { sector: 'vaccination', records });
    const got = (ref: string): MatchResult | undefined => output.results.find((r) => r.ref === ref);
    const show = (...refs: string[]): unknown => ({ given: records.filter((r) => refs.includes(r.ref)), results: refs.map((ref) => got(ref) ?? { ref, result: 'none' }) });

    // Duplicates: the same dose twice is one; a second dose is not.
    const repeat = got('V04');
    check('R-MATCH-3', repeat?.verdict === 'duplicate' && repeat.duplicateOf === 'V03' && repeat.explanation.includes('V03'), {
      en: `the first dose entered twice (old ID, no diacritics) is found as a duplicate of V03 and explained (${repeat?.verdict ?? 'no result'}: ${repeat?.explanation ?? ''})`,
      vi: `mũi tiêm thứ nhất bị nhập hai lần (số CMND cũ, họ tên không dấu) được phát hiện là bản ghi trùng với V03 và có giải thích (${repeat?.verdict ?? 'không có kết quả'}: ${repeat?.explanation ?? ''})`,
    }, { data: show('V03', 'V04') });
    const second = got('V02');
    check('R-MATCH-3', second?.verdict === 'matched' && output.standardised.some((r) => r.ref === 'V02'), {
      en: `the second dose of the same person is kept as a record of its own (${second?.verdict ?? 'no result'})`,
      vi: `mũi tiêm thứ hai của cùng một người được giữ thành bản ghi riêng (${second?.verdict ?? 'không có kết quả'})`,
    }, { data: show('V01', 'V02') });

    // Wrong IDs: a mistyped one and someone else's; neither record may be pinned on the ID's holder.
    for (const [ref, what, id, whatVi] of [['V08', 'a mistyped ID', mistyped(f!.personalId), 'số định danh nhập sai'], ['V09', 'another person’s ID', h!.personalId, 'số định danh của người khác']] as const) {
      const r = got(ref);
      check('R-MATCH-3', r?.verdict === 'not-found' && r.personalId === undefined && r.explanation.includes(id), {
        en: `${what} is found wrong and explained, not pinned on anyone (${r?.verdict ?? 'no result'}: ${r?.explanation ?? ''})`,
        vi: `${whatVi}: được phát hiện là sai và có giải thích, không bị gán cho ai (${r?.verdict ?? 'không có kết quả'}: ${r?.explanation ?? ''})`,
      }, { data: show(ref) });
    }

    // Name variants: encodings of the right name are tidied and matched, saying how; a different spelling gets the NPD's.
    for (const [ref, how, what, whatVi] of [
      ['V05', 'tcvn3', 'a TCVN3 name', 'họ tên mã TCVN3'],
      ['V06', 'vni', 'a VNI name', 'họ tên mã VNI'],
      ['V07', 'nfc', 'a decomposed name with odd spaces', 'họ tên ở dạng tổ hợp (NFD) có khoảng trắng thừa'],
      ['V02', 'case', 'an upper-case name', 'họ tên viết hoa toàn bộ'],
    ] as const) {
      const r = got(ref);
      check('R-MATCH-3', r?.verdict === 'matched' && r.normalised.some((n) => n.field === 'HoVaTen' && n.how === how), {
        en: `${what} is recognised as the person’s name, and the conversion (${how}) is reported (${r?.verdict ?? 'no result'}; ${JSON.stringify(r?.normalised ?? [])})`,
        vi: `${whatVi}: được nhận ra là họ tên của người đó, và phép chuyển đổi (${how}) được báo cáo (${r?.verdict ?? 'không có kết quả'}; ${JSON.stringify(r?.normalised ?? [])})`,
      }, { data: show(ref) });
    }
    for (const [ref, person, field, value, what, whatVi] of [
      ['V10', i, 'HoVaTen', i.fullName, 'a changed tone mark', 'họ tên bị đổi dấu thanh'],
      ['V11', j!, 'HoVaTen', j!.fullName, 'a name without diacritics', 'họ tên không dấu'],
      ['V12', swappable, 'NgayThangNamSinh', swappable.dateOfBirth, 'a swapped day and month', 'ngày sinh bị đảo ngày và tháng'],
    ] as const) {
      const r = got(ref);
      check('R-MATCH-3', r?.verdict === 'mismatched' && r.personalId === person.personalId && r.canonical?.[field] === value && r.explanation.includes(value), {
        en: `${what} is reported with the NPD’s value ${value} (${r?.verdict ?? 'no result'}: ${r?.explanation ?? ''})`,
        vi: `${whatVi}: được báo cáo kèm giá trị ${value} theo CSDLQG về dân cư (${r?.verdict ?? 'không có kết quả'}: ${r?.explanation ?? ''})`,
      }, { data: show(ref) });
    }
  },
});
