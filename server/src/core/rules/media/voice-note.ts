import { captionsOf } from '../../analysis/caption';
import { defineRule } from '../../engine/rule';

const CAPTION = {
  zh: '这条语音讲的是：[要点]，共[几]点，请您抽空听一下。',
  en: 'This voice note covers [topic]; please listen when convenient. ',
};

export const voiceNote = defineRule({
  id: 'media/voice-note',
  appliesTo: ['msg'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'A voice note comes with a line of text saying what it covers.',
    zh: '语音消息要配一句文字，说明讲的是什么。',
  },
  explanation: {
    en: 'A reader cannot skim, search or quote a recording, and often cannot play it where they are (a meeting, a train). One line saying what it covers — and how many points — lets them decide when to listen and find it again later.',
    zh: '语音无法浏览、搜索或引用，对方也常常不方便当场收听（开会、在车上）。配一句文字说明讲了什么、有几点，对方就能决定何时听，日后也找得到。',
  },
  messages: {
    uncaptioned: {
      en: 'This voice note has no caption: say in a line of text what it covers.',
      zh: '这条语音没有文字说明：请用一句话说明它讲的内容。',
    },
    insert: { en: 'Insert a caption before the voice note', zh: '在语音前插入文字说明' },
  },
  check(context) {
    const { draft } = context;
    for (const m of draft.messages) {
      if (m.quoted) continue;
      for (const media of m.media) {
        if (media.kind !== 'voice' || captionsOf(draft, m, media).length) continue;
        const caption = CAPTION[draft.lang];
        context.report({
          messageId: 'uncaptioned',
          span: { start: media.start, end: media.end },
          suggestion: CAPTION,
          fixes: [
            { messageId: 'insert', edits: [{ start: media.start, end: media.start, newText: caption }] },
          ],
        });
      }
    }
  },
});
