import { openingGreeting, openingParagraph } from '../../analysis/greeting';
import { defineRule } from '../../engine/rule';
import { ownParagraphs, unquotedText } from './scan';
import { APOLOGY_EN, APOLOGY_LINE, APOLOGY_ZH, COMPLAINT_EN, COMPLAINT_ZH } from './words/apology';

function enWords(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
}
const COMPLAINT = new RegExp(`${COMPLAINT_ZH.join('|')}|${enWords(COMPLAINT_EN).source}`, 'i');
/** In the writer's own text `late` and `missing` are too often about something else (`late afternoon`). */
const OWN_COMPLAINT = new RegExp(
  `${COMPLAINT_ZH.join('|')}|${enWords(COMPLAINT_EN.filter((w) => w !== 'late' && w !== 'missing')).source}`,
  'i',
);
const APOLOGY = new RegExp(`${APOLOGY_ZH.join('|')}|${enWords(APOLOGY_EN).source}`, 'i');

export const apology = defineRule({
  id: 'tone/apology',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: true,
  description: {
    en: 'A reply to a complaint that neither apologises nor thanks the reader.',
    zh: '回复投诉，却没有道歉，也没有感谢对方反馈。',
  },
  explanation: {
    en: 'A customer who complains wants first to be heard. Fixing the problem without a word of apology reads as cold; one sentence — “sorry for the trouble”, or “thank you for letting us know” — changes how the whole answer lands.',
    zh: '投诉的客户首先希望被理解。只解决问题、不说一句抱歉，会显得冷淡；一句“给您添麻烦了，非常抱歉”或“感谢您告诉我们”，整封回复的感受就不同了。',
  },
  messages: {
    apology: {
      en: 'The reader complained (“{{problem}}”) and this reply never says sorry or thanks them for telling you.',
      zh: '对方在投诉（“{{problem}}”），这条回复却没有道歉，也没有感谢对方反馈。',
    },
    insert: { en: 'Insert an apology', zh: '加上一句道歉' },
  },
  check(context) {
    const { draft } = context;
    const text = draft.body.text;
    const theirs = draft.blocks.filter((b) => b.quoted);
    if (!draft.context.reply && !theirs.length) return;
    const own = ownParagraphs(context);
    if (!own.length) return;
    if (APOLOGY.test(unquotedText(context))) return;
    const subject = draft.kind === 'eml' ? (draft.subject?.value ?? '') : '';
    const sources: [string, RegExp][] = [
      ...theirs.map((b): [string, RegExp] => [b.text, COMPLAINT]),
      [subject, COMPLAINT],
      ...own.map((p): [string, RegExp] => [text.slice(p.start, p.end), OWN_COMPLAINT]),
    ];
    let problem: string | null = null;
    for (const [s, re] of sources) {
      const m = re.exec(s);
      if (m) {
        problem = m[0];
        break;
      }
    }
    if (!problem) return;
    const para = openingParagraph(draft);
    const first = own[0]!;
    const nl = text.slice(first.start, first.end).search(/[\r\n]/);
    const span = context.bodySpan(first.start, nl < 0 ? first.end : first.start + nl);
    const zh = draft.lang === 'zh';
    const line = zh ? APOLOGY_LINE.zh : APOLOGY_LINE.en;
    const g = openingGreeting(draft, para);
    let edit: ReturnType<typeof context.bodyEdit>;
    if (g && para) {
      let at = g.span.end;
      while (at < para.end && /[，,！!。.:：~～]/.test(text[at]!)) at++;
      const restOfLine = /^[ \t\u3000]*(?:\r?\n|$)/.test(text.slice(at, para.end));
      if (restOfLine && at >= para.end) {
        // The greeting is a paragraph of its own: the apology opens the next one.
        const next = own.find((p) => p.start >= para.end);
        edit = next
          ? context.bodyEdit(next.start, next.start, zh ? line : `${line} `)
          : context.bodyEdit(para.end, para.end, `${draft.eol}${draft.eol}${line}`);
      } else if (restOfLine) {
        const brk = /^[ \t\u3000]*\r?\n/.exec(text.slice(at))![0].length;
        edit = context.bodyEdit(at + brk, at + brk, zh ? line : `${line} `);
      } else {
        let s = at;
        while (s < para.end && /[ \t\u3000]/.test(text[s]!)) s++;
        edit = context.bodyEdit(s, s, zh ? line : `${line} `);
      }
    } else {
      edit = context.bodyEdit(first.start, first.start, zh ? line : `${line} `);
    }
    context.report({
      messageId: 'apology',
      data: { problem },
      span,
      fixes: [{ messageId: 'insert', edits: [edit] }],
    });
  },
});
