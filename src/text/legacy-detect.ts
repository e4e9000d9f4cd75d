/** Detection of TCVN3 and VNI mojibake in names and addresses, by Vietnamese syllable structure. */
import { CASE_AMBIGUOUS, TCVN3_CASE, TCVN3_DECODE, VNI_IS_BASE, VNI_PAIRS, VNI_SINGLE } from './legacy-tables.js';
import { MAX_WORD, caseOf, isSyllable, scratchCase, scratchCodes } from './vietnamese-syllable.js';

/** Copies text[from..to) into the scratch buffer unchanged and returns its length. */
function fillIdentity(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    scratchCodes[k - from] = code;
    scratchCase[k - from] = caseOf(code);
  }
  return to - from;
}

/** Whether a TCVN3 mojibake char is a Windows-1252 symbol (¡–¾ × ÷, incl. the soft hyphen) rather than a letter. */
const isTcvn3Symbol = (c: number): boolean => (c >= 0xa1 && c <= 0xbf) || c === 0xd7 || c === 0xf7;

/**
 * TCVN3-decodes text[from..to) into the scratch buffer; returns length * 4 + 2 (if a Windows-1252
 * symbol was decoded) + 1 (if anything changed).
 */
function fillTcvn3(text: string, from: number, to: number): number {
  let changed = 0;
  let symbol = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const decoded = c >= 0x80 && c < 256 ? TCVN3_DECODE[c] : undefined;
    const code = decoded === undefined ? c : decoded.charCodeAt(0);
    if (code !== c) {
      changed = 1;
      if (isTcvn3Symbol(c)) symbol = 2;
    }
    scratchCodes[k - from] = code;
    scratchCase[k - from] = c < 256 && TCVN3_CASE[c] === CASE_AMBIGUOUS ? 0 : caseOf(code);
  }
  return (to - from) * 4 + symbol + changed;
}

/**
 * VNI mark chars that Western spellings do not put after a vowel (ø û õ â å ä ê and their capitals);
 * ï ë ù ã á à é è ú ü are left out because of naïve, Raphaël, où, João, Hoà (clean), Raúl and the like.
 */
const VNI_STRONG_MARK = new Uint8Array(256);
for (const c of [0xf8, 0xfb, 0xf5, 0xe2, 0xe5, 0xe4, 0xea]) {
  VNI_STRONG_MARK[c] = 1;
  VNI_STRONG_MARK[c - 0x20] = 1;
}

/**
 * VNI-decodes text[from..to) into the scratch buffer; returns length * 4 + 2 (if a pair with a
 * strong mark was decoded) + 1 (if anything changed).
 */
function fillVni(text: string, from: number, to: number): number {
  let changed = 0;
  let strong = 0;
  let length = 0;
  let k = from;
  while (k < to) {
    const c = text.charCodeAt(k);
    let code = c;
    let width = 1;
    if (c < 256 && VNI_IS_BASE[c] === 1 && k + 1 < to) {
      const pair = VNI_PAIRS.get((c << 8) | text.charCodeAt(k + 1));
      if (pair !== undefined) {
        code = pair.charCodeAt(0);
        width = 2;
        if (VNI_STRONG_MARK[text.charCodeAt(k + 1)] === 1) strong = 2;
      }
    }
    if (width === 1 && c >= 0x80 && c < 256) {
      const single = VNI_SINGLE[c];
      if (single !== undefined) code = single.charCodeAt(0);
    }
    if (width === 2 || code !== c) changed = 1;
    scratchCase[length] = caseOf(code);
    scratchCodes[length++] = code;
    k += width;
  }
  return length * 4 + strong + changed;
}

/** Windows-1252 characters above U+00FF (what bytes 0x80–0x9F become); anything else above U+00FF rules out mojibake. */
const CP1252_EXTRAS = new Set<number>([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a,
  0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 0xa1 && c <= 0xff);

/**
 * Guesses whether a name or address is TCVN3 or VNI mojibake, returning null for anything else.
 *
 * Signals, in order:
 * 1. Any character above U+00FF that Windows-1252 cannot produce (ă ơ ư đ, ạ…ỹ, combining marks of
 *    NFD, other scripts) means the text is not mojibake: return null. So does text without any
 *    character from U+00A0 up (plain ASCII).
 * 2. The text is split into words (runs of ASCII letters and U+00A1–U+00FF). Each word holding a
 *    non-ASCII character (and longer than one character) is checked three ways with a Vietnamese
 *    syllable test (initial consonant + vowel nucleus + final consonant from fixed lists, at most one
 *    tone, only sắc/nặng before c/ch/k/p/t): as it stands, TCVN3-decoded and VNI-decoded.
 *    The tone must also sit on the right vowel of the nucleus (xão, not xaõ; hòa and hoà both pass).
 *    For each encoding the word is evidence when decoding changed it into a valid syllable while the
 *    word as it stands is not one ("NguyÔn" → "Nguyễn"), and counter-evidence when the decoded word is
 *    not a valid syllable ("Müller" → "Mỹller"); it is neutral when both readings are valid syllables,
 *    e.g. clean "Hoàng" (which is also the VNI spelling of "Hồng").
 * 3. "Strong" words count double as evidence and are never counter-evidence (minority-language names
 *    such as "Đăk Plô" are not Kinh syllables, but their mojibake is still unmistakable): for TCVN3 a
 *    word in which a decoded character is a Windows-1252 symbol (¡–¾, ×, ÷, the soft hyphen of ư),
 *    which Western words never contain ("V¨n", "Ph­êng"); for VNI a word with a vowel followed by one
 *    of the marks ø û õ â å ä ê, which Western spellings do not use after a vowel ("Huøng", "Leâ").
 * 4. ASCII-only words of three or more letters with a lowercase letter that are not Vietnamese
 *    syllables ("Dupont", "Center") are counter-evidence for both encodings; short all-caps tokens such
 *    as "TP" or "HCM" are ignored.
 * 5. An encoding is reported when its evidence is at least one and exceeds its counter-evidence; if
 *    both qualify, the one with the larger margin wins, and a tie gives null.
 * Known blind spots: a single foreign word that happens to decode to a syllable (French "Loïc" reads as
 * VNI "Lọc"), and mojibake whose every word is also a valid clean syllable (VNI "Hoàng" for "Hồng").
 */
export function detectLegacyEncoding(text: string): 'tcvn3' | 'vni' | null {
  const n = text.length;
  let high = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c > 0xff && !CP1252_EXTRAS.has(c)) return null;
    high = true;
  }
  if (!high) return null;

  let tcvnFor = 0;
  let tcvnAgainst = 0;
  let vniFor = 0;
  let vniAgainst = 0;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let nonAscii = false;
    let hasLower = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c >= 0x80) nonAscii = true;
      else if (c >= 0x61) hasLower = true;
      i++;
    }
    const length = i - start;
    if (!nonAscii) {
      if (length >= 3 && hasLower && (length > MAX_WORD || !isSyllable(fillIdentity(text, start, i), false))) {
        tcvnAgainst++;
        vniAgainst++;
      }
      continue;
    }
    if (length === 1) continue;
    if (length > MAX_WORD) {
      tcvnAgainst++;
      vniAgainst++;
      continue;
    }
    const validAsIs = isSyllable(fillIdentity(text, start, i), true);

    const tcvn = fillTcvn3(text, start, i);
    const tcvnStrong = (tcvn & 2) === 2;
    if (isSyllable(tcvn >> 2, true)) {
      if ((tcvn & 1) === 1 && !validAsIs) tcvnFor += tcvnStrong ? 2 : 1;
    } else if (!tcvnStrong) {
      tcvnAgainst++;
    }

    const vni = fillVni(text, start, i);
    const vniStrong = (vni & 2) === 2;
    if (isSyllable(vni >> 2, true)) {
      if ((vni & 1) === 1 && !validAsIs) vniFor += vniStrong ? 2 : 1;
    } else if (!vniStrong) {
      vniAgainst++;
    }
  }
  const tcvnMargin = tcvnFor > 0 && tcvnFor > tcvnAgainst ? tcvnFor - tcvnAgainst : 0;
  const vniMargin = vniFor > 0 && vniFor > vniAgainst ? vniFor - vniAgainst : 0;
  if (tcvnMargin > vniMargin) return 'tcvn3';
  if (vniMargin > tcvnMargin) return 'vni';
  return null;
}
