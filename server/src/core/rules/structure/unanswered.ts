import { questionsIn } from '../../analysis/questions';
import { keyNumbers, type Topic, takesUp, topicsOf } from '../../analysis/topics';
import { defineRule } from '../../engine/rule';

const CLOSING =
  /^(?:best regards|kind regards|regards|best|thanks|thank you|many thanks|sincerely|cheers|此致|敬礼|祝好|顺祝|谢谢|感谢)/i;

export const unanswered = defineRule({
  id: 'structure/unanswered',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'A reply that leaves one of the reader’s questions unanswered.',
    zh: '回复漏掉了对方的问题。',
  },
  explanation: {
    en: 'The customer asked several things; an answer that skips one makes them ask again, and reads as if nobody listened. Take up every question, even if only to say when you will know.',
    zh: '客户问了几件事，漏答一件，对方就得再问一次，也会觉得没人认真听。每个问题都要回应，哪怕只是说明什么时候能答复。',
  },
  messages: {
    unanswered: {
      en: 'This reply does not take up {{count}} of the reader’s questions: {{topics}}.',
      zh: '这条回复没有回应对方的{{count}}个问题：{{topics}}。',
    },
    question: {
      en: 'Not answered: “{{question}}” (looked for {{words}} in your reply).',
      zh: '未回应：“{{question}}”（在回复中查找了 {{words}}）。',
    },
    insert: { en: 'Add a line answering it', zh: '补一行回答' },
  },
  check(context) {
    const { draft } = context;
    if (draft.context.forward) return;
    const text = draft.body.text;
    const theirs = draft.blocks.filter((b) => b.quoted);
    const own = draft.blocks.filter((b) => !b.quoted && !b.signature && /[\p{L}\p{N}]/u.test(b.text));
    if (!theirs.length || !own.length) return;
    const answer = own.map((b) => b.text).join('\n');
    const missing: { start: number; end: number; question: string; topic: Topic; words: string[] }[] = [];
    // Questions Cordial can name in the message being answered. With only one, the whole reply
    // is its answer, whatever words it uses (real shop answers: `那几天能到呢` → `快递方面3－4天送达哦`,
    // `能便宜点吗` → `这已经是活动价了`); the rule is for the question left out among several.
    let named = 0;
    for (const block of theirs) {
      for (const q of questionsIn(text, block.start, block.end)) {
        // Only the message being answered: `>>` lines quote an older one.
        const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
        if (/^\s*>\s*>/.test(text.slice(lineStart, q.start + 1))) continue;
        const topics = topicsOf(q.text);
        // A question Cordial cannot name is left alone; one taken up in any way is answered.
        if (!topics.length) continue;
        named++;
        if (topics.some((t) => takesUp(t.topic, answer))) continue;
        if (keyNumbers(q.text).some((n) => answer.includes(n))) continue;
        const first = topics[0]!;
        missing.push({
          start: q.start,
          end: q.end,
          question: q.text,
          topic: first.topic,
          words: [...new Set(topics.flatMap((t) => t.words))],
        });
      }
    }
    if (!missing.length || named < 2) return;
    const lang = draft.lang;
    const firstOwn = own[0]!;
    const lineEnd = firstOwn.text.search(/[\r\n]/);
    const span = context.bodySpan(
      firstOwn.start,
      firstOwn.start + (lineEnd < 0 ? firstOwn.text.length : lineEnd),
    );
    // The line goes after the last paragraph of the answer (before the closing and signature).
    const body = own.filter((b) => !CLOSING.test(b.text.trim()));
    const after = (body.length ? body : own)[(body.length ? body : own).length - 1]!;
    const eol = draft.eol;
    const topicsSeen = new Set<string>();
    const lines: string[] = [];
    for (const m of missing) {
      if (topicsSeen.has(m.topic.id)) continue;
      topicsSeen.add(m.topic.id);
      lines.push(lang === 'zh' ? `关于${m.topic.label.zh}：[待补充]` : `About ${m.topic.label.en}: [answer]`);
    }
    const insert =
      draft.kind === 'msg' ? `${eol}${eol}${lines.join(eol + eol)}` : `${eol}${eol}${lines.join(eol)}`;
    context.report({
      messageId: 'unanswered',
      data: {
        count: missing.length,
        topics: missing
          .map((m) => (lang === 'zh' ? m.topic.label.zh : m.topic.label.en))
          .join(lang === 'zh' ? '、' : ', '),
      },
      span,
      related: missing.map((m) => ({
        span: context.bodySpan(m.start, m.end),
        messageId: 'question' as const,
        data: { question: m.question, words: m.words.map((w) => `“${w}”`).join(lang === 'zh' ? '、' : ', ') },
      })),
      fixes: [{ messageId: 'insert', edits: [context.bodyEdit(after.end, after.end, insert)] }],
    });
  },
});
