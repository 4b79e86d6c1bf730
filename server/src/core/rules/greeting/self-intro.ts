import {
  firstLine,
  onlyPresence,
  openingGreeting,
  type Paragraph,
  paragraphs,
} from '../../analysis/greeting';
import { defineRule } from '../../engine/rule';
import { ASK_TIME, BRIDGE, hasSelfIntro } from '../../text/opening';
import { splitSentences } from '../../text/sentences';
import type { Span } from '../../types';

const INTRO = {
  zh: '我是[公司]的[姓名]，[一句话说明能为您做什么]。',
  en: "I'm [your name] from [company]. [What you can do for them, in one sentence.]",
};

/** A closing line (`Best regards,`, `此致`, `祝好`) with at least one line after it: a signature. */
const SIGN_OFF =
  /^[ \t]*(?:(?:best|kind|warm|warmest)?\s*regards|sincerely|yours(?: sincerely| faithfully| truly)?|best wishes|best|cheers|thanks(?: and regards)?|thank you|此致|敬礼|祝好|顺祝(?:商祺|时祺)?|顺颂(?:商祺|时祺)?|祝商祺|谢谢)[ \t]*[,，!！。.]?[ \t]*(?:\r\n?|\n)[ \t]*\S/im;

/** The e-mail is signed: by the parser's signature block, or by a sign-off in its last paragraphs. */
function signed(text: string, signature: Span | null, own: Paragraph[]): boolean {
  if (signature && text.slice(signature.start, signature.end).trim()) return true;
  return own.slice(-2).some((p) => SIGN_OFF.test(p.text));
}

/** Every sentence of the paragraph asks for a few minutes or says it can be read later. */
function askOnly(text: string): boolean {
  const sentences = splitSentences(text);
  return (
    sentences.length > 0 &&
    sentences.every((s) => {
      const t = text.slice(s.start, s.end);
      return ASK_TIME.test(t) || BRIDGE.test(t);
    })
  );
}

export const selfIntro = defineRule({
  id: 'greeting/self-intro',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'A first contact says who you are (“I’m Lin from Hengda Packaging”, “我是恒达包装的林伟”).',
    zh: '第一次联系要说明您是谁（“我是恒达包装的林伟”“I’m Lin from Hengda Packaging”）。',
  },
  explanation: {
    en: 'A stranger decides in the first lines whether to read on. If they cannot tell who is writing and why it concerns them, the message looks like spam. Say your name, your company and what you offer right after the greeting.',
    zh: '陌生人在头几行就决定是否读下去。看不出是谁、为什么找他，消息就像垃圾信息。问候之后，马上说明您的姓名、公司和能为对方做什么。',
  },
  messages: {
    missing: {
      en: 'A first contact should say who you are: your name, your company, what you offer.',
      zh: '第一次联系应说明您是谁：姓名、公司，以及能为对方做什么。',
    },
    insert: { en: 'Insert a self-introduction after the greeting', zh: '在问候后插入自我介绍' },
  },
  check(context) {
    const { draft } = context;
    if (!draft.context.firstContact) return;
    const own = paragraphs(draft).filter((p) => p.own && !onlyPresence(draft, p));
    if (!own.length) return;
    if (draft.kind === 'eml' && signed(draft.body.text, draft.signature, own)) return;
    const first = own[0]!;
    const g = openingGreeting(draft, first);
    // The first two content paragraphs: a paragraph that is only the greeting does not count.
    const greetingOnly =
      g !== null && !first.text.slice(g.span.end - first.start).replace(/[\s，,！!。.:：~～]+/g, '');
    // An ask for a few minutes or the bridge on its own is opening, not content: look past it.
    const look: Paragraph[] = [];
    let content = 0;
    for (const [i, p] of own.entries()) {
      if (content >= 2) break;
      look.push(p);
      if (!(i === 0 && greetingOnly) && !askOnly(p.text)) content++;
    }
    if (look.some((p) => hasSelfIntro(p.text))) return;

    const eol = draft.eol;
    const intro = INTRO[draft.lang];
    const text = draft.body.text;
    let at: number;
    let newText: string;
    if (g && greetingOnly) {
      at = first.end;
      newText = `${eol}${eol}${intro}`;
    } else if (g) {
      const after = /^[^\S\r\n]*[，,！!。.:：~～]*[^\S\r\n]*/.exec(text.slice(g.span.end))![0];
      at = g.span.end + after.length;
      if (/^[\r\n]/.test(text.slice(at))) newText = `${eol}${intro}`;
      else newText = draft.lang === 'zh' ? intro : `${intro} `;
      if (/^[\r\n]/.test(text.slice(at)))
        at = g.span.end + /^[^\r\n]*/.exec(text.slice(g.span.end))![0].length;
    } else {
      at = first.start;
      newText = `${intro}${eol}${eol}`;
    }
    const span = g ?? null;
    const line = firstLine(first);
    context.report({
      messageId: 'missing',
      span: span ? context.bodySpan(span.span.start, span.span.end) : context.bodySpan(line.start, line.end),
      suggestion: INTRO,
      fixes: [{ messageId: 'insert', edits: [context.bodyEdit(at, at, newText)] }],
    });
  },
});
