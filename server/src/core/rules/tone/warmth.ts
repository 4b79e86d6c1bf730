import { defineRule } from '../../engine/rule';
import { splitLines } from '../../text/lines';
import { ownParagraphs, unquotedText } from './scan';
import { CLOSING, COURTESY } from './words/warmth';

export const warmth = defineRule({
  id: 'tone/warmth',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: true,
  description: {
    en: 'The whole draft has no courtesy at all.',
    zh: '整篇草稿没有一句客气话。',
  },
  explanation: {
    en: 'Facts alone read cold on a screen. A greeting, a “please” or a “thank you” at the start or the end makes the same message feel like it comes from a person who values the reader.',
    zh: '只有事实的文字在屏幕上显得冷冰冰。开头或结尾加一句问候、“请”或“谢谢”，同样的内容就让人感到被尊重。',
  },
  messages: {
    cold: {
      en: 'This draft has no greeting, “please” or “thank you”: it reads cold. Add a courtesy, e.g. “{{closing}}”.',
      zh: '这份草稿没有问候语，也没有“请”“谢谢”，读起来冷冰冰。请加一句客气话，例如“{{closing}}”。',
    },
    fixClosing: { en: 'Add “{{closing}}” at the end', zh: '在结尾加上“{{closing}}”' },
  },
  check(context) {
    // A closing such as `Best regards,` sits in the signature block: it counts as courtesy.
    const lower = unquotedText(context).toLowerCase();
    if (COURTESY.some((w) => lower.includes(w))) return;
    const paragraphs = ownParagraphs(context);
    if (!paragraphs.length) return;
    const body = context.draft.body.text;
    const first = paragraphs[0]!;
    const line = splitLines(body.slice(first.start, first.end))[0]!;
    const last = paragraphs[paragraphs.length - 1]!;
    const closing = CLOSING[context.draft.lang];
    const eol = context.draft.eol;
    const signature = context.draft.signature;
    // A new last message (chat), or a closing paragraph right before the signature (e-mail).
    const edit = signature
      ? context.bodyEdit(signature.start, signature.start, closing + eol + eol)
      : context.bodyEdit(last.end, last.end, eol + eol + closing);
    context.report({
      messageId: 'cold',
      data: { closing },
      span: context.bodySpan(first.start + line.start, first.start + line.end),
      suggestion: closing,
      fixes: [{ messageId: 'fixClosing', data: { closing }, edits: [edit] }],
    });
  },
});
