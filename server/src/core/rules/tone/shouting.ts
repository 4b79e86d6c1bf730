import { defineRule } from '../../engine/rule';
import { atSentenceStart, skipSpan } from './scan';
import { ACRONYMS, COMMON_WORDS } from './words/shouting';

/** Three or more `!`/`?` marks in a row, half- or full-width, in any mix. */
const MARKS = /[!！?？]{3,}/g;
/** A run of capitalised words separated by single spaces; each word bounded by non-word characters. */
const CAPS_RUN = /(?<![\p{L}\p{N}_\-/.&@])[A-Z]{2,}(?: [A-Z]{1,})*(?![\p{L}\p{N}_\-/&@])/gu;

function collapse(run: string): string {
  const question = /[?？]/.test(run);
  const fullWidth = /[！？]/.test(run[0]!);
  if (question) return fullWidth ? '？' : '?';
  return fullWidth ? '！' : '!';
}

export const shouting = defineRule({
  id: 'tone/shouting',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'Runs of exclamation or question marks, and words in capitals.',
    zh: '连串的感叹号、问号，以及全大写的单词。',
  },
  explanation: {
    en: 'Three exclamation marks or a word in capitals read as shouting or impatience. One mark and plain case carry the same meaning calmly; if something is urgent, give the date.',
    zh: '连着三个感叹号或全大写的英文单词，读起来像在吼叫或不耐烦。一个标点、正常大小写就能表达同样的意思；真正紧急的事，请写明时间。',
  },
  messages: {
    marks: {
      en: '“{{text}}” reads as shouting or impatience. One mark is enough.',
      zh: '“{{text}}”读起来像在吼叫或不耐烦，一个标点就够了。',
    },
    caps: {
      en: '“{{text}}” in capitals reads as shouting. Write it in normal case: “{{fixed}}”.',
      zh: '“{{text}}”全部大写，读起来像在吼叫。请用正常大小写：“{{fixed}}”。',
    },
    fixMarks: { en: 'Write “{{fixed}}”', zh: '改为“{{fixed}}”' },
    fixCaps: { en: 'Write “{{fixed}}”', zh: '改为“{{fixed}}”' },
  },
  check(context) {
    const text = context.draft.body.text;
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (skipSpan(context, start, end) || context.isAllowed(m[0])) continue;
      const fixed = collapse(m[0]);
      context.report({
        messageId: 'marks',
        data: { text: m[0], fixed },
        span: context.bodySpan(start, end),
        fixes: [{ messageId: 'fixMarks', data: { fixed }, edits: [context.bodyEdit(start, end, fixed)] }],
        allow: m[0],
      });
    }
    CAPS_RUN.lastIndex = 0;
    for (let m = CAPS_RUN.exec(text); m; m = CAPS_RUN.exec(text)) {
      const words = [...m[0].matchAll(/[A-Z]+/g)].map((w) => ({ word: w[0], start: m!.index + w.index }));
      const lower = (w: string) => w.toLowerCase();
      const shouted = words.filter(
        (w) =>
          w.word.length >= 4 &&
          !ACRONYMS.has(w.word) &&
          COMMON_WORDS.has(lower(w.word)) &&
          !context.isAllowed(w.word),
      );
      if (!shouted.length) continue;
      // Lower-case the whole run, never half of it (`THE FIRST EVENT IS NEXT` → `The first event is
      // next`, not `The first EVENT is next`): every word but the acronyms — listed ones, and short
      // ones that are not ordinary words (`USA`, `Q3`) — and `I`.
      const changed = words.filter(
        (w) =>
          !ACRONYMS.has(w.word) &&
          w.word !== 'I' &&
          !(w.word.length <= 3 && !COMMON_WORDS.has(lower(w.word))),
      );
      const first = changed[0]!;
      const last = changed[changed.length - 1]!;
      const start = first.start;
      const end = last.start + last.word.length;
      if (skipSpan(context, start, end) || inQuotes(text, start)) continue;
      const sentenceStart = atSentenceStart(text, start);
      let fixed = text.slice(start, end);
      const edits = changed.map((w, i) => {
        let t = lower(w.word);
        if (i === 0 && sentenceStart) t = t[0]!.toUpperCase() + t.slice(1);
        const rel = w.start - start;
        fixed = fixed.slice(0, rel) + t + fixed.slice(rel + t.length);
        return context.bodyEdit(w.start, w.start + w.word.length, t);
      });
      const shown = text.slice(start, end);
      context.report({
        messageId: 'caps',
        data: { text: shown, fixed },
        span: context.bodySpan(start, end),
        fixes: [{ messageId: 'fixCaps', data: { fixed }, edits }],
        // One shouted word can be allowed; a run of several stays shouted if only one is.
        ...(shouted.length === 1 ? { allow: shouted[0]!.word } : {}),
      });
    }
  },
});

/** Inside quotation marks on the same line: label text such as “MADE IN CHINA” is quoted, not shouted. */
function inQuotes(text: string, start: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const before = text.slice(lineStart, start);
  const curly = (before.match(/[“「『]/g) ?? []).length - (before.match(/[”」』]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return curly > 0 || straight % 2 === 1;
}
