import { captionsOf } from '../../analysis/caption';
import { defineRule } from '../../engine/rule';
import { parseDuration, parseSize } from '../../text/media';

/** Placeholders a fix writes (`约[时长]分钟`, `[size] MB`): stated, waiting to be filled, not asked for again. */
const LENGTH_SLOT = /(?:…|\[(?:时长|時長|length)\])\s*(?:分钟|分鐘|min)/;
const SIZE_SLOT = /(?:…|\[(?:大小|size)\])\s*MB/;

export const videoAnnotation = defineRule({
  id: 'media/video-annotation',
  appliesTo: ['msg'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'A video says how long it is and how large (`[video 3min 2.0MB]`).',
    zh: '视频要注明时长和大小（`[视频 3分钟 2.0M]`）。',
  },
  explanation: {
    en: 'Before tapping a video the reader wants to know whether it takes one minute or ten, and whether it will eat their mobile data. State both in the placeholder or its caption: “(about 3 min, 2.0 MB)”.',
    zh: '点开视频之前，对方想知道它要看一分钟还是十分钟、会不会耗掉很多流量。请在占位符或说明文字中注明两者：“（约3分钟，约2.0MB）”。',
  },
  messages: {
    both: {
      en: 'Say how long this video is and how large it is.',
      zh: '请注明这个视频的时长和大小。',
    },
    length: { en: 'Say how long this video is.', zh: '请注明这个视频的时长。' },
    size: { en: 'Say how large this video is.', zh: '请注明这个视频的大小。' },
    insert: { en: 'Add “{{slots}}” after the video', zh: '在视频后加上“{{slots}}”' },
  },
  check(context) {
    const { draft } = context;
    for (const m of draft.messages) {
      if (m.quoted) continue;
      for (const media of m.media) {
        if (media.kind !== 'video') continue;
        const texts = [media.annotation, ...captionsOf(draft, m, media)];
        const hasLength =
          media.seconds !== null || texts.some((t) => parseDuration(t) !== null || LENGTH_SLOT.test(t));
        const hasSize =
          media.megabytes !== null || texts.some((t) => parseSize(t) !== null || SIZE_SLOT.test(t));
        if (hasLength && hasSize) continue;
        const zh = draft.lang === 'zh';
        const parts = [
          ...(hasLength ? [] : [zh ? '约[时长]分钟' : 'about [length] min']),
          ...(hasSize ? [] : [zh ? '约[大小]MB' : '[size] MB']),
        ];
        const slots = zh ? `（${parts.join('，')}）` : ` (${parts.join(', ')})`;
        context.report({
          messageId: !hasLength && !hasSize ? 'both' : hasLength ? 'size' : 'length',
          span: { start: media.start, end: media.end },
          fixes: [
            {
              messageId: 'insert',
              data: { slots: slots.trim() },
              edits: [{ start: media.end, end: media.end, newText: slots }],
            },
          ],
        });
      }
    }
  },
});
