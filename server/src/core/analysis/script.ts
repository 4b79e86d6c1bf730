/// <reference path="./opencc.d.ts" />
/**
 * Simplified and Traditional Chinese. Every Chinese rule matches its words on a Simplified view
 * of the text that has exactly the same length, so that offsets found in the view index the
 * draft as written; a fix's Chinese text is turned into the draft's script at the end.
 *
 * The tables are OpenCC's own character dictionaries (through `opencc-js`), character by
 * character: the phrase dictionaries would change lengths and weigh a megabyte.
 */
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { ZH_TW_AFTER, ZH_TW_BEFORE } from '../i18n-zh-tw.generated';

export type Script = 'hans' | 'hant';

/** Traditional (and Taiwan variant) characters to Simplified, character by character. */
const t2s = ConverterFactory([TWVariantsRev], [TSCharacters]);
/** Simplified to Traditional with Taiwan variants, character by character. */
const s2t = ConverterFactory([STCharacters], [TWVariants]);

/** Keys of a dictionary string (`"from to|from to"`): the characters it converts. */
function keys(dict: string): Set<string> {
  const out = new Set<string>();
  for (const pair of dict.split('|')) {
    const k = pair.slice(0, pair.indexOf(' '));
    if (k) out.add(k);
  }
  return out;
}

let traditionalOnly: Set<string> | null = null;
let simplifiedOnly: Set<string> | null = null;

/** Characters only Traditional text uses, and characters only Simplified text uses (built on first use). */
function tables(): [Set<string>, Set<string>] {
  if (!traditionalOnly || !simplifiedOnly) {
    const t = keys(TSCharacters);
    const s = keys(STCharacters);
    // A character both tables convert (`么`, `着`) tells nothing.
    traditionalOnly = new Set([...t].filter((c) => !s.has(c)));
    simplifiedOnly = new Set([...s].filter((c) => !t.has(c)));
  }
  return [traditionalOnly, simplifiedOnly];
}

/** Characters that tell the scripts apart: this many settle the question. */
const ENOUGH = 64;

/**
 * The script of a text's Chinese: `hant` when more of its characters are only Traditional than
 * only Simplified (the first 64 such characters decide). Text with no Chinese, or as much of
 * each, is `hans`.
 */
export function detectScript(text: string): Script {
  const [trad, simp] = tables();
  let t = 0;
  let s = 0;
  for (let i = 0; i < text.length && t + s < ENOUGH; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, ++i + 1) : text[i]!;
    if (trad.has(ch)) t++;
    else if (simp.has(ch)) s++;
  }
  return t > s ? 'hant' : 'hans';
}

/**
 * The Simplified form of `text`, with exactly its length: a character whose Simplified form has
 * another length in UTF-16 (a few rare ones outside the BMP) stays as it is.
 */
export function toSimplifiedSameLength(text: string): string {
  const whole = t2s(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const c = t2s(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** `text` (Simplified or mixed) in Traditional characters, Taiwan forms. */
export function toTraditional(text: string): string {
  return s2t(text);
}

/**
 * `text` in Traditional characters, corrected where the build-time phrase-aware conversion of
 * Cordial's own texts learnt that a character pair has another form (`分钟` → `分鐘`, not `分鍾`).
 */
export function toTraditionalWords(text: string): string {
  const t = toTraditional(text);
  if (t.length !== text.length) return t;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const form =
      (i > 0 ? ZH_TW_AFTER[text.slice(i - 1, i + 1)] : undefined) ??
      (i + 1 < text.length ? ZH_TW_BEFORE[text.slice(i, i + 2)] : undefined);
    if (form === undefined || form === t[i]) continue;
    out += t.slice(from, i) + form;
    from = i + 1;
  }
  return from === 0 ? t : out + t.slice(from);
}

/** `text` in the given script: Traditional for `hant`, unchanged for `hans`. */
export function inScript(text: string, script: Script): string {
  return script === 'hant' && /[\u3400-\u9fff]/.test(text) ? toTraditionalWords(text) : text;
}
