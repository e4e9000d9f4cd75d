/** Byte tables of the legacy Vietnamese encodings TCVN3 (ABC) and VNI-Windows, and letter data for the syllable check; see legacy-encodings.ts for the sources. */
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
export const UNICODE_LIMIT = 0x1f00;

/** Unicode code unit → TCVN3 mojibake string. */
export const TCVN3_ENCODE: (string | undefined)[] = new Array<string | undefined>(UNICODE_LIMIT);
/** Unicode code unit → VNI mojibake string. */
export const VNI_ENCODE: (string | undefined)[] = new Array<string | undefined>(UNICODE_LIMIT);
/** TCVN3 mojibake char (< 256) → Unicode letter (lowercase for toned vowels). */
export const TCVN3_DECODE: (string | undefined)[] = new Array<string | undefined>(256);
/** TCVN3 mojibake char (< 256) → capital letter, only for bytes shared by a toned lower/upper pair. */
export const TCVN3_DECODE_UPPER: (string | undefined)[] = new Array<string | undefined>(256);
/**
 * Case class of a char < 256 when reading TCVN3 mojibake: 0 not a letter, 1 lowercase, 2 capital,
 * 3 a toned vowel byte whose case is unknown.
 */
export const TCVN3_CASE = new Uint8Array(256);
export const CASE_NONE = 0;
export const CASE_LOWER = 1;
export const CASE_UPPER = 2;
export const CASE_AMBIGUOUS = 3;
/** VNI: (base char << 8 | mark char) → Unicode letter. */
export const VNI_PAIRS = new Map<number, string>();
/** VNI: single mojibake char (< 256) → Unicode letter (ơ ư đ and the i/ỵ forms). */
export const VNI_SINGLE: (string | undefined)[] = new Array<string | undefined>(256);
/** 1 where a char < 256 can start a VNI base+mark pair. */
export const VNI_IS_BASE = new Uint8Array(256);

/**
 * Letter information for the syllable check, indexed by code unit: 0 when not a Vietnamese letter,
 * otherwise `letterId | tone << 5 | LETTER_PRESENT (| LETTER_UPPER)` (tone 0 none, 1 sắc, 2 huyền,
 * 3 hỏi, 4 ngã, 5 nặng).
 */
export const LETTER_INFO = new Int32Array(UNICODE_LIMIT);
const LETTER_PRESENT = 1 << 8;
export const LETTER_UPPER = 1 << 9;
/** The 29 letters of the Vietnamese alphabet (ids 1–29); f j w z get id 30, which no list contains. */
const VIETNAMESE_LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const FOREIGN_LETTERS = 'fjwz';
const LETTERS = VIETNAMESE_LETTERS + FOREIGN_LETTERS;
export const letterId = (ch: string): number => {
  if (FOREIGN_LETTERS.includes(ch)) return 30;
  const index = VIETNAMESE_LETTERS.indexOf(ch);
  if (index < 0) throw new Error(`not a letter: ${ch}`);
  return index + 1;
};
export const VOWEL_IDS = new Uint8Array(32);

export const mojibake = (bytes: readonly number[]): string => String.fromCharCode(...bytes);
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
