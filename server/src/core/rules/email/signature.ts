import { bodyWritable, firstLineOf, linesIn, ownTextEnd } from '../../analysis/email';
import { CLOSING, isIdentityLine, isNameLine } from '../../eml/signature';
import { defineRule, type RuleEdit } from '../../engine/rule';

/** Lines of a signature block that say nothing about the writer. */
const NOISE =
  /^\s*(?:-- ?|_{3,}|-{3,}|sent from my .*|get outlook for .*|发自我的.*|發自我的.*|从我的.*发送)\s*$/i;

/** Slang closings `tone/slang` turns into words (`Thx` → `Thanks`). */
const SLANG_CLOSING = /^\s*(?:thx|thks|tks|3q|ty)[\s!！.。~～]*$/i;

/** The placeholder a fix writes, by language (lines; the caller joins them with the file's line break). */
const PLACEHOLDER = {
  en: ['Best regards,', '[Your name]', '[Title], [Company]', '[Phone]'],
  zh: ['此致', '敬礼', '', '[姓名]', '[职位]，[公司]', '[电话]'],
} as const;
const MORE = {
  en: { name: '[Your name]', rest: ['[Title], [Company]', '[Phone]'] },
  zh: { name: '[姓名]', rest: ['[职位]，[公司]', '[电话]'] },
} as const;

/** What a signature block says: a name, and something more (title, company, phone, address). */
export function signatureSays(lines: string[]): { name: boolean; more: boolean } {
  let name = false;
  let more = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (NOISE.test(line) || CLOSING.test(line)) continue;
    // `Lin Wei | Sales Manager`, `林伟，销售经理`: a name with more on the same line
    const parts = line.split(/\s*[|｜,，/–—]\s*|\s{2,}|\t/).filter(Boolean);
    for (const p of parts) {
      if (!name && isNameLine(p) && (!isIdentityLine(p) || /^\[[^\]]+\]$/.test(p))) name = true;
      else if (isIdentityLine(p) || (name && p.length <= 60 && /^[A-Z\u4e00-\u9fff]/.test(p))) more = true;
    }
  }
  return { name, more };
}

export const signature = defineRule({
  id: 'email/signature',
  appliesTo: ['eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'End an e-mail with a signature that says who you are: your name and your title, company or phone.',
    zh: '邮件结尾要有签名，说明您是谁：姓名，加上职位、公司或电话。',
  },
  explanation: {
    en: 'A client who does not know you needs to see who wrote, for which company, and how to reach you, without searching the thread. A name with a title, company and phone at the end gives them that, and makes the message look like business rather than spam.',
    zh: '不认识您的客户需要知道是谁写的、代表哪家公司、怎么联系您，而不必翻找往来邮件。结尾写上姓名、职位、公司和电话，就能一目了然，也让邮件看起来正规而不像垃圾邮件。',
  },
  messages: {
    missing: {
      en: 'This e-mail ends without a signature: the client cannot see who you are or how to reach you. Sign with your name, title, company and phone.',
      zh: '邮件结尾没有签名：客户看不出您是谁、怎么联系您。请署上姓名、职位、公司和电话。',
    },
    noName: {
      en: 'The signature does not give your name: the client cannot tell who wrote. Add your name with your title, company or phone.',
      zh: '签名里没有姓名：客户不知道是谁写的。请署上姓名，以及职位、公司或电话。',
    },
    nameOnly: {
      en: 'The signature gives only a name: the client cannot see your company or how to reach you. Add your title, company or phone.',
      zh: '签名只有姓名：客户看不出您的公司，也不知道怎么联系您。请加上职位、公司或电话。',
    },
    closingNoName: {
      en: 'The e-mail closes without your name: the reader cannot tell who answered. Add your name after the closing.',
      zh: '结尾的问候后没有署名：对方看不出是谁回复的。请在结尾问候后署上姓名。',
    },
    fixName: { en: 'Add your name after the closing', zh: '在结尾问候后署名' },
    fixAdd: { en: 'Add a signature placeholder', zh: '添加签名模板' },
    fixComplete: { en: 'Complete the signature', zh: '补全签名' },
  },
  check(context) {
    const draft = context.draft;
    const text = draft.body.text;
    const eol = draft.eol;
    const lang = draft.lang;
    const sig = draft.signature && !context.isQuoted(draft.signature.start) ? draft.signature : null;
    // a reply or a note to a colleague: they know who you are; only a closing without a name is odd
    if (draft.context.reply || draft.context.internal) {
      if (!sig) return;
      const says = signatureSays(linesIn(text, sig).map((l) => l.text));
      if (says.name || says.more) return;
      const first = firstLineOf(text, sig.start, sig.end);
      const newText = eol + MORE[lang].name;
      context.report({
        messageId: 'closingNoName',
        span: context.bodySpan(first.start, first.end),
        ...(bodyWritable(draft, newText)
          ? {
              fixes: [
                { messageId: 'fixName' as const, edits: [context.bodyEdit(sig.end, sig.end, newText)] },
              ],
            }
          : {}),
      });
      return;
    }
    if (sig) {
      const says = signatureSays(linesIn(text, sig).map((l) => l.text));
      if (says.name && says.more) return;
      const add = [...(says.name ? [] : [MORE[lang].name]), ...MORE[lang].rest];
      const first = firstLineOf(text, sig.start, sig.end);
      const newText = eol + add.join(eol);
      context.report({
        messageId: says.name ? 'nameOnly' : 'noName',
        span: context.bodySpan(first.start, first.end),
        ...(bodyWritable(draft, newText)
          ? {
              fixes: [
                { messageId: 'fixComplete' as const, edits: [context.bodyEdit(sig.end, sig.end, newText)] },
              ],
            }
          : {}),
      });
      return;
    }
    const end = ownTextEnd(draft);
    if (end < 0) return; // nothing written yet: no body to sign
    // the last line of the writer's own text carries the finding
    let ls = end;
    while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
    // The draft already ends with a closing (`Thanks`, `谢谢`): the name goes under it, with no second closing.
    // A slang closing (`Thx`) is written out, since the signature block is not linted for slang.
    const lastLine = text.slice(ls, end);
    const slang = SLANG_CLOSING.test(lastLine);
    const closed = slang || CLOSING.test(lastLine);
    const newText = closed
      ? eol + [MORE[lang].name, ...MORE[lang].rest].join(eol)
      : eol + eol + PLACEHOLDER[lang].join(eol);
    const edits: RuleEdit[] = slang
      ? [context.bodyEdit(ls, end, (lang === 'zh' ? '谢谢' : 'Thanks') + newText)]
      : [context.bodyEdit(end, end, newText)];
    context.report({
      messageId: 'missing',
      span: context.bodySpan(ls, end),
      ...(bodyWritable(draft, newText) ? { fixes: [{ messageId: 'fixAdd' as const, edits }] } : {}),
    });
  },
});
