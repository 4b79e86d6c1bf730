import { defineRule } from '../../engine/rule';
import { attachmentMentions } from './mentions';

export const attachmentMissing = defineRule({
  id: 'email/attachment-missing',
  appliesTo: ['eml'],
  severity: 'error',
  fixable: false,
  description: {
    en: 'The body mentions an attachment but nothing is attached.',
    zh: '正文提到附件，但邮件没有附件。',
  },
  explanation: {
    en: 'A client who reads “please find attached” and finds nothing has to write back and ask, and the deal waits a day. Attach the file before sending, or take the mention out.',
    zh: '客户读到“见附件”却找不到附件，只能回信询问，事情就耽误了一天。发送前请附上文件，或删掉这句提及。',
  },
  messages: {
    missing: {
      en: 'You write “{{word}}” but nothing is attached: the client will have to write back and ask. Attach the file or remove the mention.',
      zh: '正文写了“{{word}}”，但邮件没有附件：客户只能回信询问。请附上文件，或删掉这句提及。',
    },
    also: { en: 'Also mentioned here.', zh: '这里也提到了附件。' },
  },
  check(context) {
    const draft = context.draft;
    if (draft.attachments.length > 0) return;
    const mentions = attachmentMentions(draft);
    const first = mentions[0];
    if (!first) return;
    context.report({
      messageId: 'missing',
      data: { word: first.text },
      span: context.bodySpan(first.start, first.end),
      related: mentions
        .slice(1)
        .map((m) => ({ span: context.bodySpan(m.start, m.end), messageId: 'also' as const })),
    });
  },
});
