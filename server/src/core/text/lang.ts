/** CJK ideographs (BMP and the common extension planes) and CJK punctuation. */
export const CJK =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;

/**
 * The language of a text: `zh` when Chinese carries more of it than English. One Han character
 * weighs about as much as one English word.
 */
export function detectLang(text: string): 'zh' | 'en' {
  const han = countHan(text);
  const words = countEnglishWords(text);
  return han > 0 && han >= words ? 'zh' : 'en';
}

export function isHan(ch: string): boolean {
  return /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch) || /^[\ud840-\ud87f][\udc00-\udfff]/.test(ch);
}

// The counts below are the match counts of `HAN` and `LATIN_WORD`, by a loop over char codes:
// `text.match(re)` would allocate a string for every character or word of a long body.

/** Counts Han characters (BMP ideographs, as `HAN` matches them). */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Counts English words (letters, with inner apostrophes), as `LATIN_WORD` matches them. */
export function countEnglishWords(text: string): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    n++;
    while (i < len && isAsciiLetter(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 39 && i + 1 < len && isAsciiLetter(text.charCodeAt(i + 1))) {
      i++;
      while (i < len && isAsciiLetter(text.charCodeAt(i))) i++;
    }
  }
  return n;
}

/** The regular expressions the counts stand for (kept for tests and documentation). */
export const COUNTED = { han: HAN, latinWord: LATIN_WORD } as const;
