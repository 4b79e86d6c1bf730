import {
  firstLine,
  greetingText,
  openingGreeting,
  openingParagraph,
  paragraphs,
  recipient,
} from '../../analysis/greeting';
import type { EmlDraft } from '../../draft';
import { defineRule } from '../../engine/rule';
import { greetingOf } from '../../text/opening';

/** Sent to a mailing list: a `List-Id`/`List-Post` header, or every `To:` address on a `lists.` host. */
function toMailingList(draft: EmlDraft): boolean {
  if (draft.headers.some((h) => h.key === 'list-id' || h.key === 'list-post')) return true;
  return draft.to.length > 0 && draft.to.every((a) => /@lists\./i.test(a.address));
}

export const missing = defineRule({
  id: 'greeting/missing',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'The first message of a chat, or the first line of an e-mail, greets the reader.',
    zh: '聊天的第一条消息、邮件正文的第一行应当问候对方。',
  },
  explanation: {
    en: 'A message that starts without a greeting reads like a notification sent to a phone, not to a person. Address the reader by name and greet them (“Dear Jac, good morning!”, “王经理，您好！”) before the first point.',
    zh: '没有问候就直接开始的消息，读起来像是发给一部手机的通知，而不是写给一个人的话。先称呼对方并问候（“王经理，您好！”“Dear Jac, good morning!”），再说正事。',
  },
  messages: {
    missing: {
      en: 'The draft starts without greeting the reader. Open with their name and a greeting.',
      zh: '草稿开头没有问候对方。请先称呼对方并问好。',
    },
    insert: { en: 'Insert “{{greeting}}”', zh: '插入“{{greeting}}”' },
  },
  check(context) {
    const { draft } = context;
    // between colleagues a note may start without one
    if (draft.context.internal) return;
    // a chat answer mid-thread: the customer wrote first, the conversation is already open
    // (real shop answers: `发邮政的哦`, `好的亲` — a greeting there reads odd, not warm)
    if (draft.kind === 'msg' && draft.context.reply) return;
    // an answer on a mailing list: list replies go to everyone and start with the point
    if (draft.kind === 'eml' && draft.context.reply && toMailingList(draft)) return;
    const para = openingParagraph(draft);
    if (!para || openingGreeting(draft, para)) return;
    // `您好，在吗？` greets: its presence check goes (that rule's fix), the greeting stays.
    const name = recipient(draft);
    if (paragraphs(draft).some((p) => p.own && p.end <= para.start && greetingOf(draft, p.text, name)))
      return;
    const line = firstLine(para);
    const greeting = greetingText(draft);
    const eol = draft.eol;
    context.report({
      messageId: 'missing',
      span: context.bodySpan(line.start, line.end),
      suggestion: greeting,
      fixes: [
        {
          messageId: 'insert',
          data: { greeting },
          edits: [context.bodyEdit(para.start, para.start, `${greeting}${eol}${eol}`)],
        },
      ],
    });
  },
});
