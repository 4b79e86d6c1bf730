// biome-ignore-all lint/suspicious/noTemplateCurlyInString: snippet syntax (`${1:…}`) named in a description
import { emptyItems } from '../../analysis/empty-items';
import { type Blank, findBlanks, hasSnippetSyntax } from '../../analysis/placeholders';
import { defineRule } from '../../engine/rule';

type Ids = 'blank' | 'snippet' | 'mailMerge' | 'emptyItem';

function messageFor(b: Blank): Ids {
  return b.kind === 'snippet' ? 'snippet' : b.kind === 'mustache' ? 'mailMerge' : 'blank';
}

/** `{{name}}` is shown as its field name: the braces would read as a message placeholder. */
function dataFor(text: string, id: Ids): Record<string, string> {
  return id === 'mailMerge' ? { field: text.replace(/^\{\{\s*|\s*\}\}$/g, '') } : { blank: text };
}

export const placeholder = defineRule({
  id: 'structure/placeholder',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: false,
  description: {
    en: 'No blank is left to fill: no `[name]`, `[公司]`, `${1:…}`, `<name>`, `{{name}}`, `XXX`, or empty list item.',
    zh: '没有留下待填的空白：没有“[称呼]”“[your name]”“${1:…}”“<name>”“{{name}}”“XXX”或空的列表项。',
  },
  explanation: {
    en: 'A blank sent to a client — “Dear [name],” or “I’m [your name] from [company]” — tells them the message is a form letter nobody read through, and it is worse than the sentence missing. Fill in every blank, or delete the line, before sending.',
    zh: '把空白发给客户——“[称呼]，您好！”“我是[公司]的[姓名]”——等于告诉对方这是一封没人读过的套用信，比少写一句还糟。发送前请把每个空白填好，或删掉那一句。',
  },
  messages: {
    blank: {
      en: '“{{blank}}” is a blank left to fill in. Write the real text before sending.',
      zh: '“{{blank}}”是待填写的空白，发送前请填上实际内容。',
    },
    snippet: {
      en: '“{{blank}}” is template syntax left in the draft. Write the real text before sending.',
      zh: '“{{blank}}”是模板里的占位语法，留在了草稿中。发送前请填上实际内容。',
    },
    mailMerge: {
      en: 'The mail-merge field “{{field}}” is left in the draft. Write the real text before sending.',
      zh: '草稿里留着邮件合并字段“{{field}}”。发送前请填上实际内容。',
    },
    emptyItem: {
      en: 'List item “{{blank}}” has no text. Write the item, or delete it.',
      zh: '列表项“{{blank}}”没有内容。请写上这一项，或把它删掉。',
    },
  },
  check(context) {
    const { draft } = context;
    const text = draft.body.text;
    const found: { start: number; end: number; text: string; messageId: Ids }[] = [];
    const snippet = hasSnippetSyntax(draft.source);
    for (const b of findBlanks(text, 0, text.length, { snippet })) {
      if (context.isQuoted(b.start, b.end)) continue;
      found.push({ ...b, messageId: messageFor(b) });
    }
    for (const it of emptyItems(draft))
      found.push({ start: it.start, end: it.end, text: it.text, messageId: 'emptyItem' });
    // A subject left as a blank (`Subject: [subject]`) is one too.
    if (draft.kind === 'eml') {
      const subject = draft.headers.find((h) => h.key === 'subject');
      if (subject)
        for (const b of findBlanks(subject.value, 0, subject.value.length, { snippet }))
          context.report({
            messageId: messageFor(b),
            data: dataFor(b.text, messageFor(b)),
            span: context.at(subject.view, b.start, b.end),
          });
    }
    found.sort((a, b) => a.start - b.start);
    for (const f of found)
      context.report({
        messageId: f.messageId,
        data: dataFor(f.text, f.messageId),
        span: context.bodySpan(f.start, f.end),
      });
  },
});
