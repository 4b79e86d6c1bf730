import { displayWidth, fitColumns, ownBlocks } from '../../analysis/email';
import type { EmlDraft } from '../../draft';
import { defineRule, type RuleEdit } from '../../engine/rule';
import { splitSentences } from '../../text/sentences';

/** How wide a suggested subject may be (CJK counts double): what a phone shows. */
const MAX_COLUMNS = 60;

/** A greeting line: `Dear Jac,`, `Hi all,`, `王经理，您好！`, `您好：`. */
const GREETING_LINE =
  /^\s*(?:(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|greetings)\b.{0,40}|.{0,12}(?:您好|你好|早上好|上午好|下午好|晚上好|大家好)[!！。,，~～]?|尊敬的.{1,20}|.{1,20}[:：])$/i;
/** Sentences that carry no subject: courtesy, self-introduction, hopes. */
const NOT_A_SUBJECT =
  /^\s*(?:i\s+hope|hope\s+you|hope\s+this|thank\s+you|thanks|many\s+thanks|i'?m\s|i\s+am\s|my\s+name\s+is|this\s+is\s+\w+\s+from|感谢|谢谢|多谢|希望您|希望你|您好|你好|我是|我叫)/i;

/** A subject drawn from the first sentence of the writer's own text (greeting skipped), or ''. */
export function suggestSubject(draft: EmlDraft): string {
  const text = draft.body.text;
  const own = ownBlocks(draft).slice(0, 6);
  const candidates: string[] = [];
  own.forEach((b, i) => {
    let from = b.start;
    if (i === 0) {
      const nl = text.slice(b.start, b.end).search(/\r|\n/);
      const first = text.slice(b.start, nl < 0 ? b.end : b.start + nl);
      if (GREETING_LINE.test(first) && displayWidth(first) <= 48) from = nl < 0 ? b.end : b.start + nl;
    }
    for (const s of splitSentences(text, from, b.end)) candidates.push(text.slice(s.start, s.end));
  });
  const pick =
    candidates.find((s) => !NOT_A_SUBJECT.test(s) && !GREETING_LINE.test(s)) ?? candidates[0] ?? '';
  return shorten(pick.replace(/\s+/g, ' ').trim());
}

/** Trims a sentence to the subject width, at a word boundary for Latin text, without end punctuation. */
export function shorten(sentence: string): string {
  let s = sentence.replace(/[\s.。!！,，;；:：、…]+$/u, '');
  if (displayWidth(s) <= MAX_COLUMNS) return s;
  let cut = fitColumns(s, MAX_COLUMNS - 1);
  const space = cut.lastIndexOf(' ');
  if (/[A-Za-z0-9]$/.test(cut) && /^[A-Za-z0-9]/.test(s.slice(cut.length)) && space > cut.length / 2)
    cut = cut.slice(0, space);
  s = cut.replace(/[\s.。!！,，;；:：、]+$/u, '');
  return `${s}…`;
}

export const subjectMissing = defineRule({
  id: 'email/subject-missing',
  appliesTo: ['eml'],
  severity: 'error',
  fixable: true,
  description: {
    en: 'An e-mail needs a subject line.',
    zh: '邮件必须有主题。',
  },
  explanation: {
    en: 'The subject is the first thing a client sees in a full inbox and the only thing they can search for later. Without one the message looks like spam and is easily skipped. State the point: “Carton quote for the Q3 order: 8% below current price”.',
    zh: '主题是客户在满满的收件箱里最先看到的内容，也是日后唯一能搜索到这封邮件的线索。没有主题的邮件像垃圾邮件，很容易被忽略。请在主题中写明要点，例如“第三季度纸箱报价：比现价低8%”。',
  },
  messages: {
    missing: {
      en: 'This e-mail has no subject: the client sees nothing in the inbox and cannot find it later. Add one that states the point.',
      zh: '这封邮件没有主题：客户在收件箱里看不出内容，日后也搜不到。请加一个写明要点的主题。',
    },
    empty: {
      en: 'The subject is empty: the client sees nothing in the inbox and cannot find it later. Write one that states the point.',
      zh: '主题是空的：客户在收件箱里看不出内容，日后也搜不到。请写一个写明要点的主题。',
    },
    fixAdd: { en: 'Add the subject “{{subject}}”', zh: '添加主题“{{subject}}”' },
  },
  check(context) {
    const draft = context.draft;
    const header = draft.subject;
    if (header && header.value.trim() !== '') return;
    const suggestion = suggestSubject(draft) || (draft.lang === 'zh' ? '[主题]' : '[Subject]');
    const eol = draft.eol;
    const source = draft.source;
    let edit: RuleEdit;
    if (header) {
      // `Subject:` with nothing after it: write the value after the colon.
      const colon = source.indexOf(':', header.nameSpan.end);
      edit = { start: colon + 1, end: header.span.end, newText: ` ${suggestion}` };
    } else {
      const at = draft.headerInsertAt;
      const lineStart = at === 0 || source[at - 1] === '\n' || source[at - 1] === '\r';
      const atBlank = /^(?:\r\n?|\n|$)/.test(source.slice(at, at + 2));
      // No line break after the last header: start a line. A body with no blank line before it: add one.
      const pre = lineStart ? '' : eol;
      const post = atBlank ? eol : eol + eol;
      edit = { start: at, end: at, newText: `${pre}Subject: ${suggestion}${post}` };
    }
    const first = draft.headers[0];
    context.report({
      messageId: header ? 'empty' : 'missing',
      span: header ? header.span : first ? first.span : { start: 0, end: 0 },
      suggestion,
      fixes: [{ messageId: 'fixAdd', data: { subject: suggestion }, edits: [edit] }],
    });
  },
});
