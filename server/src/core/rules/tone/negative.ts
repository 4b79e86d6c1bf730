import { LISTS } from '../../analysis/tone-lists';
import { defineRule, type RuleContext } from '../../engine/rule';
import { notWritersOwn, ownParagraphs, scanWords, sentenceAround, skipSpan } from './scan';
import {
  ALTERNATIVE_EN,
  ALTERNATIVE_ZH,
  POSITIVE,
  REFUSAL_EN,
  REFUSAL_ZH,
  UNLESS_ALTERNATIVE,
} from './words/negative';

const matcher = LISTS.negative;
/** The modal verbs of a refusal: paragraphs without one are not looked at again. */
/**
 * Words before `impossible` / `没办法` that describe a problem rather than refuse:
 * `browsing is almost impossible`, `makes it impossible`, `一直没办法登录`.
 */
const DESCRIBES_EN =
  /(?:\b(?:almost|nearly|virtually|practically|next to|close to|all but|made it|makes it|make it|making it)|\b\w+ing\s+(?:is|was|are|were|has been|have been|became|becomes|seems|seemed))\s+$/i;
const DESCRIBES_ZH = /(?:几乎|基本上?|一直|总是|老是|经常|还是|根本就)$/;

function describesProblem(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 40), start).replace(/\r?\n|\r/g, ' ');
  return DESCRIBES_EN.test(head) || DESCRIBES_ZH.test(head);
}

/** True when the rest of the writer's paragraph after `end` offers an alternative. */
function offersAfter(context: RuleContext<string>, end: number): boolean {
  const text = context.draft.body.text;
  const p = ownParagraphs(context).find((q) => q.start <= end && end <= q.end);
  if (!p) return false;
  const rest = text.slice(end, p.end);
  return ALTERNATIVE_ZH.test(rest) || ALTERNATIVE_EN.test(rest);
}

const REFUSAL_HINT = /不能|无法|没法|不可以|can['’]?t|cannot|can not|unable|won['’]t be able|not able/gi;

export const negative = defineRule({
  id: 'tone/negative',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: false,
  description: { en: 'Flat refusals and dead ends.', zh: '生硬的拒绝和“死胡同”式的回答。' },
  explanation: {
    en: 'A bare “no” or “I don’t know” leaves the client with nowhere to go. Even when the answer is no, say what you can do, or when you will know.',
    zh: '一句“不行”“我不知道”让客户无路可走。即使答案是否定的，也请说明能做什么，或什么时候能给答复。',
  },
  messages: {
    negative: {
      en: '“{{word}}” is a dead end for the reader. Say what you can do instead, e.g. “{{rewrite}}”.',
      zh: '“{{word}}”让对方无路可走。请说明您能做什么，例如“{{rewrite}}”。',
    },
    refusal: {
      en: 'The message ends on a refusal (“{{word}}”) with no alternative. Offer what you can do.',
      zh: '消息以拒绝（“{{word}}”）结尾，没有给出替代方案。请说明可以为对方做什么。',
    },
  },
  check(context) {
    const text = context.draft.body.text;
    const seen = new Set<number>();
    for (const m of scanWords(context, matcher)) {
      seen.add(m.start);
      // Asked (`没办法收件了吗？`), reported, or describing a problem: not the writer's refusal.
      if (notWritersOwn(text, m.start, m.end) || describesProblem(text, m.start)) continue;
      // `今天到是做不到的哦，最快明天，我给您加急发出`: the alternative follows, so it is no dead end.
      if (offersAfter(context, m.end)) continue;
      // A hard-wrapped line (`I don't know\nwhy yet`) goes on: the clause did not end there.
      if (m.entry.clauseEnd && /^[ \t]*\r?\n[ \t]*[a-z]/.test(text.slice(m.end, m.end + 8))) continue;
      if (UNLESS_ALTERNATIVE.has(m.entry.text)) {
        const p = ownParagraphs(context).find((x) => x.start <= m.start && m.end <= x.end);
        const rest = p ? text.slice(p.start, m.start) + text.slice(m.end, p.end) : '';
        if (ALTERNATIVE_ZH.test(rest) || ALTERNATIVE_EN.test(rest)) continue;
      }
      context.report({
        messageId: 'negative',
        data: { word: m.text, rewrite: m.entry.lang === 'zh' ? POSITIVE.zh : POSITIVE.en },
        span: context.bodySpan(m.start, m.end),
        suggestion: POSITIVE,
      });
    }
    // `不能` / `can't` only as a refusal that ends the message with nothing offered instead.
    REFUSAL_HINT.lastIndex = 0;
    if (!REFUSAL_HINT.test(text)) return;
    for (const p of ownParagraphs(context)) {
      REFUSAL_HINT.lastIndex = p.start;
      const hint = REFUSAL_HINT.exec(text);
      if (!hint || hint.index >= p.end) continue;
      let end = p.end;
      while (end > p.start && /[\s。.！!]/.test(text[end - 1]!)) end--;
      if (end <= p.start) continue;
      const s = sentenceAround(text, end - 1, end);
      const start = Math.max(s.start, p.start);
      const sentence = text.slice(start, end).replace(/^\s+/, '');
      const lead = start + (end - start - sentence.length);
      const m = REFUSAL_ZH.exec(sentence) ?? REFUSAL_EN.exec(sentence);
      if (!m || seen.has(lead) || skipSpan(context, lead, lead + m[0].length)) continue;
      if (notWritersOwn(text, lead, lead + m[0].length)) continue;
      // `We can't ship on Sunday; Monday works.`: a further clause may well be the alternative.
      if (/[;；,，:：—]/.test(sentence.slice(m[0].length))) continue;
      const rest = text.slice(p.start, lead) + text.slice(lead + m[0].length, p.end);
      if (ALTERNATIVE_ZH.test(rest) || ALTERNATIVE_EN.test(rest)) continue;
      context.report({
        messageId: 'refusal',
        data: { word: m[0] },
        span: context.bodySpan(lead, lead + m[0].length),
        suggestion: POSITIVE,
      });
    }
  },
});
