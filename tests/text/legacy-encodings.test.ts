import { describe, it, expect } from 'vitest';
import { detectLegacyEncoding } from '../../src/text/legacy-detect.js';
import { fromTcvn3, fromVni, toTcvn3, toVni } from '../../src/text/legacy-encodings.js';

// The letter set is built from Unicode composition, not from the module's tables.
const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const LOWER_LETTERS = [...BASE_VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());
const ALL_LETTERS = [...LOWER_LETTERS, ...UPPER_LETTERS];
/** Capitals that TCVN3 encodes with their own byte: the ASCII vowels plus Ă Â Ê Ô Ơ Ư Đ. */
const TONELESS_CAPITALS = new Set(['A', 'Ă', 'Â', 'E', 'Ê', 'I', 'O', 'Ô', 'Ơ', 'U', 'Ư', 'Y', 'Đ']);
const TONED_CAPITALS = UPPER_LETTERS.filter((l) => !TONELESS_CAPITALS.has(l));

const hex = (s: string): string[] => [...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase());

describe('letter set', () => {
  it('has 12 vowels × 6 tones + đ in both cases, each one precomposed code unit', () => {
    expect(ALL_LETTERS).toHaveLength(146);
    expect(new Set(ALL_LETTERS).size).toBe(146);
    for (const l of ALL_LETTERS) expect(l.length).toBe(1);
    expect(TONED_CAPITALS).toHaveLength(60);
  });
});

describe('VNI round trip', () => {
  it.each(ALL_LETTERS)('%s survives toVni → fromVni', (letter) => {
    expect(fromVni(toVni(letter))).toBe(letter);
  });

  it('round-trips every letter inside words, next to ASCII and to each other', () => {
    const text = ALL_LETTERS.map((l) => `b${l}n${l}${l}`).join(' ');
    const encoded = toVni(text);
    expect(encoded).not.toBe(text);
    expect(fromVni(encoded)).toBe(text);
  });

  it('gives every letter a distinct encoding made only of Windows-1252 characters up to U+00FF', () => {
    const encodings = ALL_LETTERS.map(toVni);
    expect(new Set(encodings).size).toBe(ALL_LETTERS.length);
    for (const e of encodings) for (const c of e) expect(c.charCodeAt(0)).toBeLessThan(0x100);
  });
});

describe('TCVN3 round trip', () => {
  it.each(LOWER_LETTERS)('%s survives toTcvn3 → fromTcvn3', (letter) => {
    expect(fromTcvn3(toTcvn3(letter))).toBe(letter);
  });

  it.each([...TONELESS_CAPITALS])('capital %s has its own byte and survives alone', (letter) => {
    expect(fromTcvn3(toTcvn3(letter))).toBe(letter);
  });

  it.each(TONED_CAPITALS)('toned capital %s survives inside an all-caps word', (letter) => {
    const word = `TR${letter}NG`;
    expect(fromTcvn3(toTcvn3(word))).toBe(word);
  });

  it('writes a toned capital with the lowercase byte, so alone it comes back lowercase', () => {
    for (const capital of TONED_CAPITALS) {
      expect(toTcvn3(capital)).toBe(toTcvn3(capital.toLowerCase()));
      expect(fromTcvn3(toTcvn3(capital))).toBe(capital.toLowerCase());
    }
    expect(fromTcvn3(toTcvn3('Ánh'))).toBe('ánh');
  });

  it('gives the 67 lowercase letters distinct single characters', () => {
    const encodings = LOWER_LETTERS.map(toTcvn3);
    for (const e of encodings) expect(e).toHaveLength(1);
    expect(new Set(encodings).size).toBe(LOWER_LETTERS.length);
  });

  it.each([
    'Nguyễn Văn Hùng',
    'Trường Đại học',
    'Thu Hà',
    'Hồ',
    'Lý',
    'NGUYỄN THỊ HÀ',
    'LÊ VĂN ĐỨC',
    'Số 12 đường Lê Lợi, phường Bến Nghé, quận 1, TP. Hồ Chí Minh',
  ])('round-trips the name or address %s, restoring capitals from context', (text) => {
    expect(fromTcvn3(toTcvn3(text))).toBe(text);
  });
});

describe('fixed outputs', () => {
  // TCVN3 bytes: lamdao/xvnkb tcvn.h, OpenKey _codeTable (kTcvn3Map in NexusKey CodeTableConverter.cpp)
  // and the TCVN3TAB string of gist congkhoa/bcd46eea4972d01aad15f2c603b560c7.
  it('TCVN3 maps the cited bytes', () => {
    expect(hex(toTcvn3('áăđư'))).toEqual(['B8', 'A8', 'AE', 'AD']);
    expect(toTcvn3('ĂÂÊÔƠƯĐ')).toBe('¡¢£¤¥¦§');
    expect(hex(toTcvn3('ễùỵ'))).toEqual(['D4', 'EF', 'FE']);
  });

  it('TCVN3 matches the whole reference table of the community converters', () => {
    // TCVN3TAB / UNICODETAB from gist congkhoa/bcd46eea4972d01aad15f2c603b560c7 (same strings in
    // backupvietsoft/HRM ConvertVNI/XtraForm1.cs); the gist's "-" for ư restored to the soft hyphen 0xAD.
    const tcvn3Tab =
      'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';
    const unicodeTab =
      'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
    expect([...tcvn3Tab]).toHaveLength([...unicodeTab].length);
    expect(toTcvn3(unicodeTab)).toBe(tcvn3Tab);
    expect(fromTcvn3(tcvn3Tab)).toBe(unicodeTab);
  });

  it('TCVN3 reproduces examples from community converters', () => {
    // convertTcvn3ToUnicode usage example: "B¶o Th¾ng" → Bảo Thắng, "Mêng Kh¬ng" → Mường Khương (ư is the
    // invisible soft hyphen U+00AD), "B¸t X¸t" → Bát Xát.
    expect(toTcvn3('Bảo Thắng')).toBe('B¶o Th¾ng');
    expect(toTcvn3('Mường Khương')).toBe('M\u00adêng Kh\u00ad¬ng');
    expect(toTcvn3('Bát Xát')).toBe('B¸t X¸t');
    // gist congkhoa: TCVN3_to_unicode('hép møt tÕt') == 'hộp mứt tết'.
    expect(fromTcvn3('hép møt tÕt')).toBe('hộp mứt tết');
    expect(toTcvn3('Nguyễn Văn Hùng')).toBe('NguyÔn V¨n Hïng');
  });

  // VNI bytes: lamdao/xvnkb vni.h and OpenKey _codeTable (kVniMap).
  it('VNI reproduces the vietnamese-conversion README example', () => {
    // duydev/vietnamese-conversion: toVNI('Xin chào các bạn') → 'Xin chaøo caùc baïn'.
    expect(toVni('Xin chào các bạn')).toBe('Xin chaøo caùc baïn');
    expect(toVni('Nguyễn Văn Hùng')).toBe('Nguyeãn Vaên Huøng');
  });

  it('VNI matches the whole xvnkb vni.h table', () => {
    // lamdao/xvnkb vni.h, rows A Â Ă E Ê O Ô Ơ U Ư I Y, columns none/sắc/huyền/hỏi/ngã/nặng, then Đ.
    const upper = [
      'A', 'AÙ', 'AØ', 'AÛ', 'AÕ', 'AÏ', 'AÂ', 'AÁ', 'AÀ', 'AÅ', 'AÃ', 'AÄ', 'AÊ', 'AÉ', 'AÈ', 'AÚ', 'AÜ', 'AË',
      'E', 'EÙ', 'EØ', 'EÛ', 'EÕ', 'EÏ', 'EÂ', 'EÁ', 'EÀ', 'EÅ', 'EÃ', 'EÄ',
      'O', 'OÙ', 'OØ', 'OÛ', 'OÕ', 'OÏ', 'OÂ', 'OÁ', 'OÀ', 'OÅ', 'OÃ', 'OÄ', 'Ô', 'ÔÙ', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÏ',
      'U', 'UÙ', 'UØ', 'UÛ', 'UÕ', 'UÏ', 'Ö', 'ÖÙ', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÏ',
      'I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò', 'Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î', 'Ñ',
    ];
    const lower = [
      'a', 'aù', 'aø', 'aû', 'aõ', 'aï', 'aâ', 'aá', 'aà', 'aå', 'aã', 'aä', 'aê', 'aé', 'aè', 'aú', 'aü', 'aë',
      'e', 'eù', 'eø', 'eû', 'eõ', 'eï', 'eâ', 'eá', 'eà', 'eå', 'eã', 'eä',
      'o', 'où', 'oø', 'oû', 'oõ', 'oï', 'oâ', 'oá', 'oà', 'oå', 'oã', 'oä', 'ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï',
      'u', 'uù', 'uø', 'uû', 'uõ', 'uï', 'ö', 'öù', 'öø', 'öû', 'öõ', 'öï',
      'i', 'í', 'ì', 'æ', 'ó', 'ò', 'y', 'yù', 'yø', 'yû', 'yõ', 'î', 'ñ',
    ];
    const rows = ['a', 'â', 'ă', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư', 'i', 'y'];
    const unicodeLower = [...rows.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
    expect(lower).toHaveLength(unicodeLower.length);
    expect(upper).toHaveLength(unicodeLower.length);
    unicodeLower.forEach((letter, i) => {
      expect(toVni(letter), letter).toBe(lower[i]);
      expect(toVni(letter.toUpperCase()), letter.toUpperCase()).toBe(upper[i]);
      expect(fromVni(lower[i] ?? '')).toBe(letter);
      expect(fromVni(upper[i] ?? '')).toBe(letter.toUpperCase());
    });
  });

  it('VNI writes capitals with capital marks and uses single bytes for ơ ư đ and i/ỵ forms', () => {
    expect(toVni('Á Ấ Ắ Ơ Ư Đ')).toBe('AÙ AÁ AÉ Ô Ö Ñ');
    expect(toVni('ơ ư đ í ì ỉ ĩ ị ỵ')).toBe('ô ö ñ í ì æ ó ò î');
    expect(toVni('Ỵ Ỉ')).toBe('Î Æ');
    expect(toVni('ờ ự')).toBe('ôø öï');
  });
});

describe('pass-through', () => {
  it.each(['', 'Nguyen Van Hung', '12/3 Le Loi, Q.1', 'Straße 5, Zürich', 'Москва 北京 😀'])(
    'leaves %j unchanged in both encoders',
    (text) => {
      expect(toTcvn3(text)).toBe(text);
      expect(toVni(text)).toBe(text);
    },
  );

  it('leaves ASCII unchanged in both decoders', () => {
    const ascii = 'Nguyen Van Hung, 12/3 Le Loi; Q.1 - TP.HCM (VN) 0123456789';
    expect(fromTcvn3(ascii)).toBe(ascii);
    expect(fromVni(ascii)).toBe(ascii);
  });

  it('encodes decomposed (NFD) input like its NFC form', () => {
    const nfc = 'Nguyễn Thị Hường, Đắk Lắk';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(toTcvn3(nfd)).toBe(toTcvn3(nfc));
    expect(toVni(nfd)).toBe(toVni(nfc));
  });

  it('returns NFC from the decoders', () => {
    const decoded = fromVni(toVni('Khuỷu Nguyễn Ưng'));
    expect(decoded).toBe(decoded.normalize('NFC'));
    expect(decoded).toBe('Khuỷu Nguyễn Ưng');
  });
});

describe('detectLegacyEncoding', () => {
  const names = [
    'Nguyễn Văn Hùng',
    'Trần Thị Mai',
    'Lê Hoàng Long',
    'Phạm Minh Tuấn',
    'Đặng Ngọc Ánh',
    'Bùi Thị Hương',
    'Huỳnh Đức Thắng',
    'Võ Thị Kim Yến',
    'Số 12 đường Lê Lợi, phường Bến Nghé, quận 1',
    'Xã Đắk Pxi, huyện Đắk Hà, tỉnh Kon Tum',
  ];

  it.each(names)('recognises TCVN3 mojibake of %s in title case and all caps', (name) => {
    expect(detectLegacyEncoding(toTcvn3(name))).toBe('tcvn3');
    expect(detectLegacyEncoding(toTcvn3(name.toUpperCase()))).toBe('tcvn3');
  });

  it.each(names)('recognises VNI mojibake of %s in title case and all caps', (name) => {
    expect(detectLegacyEncoding(toVni(name))).toBe('vni');
    expect(detectLegacyEncoding(toVni(name.toUpperCase()))).toBe('vni');
  });

  it('recognises mojibake strings written out literally', () => {
    expect(detectLegacyEncoding('NguyÔn V¨n Hïng')).toBe('tcvn3');
    expect(detectLegacyEncoding('B¶o Th¾ng')).toBe('tcvn3');
    expect(detectLegacyEncoding('hép møt tÕt')).toBe('tcvn3');
    expect(detectLegacyEncoding('Nguyeãn Vaên Huøng')).toBe('vni');
    expect(detectLegacyEncoding('Xin chaøo caùc baïn')).toBe('vni');
  });

  it.each(names)('returns null for clean %s in NFC and NFD', (name) => {
    expect(detectLegacyEncoding(name)).toBeNull();
    expect(detectLegacyEncoding(name.normalize('NFD'))).toBeNull();
  });

  it.each([
    '',
    'Nguyen Van Hung',
    'Hoàng Anh',
    'Lê Thúy Hà',
    'Hoà',
    'José Müller',
    'François Lefèvre',
    'Søren Ødegård',
    'João Gonçalves',
    'Zoë Saldaña',
    'Raúl Álvarez',
    'Anaïs Noël',
    'Loïc Dupont',
    'Loïc Lefèvre',
    'Straße 5, Zürich',
    'Malmö, Göteborg, Århus',
  ])('returns null for %j', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it('flags a lone foreign word that decodes to a syllable (documented blind spot)', () => {
    // "Loïc" reads as VNI "Lọc"; with any other foreign word next to it the guess is withdrawn.
    expect(detectLegacyEncoding('Loïc')).toBe('vni');
    expect(detectLegacyEncoding('Loïc Lefèvre')).toBeNull();
  });

  it('leaves mojibake that is also clean Vietnamese undecided (documented blind spot)', () => {
    // VNI "Hồ" is "Hoà", which is itself a correctly spelled Vietnamese syllable.
    expect(toVni('Hồ')).toBe('Hoà');
    expect(detectLegacyEncoding(toVni('Hồ'))).toBeNull();
  });
});
