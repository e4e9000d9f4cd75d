/** Vietnamese syllable structure (onset, nucleus, coda, tone placement), used to tell legacy-encoded text from clean text. */
import { CASE_LOWER, CASE_UPPER, LETTER_INFO, LETTER_UPPER, UNICODE_LIMIT, VOWEL_IDS, letterId } from './legacy-tables.js';

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

const sequenceKey = (ids: ArrayLike<number>, from: number, to: number): number => {
  let key = 0;
  for (let k = from; k < to; k++) key = key * 32 + (ids[k] ?? 0);
  return key;
};
const keyOf = (letters: string): number => {
  let key = 0;
  for (const ch of letters) key = key * 32 + letterId(ch);
  return key;
};
const keySet = (list: string): Set<number> => new Set(list.split(' ').map((s) => (s === '_' ? 0 : keyOf(s))));

/** Initial consonants ("_" = none); "qu" and "gi" are tried when the plain split fails. */
const ONSETS = keySet('_ b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x');
/** Final consonants; k only occurs in minority place names such as Đắk Lắk. */
const CODAS = keySet('_ c ch k m n ng nh p t');
const STOP_CODAS = keySet('c ch k p t');
/** Vowel nuclei, including the glides written as vowels (ai, oa, uy, ươi …). */
const NUCLEI = keySet(
  'a ă â e ê i o ô ơ u ư y ' +
    'ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu',
);
const NUCLEI_NEEDING_CODA = keySet('ă â oă uâ iê yê uô ươ uyê oo');
const NUCLEI_WITHOUT_CODA = keySet(
  'ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ iêu yêu oai oao oay oeo uây uôi uya uyu ươi ươu',
);
/**
 * Where the tone mark may sit inside a nucleus, as a bit mask of positions (bit 0 = first vowel),
 * separately for open syllables and syllables with a final consonant. Single vowels take it on
 * position 0; oa/oe/uy accept both the old (hòa) and new (hoà) placement when open.
 */
const TONE_POSITIONS = new Map<number, readonly [open: number, closed: number]>();
const setTonePositions = (list: string, open: number, closed: number): void => {
  for (const nucleus of list.split(' ')) TONE_POSITIONS.set(keyOf(nucleus), [open, closed]);
};
setTonePositions('a ă â e ê i o ô ơ u ư y', 0b1, 0b1);
setTonePositions('ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa', 0b1, 0b1);
setTonePositions('oa oe uy', 0b11, 0b10);
setTonePositions('oo iê yê uô ươ uê uâ oă uơ', 0b10, 0b10);
setTonePositions('iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu', 0b10, 0b10);
setTonePositions('uyê', 0b100, 0b100);
/** nh and ch only follow a, ê, i, y (as in quỳnh) and oa, uê, uy; ng and c never follow ê, i, y, uê, uy. */
const PALATAL_CODAS = keySet('ch nh');
const VELAR_CODAS = keySet('c ng');
const NUCLEI_BEFORE_PALATAL = keySet('a ê i y oa uê uy');
const NUCLEI_NOT_BEFORE_VELAR = keySet('ê i y uê uy');
const KEY_Q = keyOf('q');
const KEY_G = keyOf('g');
const KEY_QU = keyOf('qu');
const KEY_GI = keyOf('gi');
const ID_U = letterId('u');
const ID_I = letterId('i');
const TONE_ACUTE = 1;
const TONE_DOT = 5;

/** Longest word (in UTF-16 units of mojibake) that is checked as a syllable. */
export const MAX_WORD = 24;
export const scratchCodes = new Int32Array(MAX_WORD);
const scratchIds = new Int32Array(MAX_WORD);
/** Case of each scratch letter when it is known: 1 lowercase, 2 capital, 0 unknown (shared TCVN3 byte). */
export const scratchCase = new Uint8Array(MAX_WORD);
export const caseOf = (code: number): number => {
  const info = code < UNICODE_LIMIT ? (LETTER_INFO[code] ?? 0) : 0;
  return (info & LETTER_UPPER) !== 0 ? CASE_UPPER : CASE_LOWER;
};

/**
 * Whether ids[from..to) is a nucleus that fits the onset and coda, with the tone mark (at absolute
 * index `toneAt`, or -1 for none) on an allowed vowel.
 */
function nucleusFits(onsetKey: number, ids: Int32Array, from: number, to: number, codaKey: number, toneAt: number): boolean {
  if (to - from < 1 || to - from > 3 || !ONSETS.has(onsetKey)) return false;
  const nucleus = sequenceKey(ids, from, to);
  if (!NUCLEI.has(nucleus)) return false;
  if (codaKey === 0 ? NUCLEI_NEEDING_CODA.has(nucleus) : NUCLEI_WITHOUT_CODA.has(nucleus)) return false;
  if (PALATAL_CODAS.has(codaKey) && !NUCLEI_BEFORE_PALATAL.has(nucleus)) return false;
  if (VELAR_CODAS.has(codaKey) && NUCLEI_NOT_BEFORE_VELAR.has(nucleus)) return false;
  if (toneAt < 0) return true;
  if (toneAt < from) return false;
  const positions = TONE_POSITIONS.get(nucleus);
  if (positions === undefined) return false;
  return ((codaKey === 0 ? positions[0] : positions[1]) & (1 << (toneAt - from))) !== 0;
}

/**
 * Whether `scratchCodes[0..length)` spells one Vietnamese syllable: letters only, at most one tone
 * mark, onset + nucleus + coda from the lists above, and (when `strict`) only sắc or nặng before a
 * stop coda c/ch/k/p/t and a lowercase, Titlecase or UPPERCASE shape by `scratchCase`.
 */
export function isSyllable(length: number, strict: boolean): boolean {
  if (strict) {
    let lowerSeen = false;
    let upperSeen = false;
    for (let k = 0; k < length; k++) {
      const cs = scratchCase[k];
      if (cs === CASE_LOWER) lowerSeen = true;
      else if (cs === CASE_UPPER && k > 0) upperSeen = true;
    }
    if (lowerSeen && upperSeen) return false;
  }
  let tone = 0;
  let toneAt = -1;
  for (let k = 0; k < length; k++) {
    const code = scratchCodes[k] ?? 0;
    const info = code < UNICODE_LIMIT ? (LETTER_INFO[code] ?? 0) : 0;
    if (info === 0) return false;
    scratchIds[k] = info & 31;
    const t = (info >> 5) & 7;
    if (t !== 0) {
      if (tone !== 0) return false;
      tone = t;
      toneAt = k;
    }
  }
  let onsetEnd = 0;
  while (onsetEnd < length && VOWEL_IDS[scratchIds[onsetEnd] ?? 0] !== 1) onsetEnd++;
  let nucleusEnd = onsetEnd;
  while (nucleusEnd < length && VOWEL_IDS[scratchIds[nucleusEnd] ?? 0] === 1) nucleusEnd++;
  if (nucleusEnd === onsetEnd || onsetEnd > 3 || length - nucleusEnd > 2) return false;
  for (let k = nucleusEnd; k < length; k++) if (VOWEL_IDS[scratchIds[k] ?? 0] === 1) return false;
  const codaKey = sequenceKey(scratchIds, nucleusEnd, length);
  if (!CODAS.has(codaKey)) return false;
  if (strict && STOP_CODAS.has(codaKey) && tone !== TONE_ACUTE && tone !== TONE_DOT) return false;
  const onsetKey = sequenceKey(scratchIds, 0, onsetEnd);
  if (nucleusFits(onsetKey, scratchIds, onsetEnd, nucleusEnd, codaKey, toneAt)) return true;
  const first = scratchIds[onsetEnd];
  if (onsetKey === KEY_Q && first === ID_U) {
    return nucleusFits(KEY_QU, scratchIds, onsetEnd + 1, nucleusEnd, codaKey, toneAt);
  }
  if (onsetKey === KEY_G && first === ID_I) {
    return nucleusFits(KEY_GI, scratchIds, onsetEnd + 1, nucleusEnd, codaKey, toneAt);
  }
  return false;
}
