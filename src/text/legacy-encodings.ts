/**
 * Legacy Vietnamese 8-bit encodings (TCVN3/ABC and VNI-Windows) as they appear once the legacy
 * bytes are read as Windows-1252 by a Unicode system ("mojibake").
 *
 * Sources of the byte tables (three independent converters agree on every byte used here):
 * - TCVN3 lowercase and the seven single-byte capitals: lamdao/xvnkb `tcvn.h` (Dao Hai Lam, 2002),
 *   the OpenKey `_codeTable` as re-published in NexusKey `CodeTableConverter.cpp` (`kTcvn3Map`), and
 *   the TCVN3TAB strings of the community converters (gist congkhoa/bcd46eea…, backupvietsoft/HRM
 *   `ConvertVNI/XtraForm1.cs`). Note that ư is 0xAD (soft hyphen), which many web copies show as "-".
 * - VNI-Windows: lamdao/xvnkb `vni.h` and OpenKey/NexusKey `kVniMap`.
 *
 * Capitals in TCVN3: the ABC standard's 8-bit font set (.VnTime etc.) only has single bytes for the
 * lowercase letters plus the seven toneless capitals Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7). Capitals with a tone
 * mark were typed with the byte of the lowercase letter and shown through the separate uppercase
 * font (.VnTimeH), so the byte stream carries no case for them. This module follows that convention
 * (it is also what UniKey/OpenKey produce for "TCVN3 (ABC)"): `toTcvn3('Á')` is `'¸'`, the same as
 * `toTcvn3('á')`. The full TCVN 5712 "VN1" table, which puts toned capitals in 0x80–0x9F and in C0
 * control positions, is deliberately not used: real ABC data does not contain those bytes.
 *
 * Because of this, {@link fromTcvn3} cannot always recover the case of a toned capital; it restores
 * it from context (see its documentation) and otherwise returns the lowercase letter.
 *
 * @module
 */
import { CASE_AMBIGUOUS, CASE_LOWER, CASE_NONE, CASE_UPPER, TCVN3_CASE, TCVN3_DECODE, TCVN3_DECODE_UPPER, TCVN3_ENCODE, UNICODE_LIMIT, VNI_ENCODE, VNI_IS_BASE, VNI_PAIRS, VNI_SINGLE } from './legacy-tables.js';

// ---------------------------------------------------------------------------------------------
// Encoders
// ---------------------------------------------------------------------------------------------

const isCombiningMark = (c: number): boolean => c >= 0x300 && c <= 0x36f;

function encode(text: string, table: readonly (string | undefined)[]): string {
  let out = '';
  let runStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0 || c >= UNICODE_LIMIT) continue;
    if (isCombiningMark(c)) {
      // Decomposed input: compose once and start over (NFC input never takes this path).
      const composed = text.normalize('NFC');
      return composed === text ? encodeComposed(text, table) : encode(composed, table);
    }
    const replacement = table[c];
    if (replacement === undefined) continue;
    out += text.slice(runStart, i) + replacement;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Like {@link encode} but leaves combining marks that NFC cannot absorb in place. */
function encodeComposed(text: string, table: readonly (string | undefined)[]): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const replacement = c < UNICODE_LIMIT ? table[c] : undefined;
    if (replacement === undefined) continue;
    out += text.slice(runStart, i) + replacement;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/**
 * Encodes NFC Vietnamese text as TCVN3 (ABC) bytes and returns those bytes read as Windows-1252.
 *
 * Each Vietnamese letter becomes one byte; capitals with a tone mark use the lowercase letter's byte
 * (the .VnTime/.VnTimeH convention described in the module comment), while Ă Â Ê Ô Ơ Ư Đ use their
 * own bytes 0xA1–0xA7. Characters TCVN3 cannot represent (and ASCII) pass through unchanged;
 * decomposed (NFD) input is composed first.
 */
export function toTcvn3(text: string): string {
  return encode(text, TCVN3_ENCODE);
}

/**
 * Encodes NFC Vietnamese text as VNI-Windows bytes and returns those bytes read as Windows-1252.
 *
 * Most accented vowels become a base letter followed by a mark byte (á → "aù", Ấ → "AÁ"); ơ ư đ and
 * the accented i and ỵ are single bytes (ô ö ñ í ì æ ó ò î and their capitals). Characters VNI cannot
 * represent (and ASCII) pass through unchanged; decomposed (NFD) input is composed first.
 */
export function toVni(text: string): string {
  return encode(text, VNI_ENCODE);
}

// ---------------------------------------------------------------------------------------------
// Decoders
// ---------------------------------------------------------------------------------------------

/**
 * Decodes TCVN3 mojibake (legacy bytes read as Windows-1252) back to NFC Unicode.
 *
 * This is the exact inverse of {@link toTcvn3} for lowercase letters, the capitals Ă Â Ê Ô Ơ Ư Đ and
 * ASCII. A toned capital shares its byte with the lowercase letter, so its case is inferred: it is
 * decoded as a capital when its word has no lowercase letter and either at least two capitals, or at
 * least one capital while the whole text has no lowercase letter and at least three capitals (an
 * all-caps record such as "LÊ THỊ HÀ"); otherwise it is decoded lowercase ("Ánh" comes back as "ánh").
 * Non-Vietnamese Latin-1 characters that `toTcvn3` passed through but that are TCVN3 bytes (e.g. the
 * ü of "Müller", 0xFC = ỹ) are decoded as Vietnamese letters, as any TCVN3 reader would.
 */
export function fromTcvn3(text: string): string {
  const n = text.length;
  let mapped = false;
  let ambiguous = false;
  let upperTotal = 0;
  let lowerTotal = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 256) continue;
    const cls = TCVN3_CASE[c] ?? CASE_NONE;
    if (cls === CASE_UPPER) upperTotal++;
    else if (cls === CASE_LOWER) lowerTotal++;
    else if (cls === CASE_AMBIGUOUS) ambiguous = true;
    if (c >= 0x80 && TCVN3_DECODE[c] !== undefined) mapped = true;
  }
  if (!mapped) return text;
  const allCapsText = lowerTotal === 0 && upperTotal >= 3;

  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 256 || TCVN3_CASE[c] === CASE_NONE) {
      i++;
      continue;
    }
    // A word: a maximal run of letters. Count its unambiguous capitals and lowercase letters.
    const wordStart = i;
    let upper = 0;
    let lower = 0;
    while (i < n) {
      const w = text.charCodeAt(i);
      if (w >= 256) break;
      const cls = TCVN3_CASE[w] ?? CASE_NONE;
      if (cls === CASE_NONE) break;
      if (cls === CASE_UPPER) upper++;
      else if (cls === CASE_LOWER) lower++;
      i++;
    }
    const capitalise = ambiguous && lower === 0 && (upper >= 2 || (upper >= 1 && allCapsText));
    for (let k = wordStart; k < i; k++) {
      const w = text.charCodeAt(k);
      if (w < 0x80) continue;
      const decoded = (capitalise ? TCVN3_DECODE_UPPER[w] : undefined) ?? TCVN3_DECODE[w];
      if (decoded === undefined) continue;
      out += text.slice(runStart, k) + decoded;
      runStart = k + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/**
 * Decodes VNI-Windows mojibake (legacy bytes read as Windows-1252) back to NFC Unicode.
 *
 * This is the exact inverse of {@link toVni} on text made of Vietnamese letters, ASCII and characters
 * that are not VNI bytes; a Latin-1 character that `toVni` passed through but that VNI uses (e.g. the
 * ï of "Anaïs" after a vowel, or a lone ñ ö ô) is read as VNI, as any VNI reader would.
 */
export function fromVni(text: string): string {
  const n = text.length;
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c >= 256) {
      i++;
      continue;
    }
    if (VNI_IS_BASE[c] === 1 && i + 1 < n) {
      const pair = VNI_PAIRS.get((c << 8) | text.charCodeAt(i + 1));
      if (pair !== undefined) {
        out += text.slice(runStart, i) + pair;
        i += 2;
        runStart = i;
        continue;
      }
    }
    const single = c >= 0x80 ? VNI_SINGLE[c] : undefined;
    if (single !== undefined) {
      out += text.slice(runStart, i) + single;
      runStart = i + 1;
    }
    i++;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
