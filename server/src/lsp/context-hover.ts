import { type Hover, MarkupKind } from 'vscode-languageserver';
import { formatText, type Locale } from '../core';
import type { Draft } from '../core/draft';
import type { LocalText, Span } from '../core/types';
import { type CoreView, toRange } from './convert';

/*
 * How Cordial read a draft (formats.md, "Context"), shown when hovering the `Subject:` line of an
 * e-mail or the first line of the writer's own text: "A reply to Jac Chen; first-contact rules
 * off." Self-contained: the findings' hover is `hover.ts`; `withContext` appends this one to it.
 */

const TEXT = {
  title: { en: 'How Cordial reads this draft', zh: 'Cordial 如何理解这份草稿' },
  replyTo: { en: 'A reply to {{name}}', zh: '回复 {{name}} 的{{what}}' },
  reply: { en: 'A reply', zh: '一封回复的{{what}}' },
  forward: { en: 'A forward', zh: '转发的{{what}}' },
  forwardTo: { en: 'A forward to {{name}}', zh: '转发给 {{name}} 的{{what}}' },
  internal: { en: 'Mail between colleagues', zh: '同事之间的邮件' },
  familiar: { en: 'A message to someone you know', zh: '写给熟人的{{what}}' },
  firstTo: { en: 'A first contact with {{name}}', zh: '与 {{name}} 的首次联系' },
  first: { en: 'A first contact', zh: '首次联系' },
  off: { en: '; first-contact rules off.', zh: '；首次联系的规则已关闭。' },
  on: { en: '; first-contact rules on.', zh: '；首次联系的规则已开启。' },
  relation: { en: 'Relation: {{relation}}.', zh: '关系：{{relation}}。' },
  new: { en: 'new', zh: '陌生（new）' },
  familiar_: { en: 'familiar', zh: '熟悉（familiar）' },
  evidence: { en: 'Read from: {{list}}.', zh: '依据：{{list}}。' },
  none: {
    en: 'nothing says otherwise (no reply headers, no quoted thread, an outside recipient)',
    zh: '没有相反的迹象（无回复头、无引用、收件人在外部）',
  },
  mail: { en: '', zh: '邮件' },
  chat: { en: '', zh: '消息' },
} satisfies Record<string, LocalText>;

const EVIDENCE: Record<string, LocalText> = {
  'in-reply-to': { en: 'the In-Reply-To header', zh: 'In-Reply-To 头' },
  references: { en: 'the References header', zh: 'References 头' },
  'subject-prefix': { en: 'the subject’s reply prefix', zh: '主题的回复前缀' },
  'subject-forward': { en: 'the subject’s forward prefix', zh: '主题的转发前缀' },
  'quoted-thread': { en: 'the quoted thread', zh: '引用的往来邮件' },
  'forwarded-block': { en: 'the forwarded message', zh: '转发的邮件内容' },
  domains: { en: 'the addresses (all in your domain)', zh: '收件地址（都在您的域名下）' },
  'x-cordial-relation': { en: 'the X-Cordial-Relation header', zh: 'X-Cordial-Relation 头' },
  'front-matter': { en: 'the front matter', zh: '前置信息' },
  'quoted-lines': { en: 'the quoted message before your text', zh: '正文前引用的消息' },
};

const say = (text: LocalText, locale: Locale, data: Record<string, string> = {}) =>
  formatText(text, locale, data);

/** The sentence that says how the draft was read, in the locale's language. */
export function describeContext(draft: Draft, locale: Locale): string {
  const c = draft.context;
  const name = draft.recipientName?.trim() || null;
  const what = say(draft.kind === 'eml' ? TEXT.mail : TEXT.chat, locale);
  let head: string;
  if (c.reply) head = say(name ? TEXT.replyTo : TEXT.reply, locale, { name: name ?? '', what });
  else if (c.forward) head = say(name ? TEXT.forwardTo : TEXT.forward, locale, { name: name ?? '', what });
  else if (c.internal) head = say(TEXT.internal, locale);
  else if (!c.firstContact) head = say(TEXT.familiar, locale, { what });
  else head = say(name ? TEXT.firstTo : TEXT.first, locale, { name: name ?? '' });
  const sep = locale === 'zh' ? '、' : ', ';
  const list = c.evidence.length
    ? c.evidence.map((e) => (EVIDENCE[e] ? say(EVIDENCE[e], locale) : e)).join(sep)
    : say(TEXT.none, locale);
  return [
    head + say(c.firstContact ? TEXT.on : TEXT.off, locale),
    say(TEXT.relation, locale, { relation: say(c.relation === 'new' ? TEXT.new : TEXT.familiar_, locale) }),
    say(TEXT.evidence, locale, { list }),
  ].join(locale === 'zh' ? '' : ' ');
}

/** Where the context hover answers, in source offsets: the `Subject:` line, or the first own line. */
export function contextSpot(draft: Draft): Span | null {
  if (draft.blocked) return null;
  if (draft.kind === 'eml' && draft.subject) return draft.subject.span;
  const first = draft.blocks.find((b) => !b.quoted && !b.signature && b.text.trim() !== '');
  if (!first) return draft.kind === 'eml' && draft.headers[0] ? draft.headers[0].span : null;
  const nl = /[\r\n]/.exec(first.text);
  const end = first.start + (nl ? nl.index : first.text.length);
  const s = draft.body.toSource(first.start, end);
  return s.start < s.end ? { start: s.start, end: s.end } : null;
}

/** The context hover at a core offset, or null when the offset is not on the spot. */
export function contextHover(view: CoreView, draft: Draft, offset: number, locale: Locale): Hover | null {
  const spot = contextSpot(draft);
  if (!spot || offset < spot.start || offset > spot.end) return null;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: `*${say(TEXT.title, locale)}${locale === 'zh' ? '：' : ':'}* ${describeContext(draft, locale).replace(/([\\*_[\]<>])/g, '\\$1')}`,
    },
    range: toRange(view, spot.start, spot.end),
  };
}

/** The findings' hover with the context hover appended (either may be null). */
export function withContext(findings: Hover | null, context: Hover | null): Hover | null {
  if (!findings || !context) return findings ?? context;
  const value = (h: Hover) => (h.contents as { value: string }).value;
  return {
    contents: { kind: MarkupKind.Markdown, value: `${value(findings)}\n\n---\n\n${value(context)}` },
    range: findings.range,
  };
}
