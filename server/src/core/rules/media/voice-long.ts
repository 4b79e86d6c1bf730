import { defineRule } from '../../engine/rule';

/** Longer than this many seconds, a voice note is long. */
const LIMIT = 60;

export const voiceLong = defineRule({
  id: 'media/voice-long',
  appliesTo: ['msg'],
  severity: 'info',
  fixable: false,
  description: {
    en: 'Voice notes stay under a minute.',
    zh: '语音消息不超过一分钟。',
  },
  explanation: {
    en: 'A long recording cannot be skimmed: the reader must play all of it to find the one figure they need, and often plays it twice. Past a minute, write the points down instead, or split them.',
    zh: '长语音没法快速浏览：为了找一个数字，对方要从头听到尾，常常还要听两遍。超过一分钟的内容，请改成文字要点，或分开说。',
  },
  messages: {
    long: {
      en: 'This voice note is {{seconds}} seconds long (more than {{limit}}): write the points as text instead.',
      zh: '这条语音长 {{seconds}} 秒（超过 {{limit}} 秒）：请改为文字要点。',
    },
  },
  check(context) {
    for (const m of context.draft.messages) {
      if (m.quoted) continue;
      for (const media of m.media) {
        if (media.kind !== 'voice' || media.seconds === null || media.seconds <= LIMIT) continue;
        context.report({
          messageId: 'long',
          data: { seconds: media.seconds, limit: LIMIT },
          span: { start: media.start, end: media.end },
        });
      }
    }
  },
});
