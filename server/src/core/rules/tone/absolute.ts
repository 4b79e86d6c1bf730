import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import type { Span } from '../../types';
import { atClauseEnd, clauseAround, notWritersOwn, scanWords, skipSpan } from './scan';
import { BEST_NOUNS, BEST_SUBJECTS, HUNDRED_CLAIMS, HUNDRED_CLAIMS_BEFORE } from './words/absolute';

const matcher = LISTS.absolute;
const SPECIAL = /100\s?%|百分之百|最好/g;

/** `100%` with a claim right beside it. */
function hundredClaims(text: string, start: number, end: number): boolean {
  const after = text
    .slice(end, end + 16)
    .replace(/^\s+/, '')
    .toLowerCase();
  const before = text
    .slice(Math.max(0, start - 12), start)
    .replace(/\s+$/, '')
    .toLowerCase();
  return (
    HUNDRED_CLAIMS.some((w) => after.startsWith(w)) || HUNDRED_CLAIMS_BEFORE.some((w) => before.endsWith(w))
  );
}

/** `最好` praising a product or the company, not giving advice. */
function bestClaims(text: string, start: number, end: number): boolean {
  const clause = clauseAround(text, start, end);
  const head = text.slice(clause.start, start);
  const hasSubject = BEST_SUBJECTS.some((w) => head.includes(w));
  if (text[end] === '的') {
    const noun = text.slice(end + 1, end + 4);
    if (BEST_NOUNS.some((w) => noun.startsWith(w))) return true;
    return atClauseEnd(text, end + 1) && hasSubject;
  }
  const stop = text[end] === '了' ? end + 1 : end;
  return atClauseEnd(text, stop) && hasSubject;
}

export const absolute = defineRule({
  id: 'tone/absolute',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: false,
  description: { en: 'Absolute or unprovable claims.', zh: '绝对化、无法证实的说法。' },
  explanation: {
    en: '“The best”, “No.1”, “100% guaranteed” invite distrust: the reader cannot check them, and several are banned in Chinese advertising. Specific, honest figures persuade: a pass rate, a test report, a lead time.',
    zh: '“最好”“第一”“100%保证”这类说法对方无法核实，反而引起怀疑，其中不少还是《广告法》禁用语。具体、真实的数字更有说服力：合格率、检测报告、交期。',
  },
  messages: {
    absolute: {
      en: '“{{word}}” is an absolute claim the reader cannot check; it invites distrust. Give a specific figure instead (a pass rate, a test report, a lead time).',
      zh: '“{{word}}”是绝对化说法，对方无法核实，反而引起怀疑。请改用具体数字（合格率、检测报告、交期）。',
    },
  },
  check(context) {
    const text = context.draft.body.text;
    // Negated (`cannot be guaranteed`), asked or reported claims are not the writer's.
    const hits: Span[] = scanWords(context, matcher)
      .filter((m) => !notWritersOwn(text, m.start, m.end, true))
      .map((m) => ({ start: m.start, end: m.end }));
    SPECIAL.lastIndex = 0;
    for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const claims = m[0] === '最好' ? bestClaims(text, start, end) : hundredClaims(text, start, end);
      if (
        !claims ||
        notWritersOwn(text, start, end, true) ||
        skipSpan(context, start, end) ||
        context.isAllowed(m[0])
      )
        continue;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end });
    }
    hits.sort((a, b) => a.start - b.start);
    for (const h of hits) {
      const word = text.slice(h.start, h.end);
      context.report({
        messageId: 'absolute',
        data: { word },
        span: context.bodySpan(h.start, h.end),
        allow: word,
      });
    }
  },
});
