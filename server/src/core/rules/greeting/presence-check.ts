import { onlyPresence, paragraphs, recipient } from '../../analysis/greeting';
import { defineRule } from '../../engine/rule';
import { presenceChecksOf, saysAnything } from '../../text/opening';

/** Separators that may go with a check at the end of a message (`你好，在吗？` → `你好`). */
const SOFT_SEP = /[\s，,、~～]/;

export const presenceCheck = defineRule({
  id: 'greeting/presence-check',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'Do not open with a presence check (“在吗”, “are you there?”): state the point.',
    zh: '不要用“在吗”“忙吗”“are you there?”开场，直接说明来意。',
  },
  explanation: {
    en: '“Are you there?” makes the reader stop, answer, and wait for the real question — and strangers often do not answer at all. Send the greeting and the point in one go; the reader can answer when they have time.',
    zh: '“在吗？”让对方放下手头的事回答，再等您的真正问题；陌生人往往干脆不回。把问候和来意一次说清，对方有空时就能直接答复。',
  },
  messages: {
    presence: {
      en: '“{{check}}” only checks whether the reader is there. State your point instead.',
      zh: '“{{check}}”只是在确认对方在不在。请直接说明来意。',
    },
    deleteMessage: { en: 'Delete the message “{{check}}”', zh: '删除消息“{{check}}”' },
    deleteCheck: { en: 'Delete “{{check}}”', zh: '删除“{{check}}”' },
  },
  check(context) {
    const { draft } = context;
    const text = draft.body.text;
    const name = recipient(draft);
    const all = paragraphs(draft);
    // From this index to the end, every paragraph is a message of presence checks only.
    let deletableTail = all.length;
    while (deletableTail > 0 && all[deletableTail - 1]!.own && onlyPresence(draft, all[deletableTail - 1]!))
      deletableTail--;
    let seenOwn = false;
    for (let i = 0; i < all.length; i++) {
      const p = all[i]!;
      if (!p.own) continue;
      // In an e-mail only the opening paragraph; in a chat every message.
      if (draft.kind === 'eml' && seenOwn) break;
      seenOwn = true;
      const checks = presenceChecksOf(draft, p.text, name);
      if (!checks.length) continue;
      const last = checks[checks.length - 1]!;
      const onlyChecks = !saysAnything(p.text.slice(last.trailEnd));
      const beforeFirst = p.text.slice(0, checks[0]!.span.start);
      // Deleting the whole message: forwards up to the next one; when only deletable messages
      // follow, backwards from the previous one, so a run of them at the end goes in one pass.
      const wholeMessage = (): [number, number] => {
        const next = all[i + 1];
        const prev = all[i - 1];
        if (next && i + 1 < deletableTail) return [p.start, next.start];
        return prev ? [prev.end, p.end] : [p.start, p.end];
      };
      for (let j = 0; j < checks.length; j++) {
        const c = checks[j]!;
        const check = p.text.slice(c.span.start, c.span.end);
        let range: [number, number] | null;
        let newText = '';
        let messageId: 'deleteMessage' | 'deleteCheck' = 'deleteCheck';
        if (!onlyChecks) {
          range = [p.start + c.span.start, p.start + c.trailEnd];
          // `Hi Jac, are you free now? We cut prices.` → `Hi Jac! We cut prices.`: the check's
          // question mark ended the greeting's sentence.
          const next = text[p.start + c.trailEnd] ?? '';
          if (j === 0 && beforeFirst.trim() && /[A-Z]/.test(next) && /[,，]\s*$/.test(beforeFirst)) {
            let start = p.start + c.span.start;
            while (start > p.start && SOFT_SEP.test(text[start - 1]!)) start--;
            range = [start, p.start + c.trailEnd];
            newText = '! ';
          }
        }
        // The rest of the message goes with the first check; the others are reported without a fix.
        else if (j > 0) range = null;
        else if (!beforeFirst.trim()) {
          messageId = 'deleteMessage';
          range = wholeMessage();
        } else {
          // A greeting, then only checks: keep the greeting (`你好，在吗？` → `你好`; `您好！在吗？` → `您好！`).
          let start = p.start + c.span.start;
          while (start > p.start && SOFT_SEP.test(text[start - 1]!)) start--;
          range = [start, p.start + p.text.trimEnd().length];
          // The greeting ends as a greeting does: `您好，在吗？` → `您好！`; `Hi Jac, are you there?` → `Hi Jac,`.
          const kept = text.slice(p.start, start);
          if (/[好安]$/.test(kept)) newText = '！';
          else if (/[A-Za-z\]]$/.test(kept) && /^[\s,]*,/.test(text.slice(start))) newText = ',';
        }
        context.report({
          messageId: 'presence',
          data: { check },
          span: context.bodySpan(p.start + c.span.start, p.start + c.span.end),
          fixes: range
            ? [
                {
                  messageId,
                  data: { check: messageId === 'deleteMessage' ? p.text.trim() : check },
                  edits: [context.bodyEdit(range[0], range[1], newText)],
                },
              ]
            : [],
        });
      }
    }
  },
});
