import { defineRule } from '../../engine/rule';

export const voiceFirstContact = defineRule({
  id: 'media/voice-first-contact',
  appliesTo: ['msg'],
  severity: 'warning',
  fixable: false,
  description: {
    en: 'No voice notes to someone you do not know yet (`relation: new`).',
    zh: '对还不熟悉的人（`relation: new`）不要发语音。',
  },
  explanation: {
    en: 'A voice note from a stranger asks the reader to stop, find a quiet place and listen, without knowing what it is about. Type until you know the person and know they like voice.',
    zh: '陌生人发来的语音，要对方停下手头的事、找个安静的地方去听，却不知道内容是什么。在熟悉对方、知道对方愿意听语音之前，请打字。',
  },
  messages: {
    voice: {
      en: 'A voice note in a first contact: type your message until you know the reader.',
      zh: '第一次联系就发语音：在熟悉对方之前，请改为文字。',
    },
  },
  check(context) {
    const { draft } = context;
    if (!draft.context.firstContact) return;
    for (const m of draft.messages) {
      if (m.quoted) continue;
      for (const media of m.media)
        if (media.kind === 'voice')
          context.report({ messageId: 'voice', span: { start: media.start, end: media.end } });
    }
  },
});
