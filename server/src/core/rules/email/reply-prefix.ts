import { subjectPrefixes, subjectSpan } from '../../analysis/email';
import { defineRule } from '../../engine/rule';
import { viewEdit } from '../../view';

export const replyPrefix = defineRule({
  id: 'email/reply-prefix',
  appliesTo: ['eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'One reply or forward prefix is enough: not “Re: RE: Fwd: …”.',
    zh: '主题只需一个回复或转发前缀，不要“回复: RE: 转发: …”。',
  },
  explanation: {
    en: 'Each reply adds a prefix, and a long thread ends up with “Re: RE: Fwd: Re:” before the topic. The stack pushes the topic out of sight on a phone and looks careless. Keep one prefix.',
    zh: '每回复一次就多一个前缀，长线程的主题前会堆出“回复: RE: 转发: Re:”。这些前缀把真正的事项挤出手机屏幕，也显得不够用心。保留一个前缀即可。',
  },
  messages: {
    stacked: {
      en: 'The subject starts with {{count}} prefixes (“{{prefixes}}”): they push the topic out of sight. Keep one.',
      zh: '主题开头有{{count}}个前缀（“{{prefixes}}”），把事项挤出了视线。保留一个即可。',
    },
    fixKeep: { en: 'Keep only “{{prefix}}”', zh: '只保留“{{prefix}}”' },
  },
  check(context) {
    const header = context.draft.subject;
    if (!header) return;
    const prefixes = subjectPrefixes(header.value);
    if (prefixes.length < 2) return;
    const value = header.value;
    const first = prefixes[0]!;
    const last = prefixes[prefixes.length - 1]!;
    const word = value.slice(first.start, first.end).trim();
    // `Re:` is followed by one space; a full-width colon needs none.
    const keep = word.endsWith('：') ? word : `${word} `;
    const stack = value.slice(first.start, last.end).trim();
    context.report({
      messageId: 'stacked',
      data: { count: prefixes.length, prefixes: stack },
      span: subjectSpan(header, first.start, last.end),
      fixes: [
        {
          messageId: 'fixKeep',
          data: { prefix: word },
          edits: [viewEdit(header.view, first.start, last.end, keep)],
        },
      ],
    });
  },
});
