import { subjectPrefixes, subjectSpan } from '../../analysis/email';
import { defineRule } from '../../engine/rule';
import { countHan } from '../../text/lang';

/** Subjects that say nothing, compared after trimming prefixes, brackets and punctuation (lower case). */
const VAGUE = new Set(
  [
    'hi',
    'hello',
    'hey',
    'hi there',
    'greetings',
    '你好',
    '您好',
    '无主题',
    '無主題',
    '(no subject)',
    'no subject',
    'untitled',
    'test',
    'testing',
    '测试',
    'question',
    'questions',
    'quick question',
    'a question',
    '问题',
    '一个问题',
    '请查收',
    '查收',
    '请查阅',
    '急',
    '加急',
    '紧急',
    '很急',
    'urgent',
    'important',
    '重要',
    'fyi',
    'info',
    'update',
    'help',
    'thanks',
    'thank you',
    '谢谢',
    'follow up',
    'follow-up',
    'following up',
    'checking in',
    'just checking in',
    'some updates',
    'updates',
    '跟进',
    '请回复',
    're',
    'fw',
    'fwd',
  ].map((s) => s.toLowerCase()),
);

/** Trims what does not carry meaning around a subject: white space, brackets, punctuation. */
function core(text: string): string {
  return text
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Length in words: English words and numbers count one, two CJK characters count one. */
export function subjectWords(text: string): number {
  const latin = text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:/-]\d+)*/g)?.length ?? 0;
  return latin + countHan(text) / 2;
}

export const subjectVague = defineRule({
  id: 'email/subject-vague',
  appliesTo: ['eml'],
  severity: 'warning',
  fixable: false,
  description: {
    en: 'The subject should say what the e-mail is about, not “hi”, “question” or “urgent”.',
    zh: '主题应说明邮件内容，而不是“你好”“问题”“急”。',
  },
  explanation: {
    en: 'A client decides from the subject whether to open a message now, later or never, and searches for it by the subject weeks later. “Hello”, “Question” or “Urgent” tell them nothing. Name the topic and the point: “Q3 carton quote: USD 0.42 per piece, 12-day lead time”.',
    zh: '客户根据主题决定现在看、稍后看还是不看，几周后也靠主题搜索这封邮件。“你好”“问题”“急”什么也没说。请写明事项和要点，例如“第三季度纸箱报价：每个0.42美元，12天交货”。',
  },
  messages: {
    vague: {
      en: 'The subject “{{subject}}” says nothing about the e-mail: the client cannot tell what it is or find it later. Name the topic and the point.',
      zh: '主题“{{subject}}”没有说明邮件内容：客户看不出是什么事，日后也难以搜索。请写明事项和要点。',
    },
    bareReply: {
      en: 'The subject is only “{{subject}}”: the client cannot tell which matter you are replying to. Add the topic.',
      zh: '主题只有“{{subject}}”：客户看不出您在回复哪件事。请加上事项。',
    },
    short: {
      en: 'The subject “{{subject}}” is too short to say what the e-mail is about. Write at least a few words: the topic and the point.',
      zh: '主题“{{subject}}”太短，说不清邮件内容。请至少写几个词：事项和要点。',
    },
  },
  check(context) {
    const header = context.draft.subject;
    if (!header || header.value.trim() === '') return; // email/subject-missing
    const value = header.value;
    const prefixes = subjectPrefixes(value);
    const restStart = prefixes.length ? prefixes[prefixes.length - 1]!.end : 0;
    const rest = value.slice(restStart);
    const subject = value.trim();
    const c = core(rest);
    let messageId: 'vague' | 'bareReply' | 'short' | null = null;
    if (c === '' && prefixes.length > 0) messageId = 'bareReply';
    else if (VAGUE.has(c)) messageId = 'vague';
    else if (subjectWords(rest) < 2) messageId = 'short';
    if (!messageId) return;
    context.report({ messageId, data: { subject }, span: subjectSpan(header) });
  },
});
