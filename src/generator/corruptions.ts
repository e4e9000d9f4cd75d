import type { Citizen } from '../contract/citizen.js';
import { fullNameOf } from './names.js';
import type { Rng } from './prng.js';
import { toTcvn3, toVni } from '../text/legacy-encodings.js';

/** The ways real sector data departs from the population database, as stable codes. */
export const Corruption = {
  DiacriticsLost: 'diacritics-lost',
  DecomposedUnicode: 'decomposed-unicode',
  Tcvn3: 'tcvn3-encoding',
  Vni: 'vni-encoding',
  DayMonthSwapped: 'day-month-swapped',
  DateFormat: 'date-format',
  NameTypo: 'name-typo',
  LegacyId: 'legacy-id',
  WrongDigit: 'wrong-digit',
  OutdatedAddress: 'outdated-address',
  MissingField: 'missing-field',
  DeceasedListed: 'deceased-listed',
  Duplicate: 'duplicate',
} as const;
export type Corruption = (typeof Corruption)[keyof typeof Corruption];

/** A record as a sector database holds it: the citizen's shape, but any field may be wrong or missing. */
export type DatasetRecord = Omit<Citizen, 'personalId' | 'fullName' | 'dateOfBirth' | 'sex'> & {
  personalId: string | null;
  fullName: string | null;
  dateOfBirth: string | null;
  sex: Citizen['sex'] | null;
};

type Apply = (record: DatasetRecord, rng: Rng, citizen: Citizen) => boolean;

function mapNames(record: DatasetRecord, f: (s: string) => string): boolean {
  const surname = f(record.surname);
  const middleName = f(record.middleName);
  const givenName = f(record.givenName);
  const fullName = fullNameOf(surname, middleName, givenName);
  if (fullName === record.fullName) return false;
  Object.assign(record, { surname, middleName, givenName, fullName });
  return true;
}

const COMBINING = /[\u0300-\u036f]/g;

/** Removes Vietnamese diacritics (and đ), as typed on a keyboard without a Vietnamese input method. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** One realistic typing mistake in a word: a wrong or lost tone mark, y/i confusion, or a dropped letter. */
function typo(word: string, rng: Rng): string {
  const decomposed = word.normalize('NFD');
  const toneAt = [...decomposed].findIndex((ch) => TONES.includes(ch));
  const u = rng.float();
  if (toneAt >= 0 && u < 0.6) {
    const chars = [...decomposed];
    const others = TONES.filter((t) => t !== chars[toneAt]);
    chars[toneAt] = rng.chance(0.3) ? '' : others[rng.int(others.length)]!;
    return chars.join('').normalize('NFC');
  }
  if (/y$/.test(word) && u < 0.8) return `${word.slice(0, -1)}i`;
  if (/i$/.test(word) && u < 0.8) return `${word.slice(0, -1)}y`;
  if (word.length > 2) {
    const at = 1 + rng.int(word.length - 1);
    return word.slice(0, at) + word.slice(at + 1);
  }
  return `${word}h`;
}

function withDate(record: DatasetRecord, f: (y: string, m: string, d: string) => string | undefined): boolean {
  const match = record.dateOfBirth && /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.dateOfBirth);
  if (!match) return false;
  const next = f(match[1]!, match[2]!, match[3]!);
  if (next === undefined || next === record.dateOfBirth) return false;
  record.dateOfBirth = next;
  return true;
}

/** How each corruption changes a record; each returns false (changing nothing) when it cannot apply to this record. */
export const corruptions: Readonly<Record<Exclude<Corruption, 'duplicate'>, Apply>> = {
  'diacritics-lost': (r) => mapNames(r, stripDiacritics),
  'decomposed-unicode': (r) => mapNames(r, (s) => s.normalize('NFD')),
  'tcvn3-encoding': (r) => mapNames(r, toTcvn3),
  'vni-encoding': (r) => mapNames(r, toVni),
  'day-month-swapped': (r) => withDate(r, (y, m, d) => (Number(d) <= 12 && d !== m ? `${y}-${d}-${m}` : undefined)),
  'date-format': (r) => withDate(r, (y, m, d) => `${d}/${m}/${y}`),
  'name-typo': (r, rng) => {
    const field = rng.chance(0.7) ? 'givenName' : 'surname';
    return mapNames(r, (s) => (s === r[field] ? typo(s, rng) : s));
  },
  'legacy-id': (r, _rng, c) => {
    if (c.legacyId === null || r.personalId === c.legacyId) return false;
    r.personalId = c.legacyId;
    return true;
  },
  'wrong-digit': (r, rng) => {
    if (r.personalId === null || r.personalId.length !== 12) return false;
    const at = 6 + rng.int(6);
    const digit = (Number(r.personalId[at]) + 1 + rng.int(9)) % 10;
    r.personalId = `${r.personalId.slice(0, at)}${digit}${r.personalId.slice(at + 1)}`;
    return true;
  },
  'outdated-address': (r, _rng, c) => {
    const old = c.permanentAddressBefore2025;
    if (old.ward === c.permanentAddress.ward && old.provinceCode === c.permanentAddress.provinceCode) return false;
    r.permanentAddress = { detail: old.detail, wardCode: old.wardCode, ward: old.ward, provinceCode: old.provinceCode, province: old.province };
    return true;
  },
  'missing-field': (r, rng) => {
    const u = rng.float();
    const field = u < 0.4 ? 'dateOfBirth' : u < 0.7 ? 'personalId' : 'sex';
    if (r[field] === null) return false;
    r[field] = null;
    return true;
  },
  'deceased-listed': (r) => {
    if (r.dateOfDeath === null) return false;
    r.dateOfDeath = null;
    return true;
  },
};
