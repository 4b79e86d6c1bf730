/**
 * Questions in running text: which sentences ask something. Shared by `structure/unanswered`
 * (the customer's questions in the quoted message) and `structure/many-questions`. Works on
 * Simplified text (Traditional drafts are read through their Simplified view).
 */
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';

/** A question: its sentence, in offsets of the text it was found in. */
export interface Question extends Span {
  text: string;
}

const QUESTION_MARK = /[?？]["”’')）]*$/;
/** A Chinese particle that ends a question (`吗`, `呢`, `么`), maybe followed by a stop. */
const ZH_FINAL = /[吗呢么嘛][。.！!~～]*$/;
/** Words that ask inside a Chinese sentence. */
const ZH_ASK =
  /多少|几[个天件号点时周次位种款]|什么时候|何时|哪[里儿个些天家种]|怎么|如何|是否|能不能|可不可以|有没有|是不是|会不会/;
/** English questions open with an auxiliary or a question word. */
const EN_ASK =
  /^(?:can|could|would|will|when|what|which|where|how much|how many|how long|how soon|is there|are there|is it|do you|does|did you|have you|has)\b/i;

/**
 * Not a real question: a presence check or a greeting (`在吗？`, `how are you?`), a rhetorical
 * one (`难道…吗`, `…, right?`, `不是吗`), or a softener on a request (`…好吗？`, `OK?`).
 */
const NOT_ASKING =
  /^(?:[^，,]{0,4}(?:在吗|在么|在不在|在不|在线吗|有人吗|有人在吗|忙吗|忙么|有空吗|人呢)|(?:你|您)好吗|how are you|how's it going|how is it going|how have you been|are you (?:there|here|around|free)|(?:any|you) ?(?:body|one)? there|hello|hi|ping)[\s?？!！.。~～]*$|难道|何必|岂不|谁不|不是吗|对吧|是吧|好吗[?？]?$|行吗[?？]?$|好不好[?？]?$|\b(?:right|ok|okay|isn't it|don't you think|why not)[?？]+$/i;

/** True when the sentence (trimmed) asks something. */
export function isQuestion(sentence: string): boolean {
  const s = sentence.trim();
  if (!s) return false;
  const asks =
    QUESTION_MARK.test(s) || ZH_FINAL.test(s) || ((ZH_ASK.test(s) || EN_ASK.test(s)) && !/[。.!！]$/.test(s));
  // The costlier test for what only looks like a question runs on questions alone.
  return asks && !NOT_ASKING.test(s);
}

/** A character or word every question holds: text without one asks nothing. */
export const QUESTION_HINT =
  /[?？吗呢么嘛几哪]|多少|什么时候|何时|怎么|如何|是否|能不能|可不可以|有没有|是不是|会不会|\b(?:can|could|would|will|when|what|which|where|how|is|are|do|does|did|have|has)\b/gi;

/** How many question hints `text` holds, counting up to `max`. */
export function questionHints(text: string, max: number): number {
  QUESTION_HINT.lastIndex = 0;
  let n = 0;
  while (n < max && QUESTION_HINT.exec(text)) n++;
  return n;
}

/** The questions of `text[from, to)`, sentence by sentence. */
export function questionsIn(text: string, from = 0, to = text.length): Question[] {
  const out: Question[] = [];
  for (const s of splitSentences(text, from, to)) {
    // `> ` quote marks and list markers are not part of the question.
    let start = s.start;
    const lead = /^(?:[>\s]+|\d+[.)、]\s*)+/.exec(text.slice(start, s.end));
    if (lead) start += lead[0].length;
    const q = text.slice(start, s.end);
    if (isQuestion(q)) out.push({ start, end: s.end, text: q });
  }
  return out;
}
