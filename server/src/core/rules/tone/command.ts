import { LISTS } from '../../analysis/tone-lists';
import { defineRule, type RuleContext, type RuleEdit } from '../../engine/rule';
import { entryEdit, notWritersOwn, scanWords } from './scan';

const matcher = LISTS.command;

export const command = defineRule({
  id: 'tone/command',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: { en: 'Orders instead of requests.', zh: '用命令代替请求。' },
  explanation: {
    en: 'A client is not your employee: “you must” and “do it now” read as orders and make people dig in. Asking (“Could you please … by Friday?”) gets the same thing done with goodwill.',
    zh: '客户不是下属：“你必须”“赶紧”读起来像命令，容易引起反感。换成请求（“麻烦您周五前……”），同样能办成事，还留下好感。',
  },
  messages: {
    command: {
      en: '“{{word}}” gives an order; a client hears it as bossy. Ask instead: “{{rewrite}}”.',
      zh: '“{{word}}”是命令语气，客户会觉得被指使。请改成请求：“{{rewrite}}”。',
    },
    fixRequest: { en: 'Ask: “{{rewrite}}”', zh: '改为请求：“{{rewrite}}”' },
  },
  check(context) {
    const text = context.draft.body.text;
    for (const m of scanWords(context, matcher)) {
      // `Do I have to sign it now?` asks; `the manager said you must …` reports.
      if (notWritersOwn(text, m.start, m.end)) continue;
      const edit = entryEdit(context, m);
      const rewrite =
        edit?.newText ?? (m.entry.lang === 'zh' ? m.entry.suggestion!.zh : m.entry.suggestion!.en);
      context.report({
        messageId: 'command',
        data: { word: m.text, rewrite },
        span: context.bodySpan(m.start, m.end),
        fixes: edit
          ? [{ messageId: 'fixRequest', data: { rewrite }, edits: withQuestionMark(context, m.end, edit) }]
          : [],
        suggestion: edit ? rewrite : m.entry.suggestion!,
      });
    }
  },
});

/**
 * A request rephrased as a question (`could you please …`) ends with a question mark: the
 * sentence's `.`/`!` becomes `?`, or `?` is added where it ends without one.
 */
function withQuestionMark(context: RuleContext<string>, from: number, edit: RuleEdit): RuleEdit[] {
  if (!/^(?:could|would|can) you\b/i.test(edit.newText)) return [edit];
  const text = context.draft.body.text;
  let i = from;
  while (i < text.length && !/[\r\n]/.test(text[i]!)) {
    const c = text[i]!;
    if (c === '?' || c === '？') return [edit];
    if ((c === '.' || c === '!') && !/[0-9A-Za-z]/.test(text[i + 1] ?? '')) {
      return [edit, context.bodyEdit(i, i + 1, '?')];
    }
    i++;
  }
  let end = i;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return [edit, context.bodyEdit(end, end, '?')];
}
