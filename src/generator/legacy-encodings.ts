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

/** Tone marks in table order: none, sắc (acute), huyền (grave), hỏi (hook), ngã (tilde), nặng (dot below). */
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** The twelve Vietnamese base vowels, in the row order of the byte tables below. */
const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/**
 * TCVN3 byte of each lowercase vowel, per row of {@link BASE_VOWELS}, columns in {@link TONE_MARKS} order.
 * Rendered as Windows-1252 these are e.g. á=0xB8 '¸', ă=0xA8 '¨', ễ=0xD4 'Ô', ù=0xEF 'ï'.
 */
const TCVN3_VOWEL_BYTES: readonly (readonly number[])[] = [
  [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9], // a á à ả ã ạ
  [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6], // ă ắ ằ ẳ ẵ ặ
  [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb], // â ấ ầ ẩ ẫ ậ
  [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1], // e é è ẻ ẽ ẹ
  [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6], // ê ế ề ể ễ ệ
  [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde], // i í ì ỉ ĩ ị
  [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4], // o ó ò ỏ õ ọ
  [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9], // ô ố ồ ổ ỗ ộ
  [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee], // ơ ớ ờ ở ỡ ợ
  [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4], // u ú ù ủ ũ ụ
  [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9], // ư ứ ừ ử ữ ự
  [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe], // y ý ỳ ỷ ỹ ỵ
];
const TCVN3_LOWER_D_STROKE = 0xae; // đ '®'
/** The only capitals with their own TCVN3 byte (0xA1–0xA7, shown as ¡ ¢ £ ¤ ¥ ¦ §). */
const TCVN3_SINGLE_BYTE_CAPITALS: readonly (readonly [string, number])[] = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
];

// VNI-Windows mark bytes (lowercase forms; the capital form of each is the byte minus 0x20).
const V_ACUTE = 0xf9; // ù
const V_GRAVE = 0xf8; // ø
const V_HOOK = 0xfb; // û
const V_TILDE = 0xf5; // õ
const V_DOT = 0xef; // ï
const V_CIRC = 0xe2; // â  (â ê ô)
const V_CIRC_ACUTE = 0xe1; // á
const V_CIRC_GRAVE = 0xe0; // à
const V_CIRC_HOOK = 0xe5; // å
const V_CIRC_TILDE = 0xe3; // ã
const V_CIRC_DOT = 0xe4; // ä
const V_BREVE = 0xea; // ê  (ă)
const V_BREVE_ACUTE = 0xe9; // é
const V_BREVE_GRAVE = 0xe8; // è
const V_BREVE_HOOK = 0xfa; // ú
const V_BREVE_TILDE = 0xfc; // ü
const V_BREVE_DOT = 0xeb; // ë
const V_O_HORN = 0xf4; // ô = ơ
const V_U_HORN = 0xf6; // ö = ư

const plainSeries = (base: number): number[][] => [
  [base],
  [base, V_ACUTE],
  [base, V_GRAVE],
  [base, V_HOOK],
  [base, V_TILDE],
  [base, V_DOT],
];
const circumflexSeries = (base: number): number[][] => [
  [base, V_CIRC],
  [base, V_CIRC_ACUTE],
  [base, V_CIRC_GRAVE],
  [base, V_CIRC_HOOK],
  [base, V_CIRC_TILDE],
  [base, V_CIRC_DOT],
];

/** VNI-Windows bytes of each lowercase vowel, rows and columns as in {@link TCVN3_VOWEL_BYTES}. */
const VNI_VOWEL_BYTES: readonly (readonly (readonly number[])[])[] = [
  plainSeries(0x61), // a
  [
    [0x61, V_BREVE],
    [0x61, V_BREVE_ACUTE],
    [0x61, V_BREVE_GRAVE],
    [0x61, V_BREVE_HOOK],
    [0x61, V_BREVE_TILDE],
    [0x61, V_BREVE_DOT],
  ], // ă
  circumflexSeries(0x61), // â
  plainSeries(0x65), // e
  circumflexSeries(0x65), // ê
  [[0x69], [0xed], [0xec], [0xe6], [0xf3], [0xf2]], // i í ì ỉ ĩ ị: single bytes í ì æ ó ò
  plainSeries(0x6f), // o
  circumflexSeries(0x6f), // ô
  plainSeries(V_O_HORN), // ơ
  plainSeries(0x75), // u
  plainSeries(V_U_HORN), // ư
  [[0x79], [0x79, V_ACUTE], [0x79, V_GRAVE], [0x79, V_HOOK], [0x79, V_TILDE], [0xee]], // y … ỵ = î
];
const VNI_LOWER_D_STROKE = 0xf1; // đ 'ñ'

// ---------------------------------------------------------------------------------------------
// Tables built once at module load.
// ---------------------------------------------------------------------------------------------

/** One past the highest code unit of a precomposed Vietnamese letter (ỹ is U+1EF9). */
const UNICODE_LIMIT = 0x1f00;

/** Unicode code unit → TCVN3 mojibake string. */
const TCVN3_ENCODE: (string | undefined)[] = new Array<string | undefined>(UNICODE_LIMIT);
/** Unicode code unit → VNI mojibake string. */
const VNI_ENCODE: (string | undefined)[] = new Array<string | undefined>(UNICODE_LIMIT);
/** TCVN3 mojibake char (< 256) → Unicode letter (lowercase for toned vowels). */
const TCVN3_DECODE: (string | undefined)[] = new Array<string | undefined>(256);
/** TCVN3 mojibake char (< 256) → capital letter, only for bytes shared by a toned lower/upper pair. */
const TCVN3_DECODE_UPPER: (string | undefined)[] = new Array<string | undefined>(256);
/**
 * Case class of a char < 256 when reading TCVN3 mojibake: 0 not a letter, 1 lowercase, 2 capital,
 * 3 a toned vowel byte whose case is unknown.
 */
const TCVN3_CASE = new Uint8Array(256);
const CASE_NONE = 0;
const CASE_LOWER = 1;
const CASE_UPPER = 2;
const CASE_AMBIGUOUS = 3;
/** VNI: (base char << 8 | mark char) → Unicode letter. */
const VNI_PAIRS = new Map<number, string>();
/** VNI: single mojibake char (< 256) → Unicode letter (ơ ư đ and the i/ỵ forms). */
const VNI_SINGLE: (string | undefined)[] = new Array<string | undefined>(256);
/** 1 where a char < 256 can start a VNI base+mark pair. */
const VNI_IS_BASE = new Uint8Array(256);

/**
 * Letter information for the syllable check, indexed by code unit: 0 when not a Vietnamese letter,
 * otherwise `letterId | tone << 5 | LETTER_PRESENT (| LETTER_UPPER)` (tone 0 none, 1 sắc, 2 huyền,
 * 3 hỏi, 4 ngã, 5 nặng).
 */
const LETTER_INFO = new Int32Array(UNICODE_LIMIT);
const LETTER_PRESENT = 1 << 8;
const LETTER_UPPER = 1 << 9;
/** The 29 letters of the Vietnamese alphabet (ids 1–29); f j w z get id 30, which no list contains. */
const VIETNAMESE_LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const FOREIGN_LETTERS = 'fjwz';
const LETTERS = VIETNAMESE_LETTERS + FOREIGN_LETTERS;
const letterId = (ch: string): number => {
  if (FOREIGN_LETTERS.includes(ch)) return 30;
  const index = VIETNAMESE_LETTERS.indexOf(ch);
  if (index < 0) throw new Error(`not a letter: ${ch}`);
  return index + 1;
};
const VOWEL_IDS = new Uint8Array(32);

const mojibake = (bytes: readonly number[]): string => String.fromCharCode(...bytes);
/** VNI capital form of a byte: ASCII letters and the 0xE0–0xFE marks both shift by 0x20. */
const vniUpperByte = (b: number): number => ((b >= 0x61 && b <= 0x7a) || b >= 0xe0 ? b - 0x20 : b);

function buildTables(): void {
  for (let c = 0x41; c <= 0x5a; c++) TCVN3_CASE[c] = CASE_UPPER;
  for (let c = 0x61; c <= 0x7a; c++) TCVN3_CASE[c] = CASE_LOWER;
  // Latin-1 letters that TCVN3 does not use keep their Windows-1252 case.
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) TCVN3_CASE[c] = CASE_UPPER;
  for (let c = 0xdf; c <= 0xff; c++) if (c !== 0xf7) TCVN3_CASE[c] = CASE_LOWER;

  for (const ch of LETTERS) {
    const info = letterId(ch) | LETTER_PRESENT;
    LETTER_INFO[ch.charCodeAt(0)] = info;
    LETTER_INFO[ch.toUpperCase().charCodeAt(0)] = info | LETTER_UPPER;
  }

  BASE_VOWELS.forEach((vowel, row) => {
    VOWEL_IDS[letterId(vowel)] = 1;
    const tcvnRow = TCVN3_VOWEL_BYTES[row];
    const vniRow = VNI_VOWEL_BYTES[row];
    if (tcvnRow === undefined || vniRow === undefined) throw new Error('table rows out of step');
    TONE_MARKS.forEach((mark, tone) => {
      const lower = (vowel + mark).normalize('NFC');
      const upper = lower.toUpperCase();
      const tcvnByte = tcvnRow[tone];
      const vniBytes = vniRow[tone];
      if (lower.length !== 1 || upper.length !== 1 || tcvnByte === undefined || vniBytes === undefined) {
        throw new Error(`bad table entry for ${vowel} tone ${tone}`);
      }
      const info = letterId(vowel) | (tone << 5) | LETTER_PRESENT;
      LETTER_INFO[lower.charCodeAt(0)] = info;
      LETTER_INFO[upper.charCodeAt(0)] = info | LETTER_UPPER;

      // TCVN3: one byte for the lowercase letter; toned capitals share it (see module comment).
      const tcvnChar = String.fromCharCode(tcvnByte);
      if (tcvnByte >= 0x80) {
        TCVN3_ENCODE[lower.charCodeAt(0)] = tcvnChar;
        TCVN3_DECODE[tcvnByte] = lower;
        if (tone === 0) {
          TCVN3_CASE[tcvnByte] = CASE_LOWER;
        } else {
          TCVN3_ENCODE[upper.charCodeAt(0)] = tcvnChar;
          TCVN3_DECODE_UPPER[tcvnByte] = upper;
          TCVN3_CASE[tcvnByte] = CASE_AMBIGUOUS;
        }
      }

      // VNI: base byte (+ mark byte); capitals use the capital forms of both.
      const upperBytes = vniBytes.map(vniUpperByte);
      if (vniBytes.length > 1 || (vniBytes[0] ?? 0) >= 0x80) {
        VNI_ENCODE[lower.charCodeAt(0)] = mojibake(vniBytes);
        VNI_ENCODE[upper.charCodeAt(0)] = mojibake(upperBytes);
      }
      for (const [bytes, letter] of [
        [vniBytes, lower],
        [upperBytes, upper],
      ] as const) {
        const first = bytes[0];
        const second = bytes[1];
        if (first === undefined) throw new Error('empty VNI entry');
        if (second !== undefined) {
          VNI_PAIRS.set((first << 8) | second, letter);
          VNI_IS_BASE[first] = 1;
        } else if (first >= 0x80) {
          VNI_SINGLE[first] = letter;
        }
      }
    });
  });

  for (const [capital, byte] of TCVN3_SINGLE_BYTE_CAPITALS) {
    TCVN3_ENCODE[capital.charCodeAt(0)] = String.fromCharCode(byte);
    TCVN3_DECODE[byte] = capital;
    TCVN3_CASE[byte] = CASE_UPPER;
  }
  TCVN3_ENCODE[0x111] = String.fromCharCode(TCVN3_LOWER_D_STROKE);
  TCVN3_DECODE[TCVN3_LOWER_D_STROKE] = 'đ';
  TCVN3_CASE[TCVN3_LOWER_D_STROKE] = CASE_LOWER;

  VNI_ENCODE[0x111] = String.fromCharCode(VNI_LOWER_D_STROKE);
  VNI_ENCODE[0x110] = String.fromCharCode(vniUpperByte(VNI_LOWER_D_STROKE));
  VNI_SINGLE[VNI_LOWER_D_STROKE] = 'đ';
  VNI_SINGLE[vniUpperByte(VNI_LOWER_D_STROKE)] = 'Đ';
}
buildTables();

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
const MAX_WORD = 24;
const scratchCodes = new Int32Array(MAX_WORD);
const scratchIds = new Int32Array(MAX_WORD);
/** Case of each scratch letter when it is known: 1 lowercase, 2 capital, 0 unknown (shared TCVN3 byte). */
const scratchCase = new Uint8Array(MAX_WORD);
const caseOf = (code: number): number => {
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
function isSyllable(length: number, strict: boolean): boolean {
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
