/**
 * How a sector record is tidied before matching it against the NPD (R-MATCH-1, -3), by `vn06 match` and the reference
 * system: names to NFC Unicode (converting TCVN3 and VNI mojibake, collapsing spaces, title case), dates to yyyy-MM-dd from the forms
 * Vietnamese databases use, sex to the NPD's "1"/"2", IDs to bare digits. Each step that changed a value is recorded,
 * so the result can say what was done. Nothing here guesses: a value that cannot be read is left as it was.
 */
import { detectLegacyEncoding } from '../text/legacy-detect.js';
import { fromTcvn3, fromVni } from '../text/legacy-encodings.js';
import type { Normalisation } from './sectors.js';

export type { Normalisation } from './sectors.js';

export interface Step {
  readonly field: string;
  readonly how: Normalisation;
}

/** A value and the steps that produced it. */
export interface Tidied<T> {
  readonly value: T;
  readonly steps: readonly Normalisation[];
}

const COMBINING = /[\u0300-\u036f]/;

/** Title case for a word written all in one case ("NGUYỄN", "ánh" → "Nguyễn", "Ánh"); mixed case ("H'Hen") is kept. */
function titleWord(word: string): string {
  // Unicode has no casing rules of its own for Vietnamese, so the locale-free (and much faster) forms are the same.
  const lower = word.toLowerCase();
  if (word !== lower && word !== word.toUpperCase()) return word;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A full name as the NPD writes it: NFC, legacy encodings converted, single spaces, each word capitalised. */
export function tidyName(raw: string): Tidied<string> {
  const steps: Normalisation[] = [];
  let name = raw;
  if (COMBINING.test(name) || name.normalize('NFC') !== name) {
    name = name.normalize('NFC');
    steps.push('nfc');
  }
  // Text converted to a legacy encoding twice (VNI read as TCVN3, say) is decoded twice.
  let decoded = false;
  for (let round = 0; round < 2; round++) {
    const encoding = detectLegacyEncoding(name);
    if (!encoding) break;
    name = (encoding === 'tcvn3' ? fromTcvn3(name) : fromVni(name)).normalize('NFC');
    steps.push(encoding);
    decoded = true;
  }
  const spaced = name.trim().replace(/\s+/g, ' ');
  if (spaced !== name) steps.push('whitespace');
  const cased = spaced.split(' ').map(titleWord).join(' ');
  // After a legacy decoding the case of toned capitals is a guess of the decoder, not a change of the data.
  if (cased !== spaced && !decoded) steps.push('case');
  return { value: cased, steps };
}

/** Whether y-m-d names a real calendar day. */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The date forms of Vietnamese sector data: day first whenever the day comes before the year. */
const DATE_FORMS: readonly { readonly pattern: RegExp; readonly order: 'ymd' | 'dmy' }[] = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: 'ymd' },
  { pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: 'ymd' },
  { pattern: /^(\d{4})(\d{2})(\d{2})$/, order: 'ymd' },
  { pattern: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, order: 'dmy' },
];

/** A date as yyyy-MM-dd, or a year alone; undefined when it cannot be read as a real date. */
export function tidyDate(raw: string): Tidied<string> | undefined {
  const text = raw.trim();
  if (/^\d{4}$/.test(text)) return { value: text, steps: text === raw ? [] : ['whitespace'] };
  for (const { pattern, order } of DATE_FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [y, mo, d] = order === 'ymd' ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    if (!isCalendarDay(Number(y), Number(mo), Number(d))) return undefined;
    const value = iso(Number(y), Number(mo), Number(d));
    return { value, steps: value === raw ? [] : ['date-format'] };
  }
  return undefined;
}

const SEX_WORDS: Readonly<Record<string, '1' | '2'>> = { '1': '1', '2': '2', nam: '1', 'nữ': '2', nu: '2', m: '1', f: '2', male: '1', female: '2' };

/** Sex as the NPD codes it ("1" nam, "2" nữ); undefined when it cannot be read. */
export function tidySex(raw: string): Tidied<'1' | '2'> | undefined {
  const value = SEX_WORDS[raw.normalize('NFC').trim().toLocaleLowerCase('vi')];
  return value === undefined ? undefined : { value, steps: value === raw ? [] : ['sex-code'] };
}

/** An ID as bare digits (spaces, dots and dashes removed); the caller decides whether 9 or 12 digits make sense. */
export function tidyId(raw: string): Tidied<string> {
  const value = raw.replace(/[\s.-]/g, '');
  return { value, steps: value === raw ? [] : ['id-format'] };
}

/** Levenshtein distance, for telling a typo in a name from someone else's name. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/** A name folded for comparison: no diacritics, đ as d, lower case, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/** Whether two names could be the same person's, written with lost diacritics or a typo or two. */
export function namesAlike(a: string, b: string): boolean {
  return editDistance(foldName(a), foldName(b)) <= 2;
}

/** A Vietnamese mobile number as ten digits from 0 ("+84 912 345 678", "84912345678" → "0912345678"); undefined when it is not one. */
export function tidyPhone(raw: string): Tidied<string> | undefined {
  const digits = raw.replace(/[\s.()-]/g, '');
  const national = digits.replace(/^(?:\+84|0084|84(?=\d{9}$))/, '0');
  if (!/^0\d{9}$/.test(national)) return undefined;
  return { value: national, steps: national === raw ? [] : ['id-format'] };
}
