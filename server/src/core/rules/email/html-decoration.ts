import { partHeaderSpan } from '../../analysis/email';
import { defineRule } from '../../engine/rule';

/** Distinct decorations (`<font>` faces, colours, font sizes, bold …) from which an HTML part counts as heavily decorated. */
export const HEAVY_DECORATION = 10;

export const htmlDecoration = defineRule({
  id: 'email/html-decoration',
  appliesTo: ['eml'],
  severity: 'info',
  fixable: false,
  description: {
    en: 'Prefer plain text, or HTML with little decoration.',
    zh: '邮件宜用纯文本，或少加修饰的 HTML。',
  },
  explanation: {
    en: 'Fonts, colours and sizes look different in every mail client, often worse than intended, and some clients and filters show only the plain-text version or treat HTML-only mail as suspect. Plain text, or HTML in one readable font, reaches every reader the same way.',
    zh: '字体、颜色、字号在各个邮件客户端里显示各不相同，常常比预想的难看；有的客户端和过滤器只显示纯文本，或把只有 HTML 的邮件当成可疑邮件。纯文本，或只用一种易读字体的 HTML，在每位读者那里都一样清楚。',
  },
  messages: {
    htmlOnly: {
      en: 'This e-mail is HTML only, with no plain-text version: some clients and filters show it badly or treat it as suspect. Send plain text, or add a plain-text part.',
      zh: '这封邮件只有 HTML，没有纯文本版本：有些客户端和过滤器会显示错乱或视为可疑邮件。请改用纯文本，或加上纯文本部分。',
    },
    decorated: {
      en: 'The HTML part uses {{count}} different fonts, colours, sizes or emphases: it looks different, often worse, in every client. Use one plain, readable style.',
      zh: 'HTML 部分用了{{count}}种不同的字体、颜色、字号或强调样式：在不同客户端里显示各异，常常更难看。请统一使用一种朴素易读的样式。',
    },
  },
  check(context) {
    const draft = context.draft;
    const html = draft.html;
    if (!html) return;
    const span = partHeaderSpan(draft, html.part, 'type');
    if (draft.bodyFormat === 'html') context.report({ messageId: 'htmlOnly', span });
    else if (html.decorations >= HEAVY_DECORATION)
      context.report({ messageId: 'decorated', data: { count: html.decorations }, span });
  },
});
