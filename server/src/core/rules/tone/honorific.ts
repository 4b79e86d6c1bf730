import { LISTS } from '../../analysis/tone-lists';
import { defineRule } from '../../engine/rule';
import { ownParagraphs, scanWords, skipSpan } from './scan';

/** `你` inside these words is not the pronoun, or not one to change (`你们` is plural). */
const NOT_PRONOUN_AFTER = ['迷', '你追我'];
const NOT_PRONOUN_BEFORE = ['们', '我他', '我她', '追我赶', '死我活', '争我夺', '一言我一语'];

export const honorific = defineRule({
  id: 'tone/honorific',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'Chinese that addresses a client or a stranger with 你 instead of 您.',
    zh: '对客户或陌生人用“你”而不是“您”。',
  },
  explanation: {
    en: 'In Chinese business writing 您 is the respectful “you” for clients and people you do not know well; 你 reads as casual, even curt. Keep 你 for colleagues and friends.',
    zh: '商务往来中，对客户和不熟悉的人应称“您”；用“你”显得随意，甚至生硬。“你”留给同事和熟人。',
  },
  messages: {
    honorific: {
      en: 'Address a client or a stranger as 您, not 你 (“{{word}}” → “{{fixed}}”).',
      zh: '对客户或陌生人请用“您”而不是“你”（“{{word}}”→“{{fixed}}”）。',
    },
    fix: { en: 'Write 您', zh: '改为“您”' },
  },
  check(context) {
    const { draft } = context;
    // Colleagues and people you know well may be 你. An e-mail reply counts as `familiar` by
    // default, but a reply to a customer still wants 您: only a stated relation exempts it.
    const c = draft.context;
    if (c.internal) return;
    if (c.relation === 'familiar' && (draft.kind === 'msg' || c.evidence.includes('x-cordial-relation')))
      return;
    const text = draft.body.text;
    const paragraphs = ownParagraphs(context);
    // One pass over the text; paragraphs and matches are both in order.
    // `你必须` / `你赶紧`: tone/command rewrites the whole order (`请您…`); a second fix on its 你
    // would leave `您麻烦您…` after Fix all.
    const orders = new Set<number>();
    if (text.includes('你')) for (const m of scanWords(context, LISTS.command)) orders.add(m.start);
    let k = 0;
    for (let i = text.indexOf('你'); i >= 0; i = text.indexOf('你', i + 1)) {
      while (k < paragraphs.length && paragraphs[k]!.end <= i) k++;
      const p = paragraphs[k];
      if (!p) break;
      if (i < p.start) continue;
      const before = text.slice(Math.max(0, i - 3), i);
      const after = text.slice(i + 1, i + 6);
      if (NOT_PRONOUN_AFTER.some((w) => before.endsWith(w))) continue;
      if (NOT_PRONOUN_BEFORE.some((w) => after.startsWith(w))) continue;
      if (skipSpan(context, i, i + 1) || orders.has(i)) continue;
      const word = text.slice(i, Math.min(i + 2, p.end));
      context.report({
        messageId: 'honorific',
        data: { word, fixed: `您${word.slice(1)}` },
        span: context.bodySpan(i, i + 1),
        fixes: [{ messageId: 'fix', edits: [context.bodyEdit(i, i + 1, '您')] }],
      });
    }
  },
});
