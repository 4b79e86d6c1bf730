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
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han > 0 && han >= words ? 'zh' : 'en';
}

export function isHan(ch: string): boolean {
  return /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch) || /^[\ud840-\ud87f][\udc00-\udfff]/.test(ch);
}

/** Counts Han characters. */
export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Counts English words (letters, with inner apostrophes). */
export function countEnglishWords(text: string): number {
  return text.match(LATIN_WORD)?.length ?? 0;
}
