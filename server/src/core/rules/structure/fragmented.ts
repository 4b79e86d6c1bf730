import { textWithoutMedia } from '../../analysis/caption';
import { isItemPlaceholder } from '../../analysis/placeholders';
import type { ChatMessage } from '../../draft';
import { defineRule } from '../../engine/rule';
import { countEnglishWords, countHan } from '../../text/lang';

/** A fragment: some text, but at most this much (media placeholders do not count). */
const MAX_HAN = 6;
const MAX_WORDS = 3;
/** This many fragments in a row ping the phone too often. */
const RUN = 3;

function isFragment(m: ChatMessage): boolean {
  if (m.quoted) return false;
  const text = textWithoutMedia(m);
  // A placeholder item added by a count fix is the writer's to fill, not a fragment to merge.
  if (!text.trim() || isItemPlaceholder(text)) return false;
  return countHan(text) <= MAX_HAN && countEnglishWords(text) <= MAX_WORDS;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const ENDS_SENTENCE = /[。！？!?.…~～]$/;
const ENDS_CLAUSE = /[，,、；;：:]$/;

/** What joins two messages into one: nothing after `，`, a space after `!`, else `，` or `, `. */
function joiner(left: string, right: string): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  const cjk = HAN.test(l.slice(-1)) || HAN.test(r.slice(0, 1)) || /[。！？，、；：]$/.test(l);
  if (ENDS_CLAUSE.test(l)) return cjk ? '' : ' ';
  if (ENDS_SENTENCE.test(l)) return cjk && /[。！？]$/.test(l) ? '' : ' ';
  return cjk ? '，' : ', ';
}

export const fragmented = defineRule({
  id: 'structure/fragmented',
  appliesTo: ['msg'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'No runs of three or more tiny messages: say it in one.',
    zh: '不要连发三条以上只有几个字的消息，合成一条说。',
  },
  explanation: {
    en: 'Each message pings the reader’s phone. “Hi” / “are you free” / “quick question” is three interruptions for one sentence, and the reader has to piece it together. Write it as one message.',
    zh: '每条消息都会让对方的手机响一次。“你好”“在吗”“问个事”是为一句话打扰对方三次，对方还得自己拼起来。请合成一条消息发送。',
  },
  messages: {
    fragmented: {
      en: '{{count}} tiny messages in a row: each one pings the reader’s phone. Merge them into one.',
      zh: '连续 {{count}} 条很短的消息，每条都会让对方的手机响一次。请合成一条。',
    },
    merge: { en: 'Merge the {{count}} messages into one', zh: '把这 {{count}} 条消息合成一条' },
  },
  check(context) {
    const msgs = context.draft.messages;
    let i = 0;
    while (i < msgs.length) {
      if (!isFragment(msgs[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < msgs.length && isFragment(msgs[j + 1]!)) j++;
      const count = j - i + 1;
      if (count >= RUN) {
        const run = msgs.slice(i, j + 1);
        // Replace each blank-line separator (white space only) with a joiner: no text is lost.
        const edits = run.slice(1).map((m, k) => ({
          start: run[k]!.end,
          end: m.start,
          newText: joiner(run[k]!.text, m.text),
        }));
        context.report({
          messageId: 'fragmented',
          data: { count },
          span: { start: run[0]!.start, end: run[run.length - 1]!.end },
          fixes: [{ messageId: 'merge', data: { count }, edits }],
        });
      }
      i = j + 1;
    }
  },
});
