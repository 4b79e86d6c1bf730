import { displayWidth, subjectSpan } from '../../analysis/email';
import { defineRule } from '../../engine/rule';

/** Columns a phone's inbox shows of a subject, give or take (CJK counts double). */
export const SUBJECT_COLUMNS = 60;

export const subjectLong = defineRule({
  id: 'email/subject-long',
  appliesTo: ['eml'],
  severity: 'info',
  fixable: false,
  description: {
    en: 'The subject should fit in about 60 columns (CJK characters count double).',
    zh: '主题应在约60列以内（中文等全角字符按两列计）。',
  },
  explanation: {
    en: 'Phones and narrow inbox panes cut a subject off after about 60 columns (30 Chinese characters), so the end of a long subject is never seen. Put the point first and keep the subject short; the details belong in the first lines of the body.',
    zh: '手机和较窄的收件箱在约60列（约30个汉字）后就会截断主题，过长主题的后半部分根本看不到。请把要点放在前面、主题写短，细节放在正文开头。',
  },
  messages: {
    long: {
      en: 'The subject is {{width}} columns wide: phones cut it off after about {{max}}, so the reader never sees the end. Put the point first and shorten it.',
      zh: '主题宽{{width}}列：手机约在{{max}}列后截断，读者看不到后半部分。请把要点放前面并缩短主题。',
    },
  },
  check(context) {
    const header = context.draft.subject;
    if (!header) return;
    const width = displayWidth(header.value.trim());
    if (width <= SUBJECT_COLUMNS) return;
    context.report({
      messageId: 'long',
      data: { width, max: SUBJECT_COLUMNS },
      span: subjectSpan(header),
    });
  },
});
