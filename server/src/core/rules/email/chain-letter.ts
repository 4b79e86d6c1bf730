import { ownBlocks } from '../../analysis/email';
import { defineRule } from '../../engine/rule';
import { ENGLISH_NUMBER_WORDS } from '../../text/numerals';

const ZH_NUM = '(?:\\d{1,4}|[一二两三四五六七八九十百千]{1,4})';
const EN_NUM = `(?:\\d{1,4}|${ENGLISH_NUMBER_WORDS})`;
/** A count of people: `10个`, `十位`, `5名`, or a number right before `好友`/`朋友`. */
const ZH_COUNT = `(?:至少|最少|不少于|超过)?${ZH_NUM}\\s*(?:个|個|位|名|(?=好友|朋友))`;
const ZH_OBJECT = '(?:此邮件|这封邮件|此信|这封信|本邮件|此消息|这条消息|此文|本文|这个|它)?';
const ZH_TO = '(?:给|給|到|至)';
const ZH_FRIENDS = '(?:好友|朋友|亲友|親友|联系人|聯繫人|聯絡人|微信群|群)';
const EN_OBJECT = '(?:this|it|this\\s+(?:e-?mail|message|letter|mail|note|chain))';
const EN_CROWD = '(?:friends|people|persons|contacts|others|loved\\s+ones)';
const EN_MORE = '(?:at\\s+least\\s+|more\\s+than\\s+|no\\s+fewer\\s+than\\s+)?';

/**
 * Chain-letter requests: pass this on to a number of friends, or to everyone you know. Each
 * pattern needs the verb of passing on, a crowd (a count of friends or people, all your
 * friends, everyone you know) and, for verbs that also have everyday business uses (`send`,
 * `发送`, `分享`), the object “this”: “send the samples to 3 people in QC” or “请转发给各部门”
 * stay silent.
 */
const PATTERNS: RegExp[] = [
  // 转发给10个好友 / 转发此邮件给至少5个人 / 转发10个群
  new RegExp(
    `(?:转发|轉發)${ZH_OBJECT}${ZH_TO}?(?:你|您)?的?(?:身边|身邊)?的?${ZH_COUNT}(?:${ZH_FRIENDS}|人)`,
  ),
  // 转给身边10位朋友 / 分享给5个好友
  new RegExp(
    `(?:转|轉|分享|发送|發送|传|傳)${ZH_OBJECT}${ZH_TO}(?:你|您)?的?(?:身边|身邊)?的?${ZH_COUNT}${ZH_FRIENDS}`,
  ),
  // 转给你所有的朋友 / 转发给身边所有亲友
  new RegExp(
    `(?:转发|轉發|转|轉|发|發|分享)${ZH_OBJECT}${ZH_TO}(?:你|您)?的?(?:身边|身邊)?的?(?:所有|全部|每一?个|每一?位)的?(?:好友|朋友|亲友|親友|联系人|聯繫人|认识的人|認識的人)`,
  ),
  // 不转发就会倒霉
  /(?:不|没有?)(?:转发|轉發|转|轉)(?:的话)?[^。！？\n]{0,12}(?:倒霉|厄运|不幸|霉运|后悔)/,
  // forward this to 10 friends / pass it on to ten people
  new RegExp(
    `\\b(?:forward|pass)\\s+(?:${EN_OBJECT}\\s+)?(?:on\\s+|along\\s+)?to\\s+${EN_MORE}${EN_NUM}\\s+(?:(?:of\\s+)?(?:your|other|more|close)\\s+)?${EN_CROWD}\\b`,
    'i',
  ),
  // send this e-mail to at least ten people
  new RegExp(
    `\\b(?:send|share|email|e-mail)\\s+${EN_OBJECT}\\s+(?:on\\s+|along\\s+)?to\\s+${EN_MORE}${EN_NUM}\\s+(?:(?:of\\s+)?(?:your|other|more|close)\\s+)?${EN_CROWD}\\b`,
    'i',
  ),
  // send this to everyone you know / forward it to all your friends
  new RegExp(
    `\\b(?:forward|send|pass|share)\\s+(?:${EN_OBJECT}\\s+)?(?:on\\s+|along\\s+)?to\\s+(?:(?:everyone|everybody)\\s+(?:you\\s+know|in\\s+your\\s+(?:address\\s+book|contacts|contact\\s+list))|all\\s+(?:of\\s+)?your\\s+(?:friends|contacts|loved\\s+ones))\\b`,
    'i',
  ),
  // if you don't forward this …, bad luck
  /\bif\s+you\s+(?:don'?t|do\s+not|fail\s+to)\s+(?:forward|send|pass)\s+(?:this|it)\b[^.!?\n]{0,80}\b(?:bad\s+luck|misfortune|curse|regret)/i,
];

const GLOBAL = PATTERNS.map((re) => new RegExp(re.source, `${re.flags}g`));
const PASS_ON = /转|轉|分享|发|發|传|傳|forward|send|pass|share|e-?mail/i;

export const chainLetter = defineRule({
  id: 'email/chain-letter',
  appliesTo: ['eml'],
  severity: 'error',
  fixable: false,
  description: {
    en: 'No chain letters: “forward this to 10 friends”, “转发给10个好友”.',
    zh: '不要发连锁信：“转发给10个好友”“forward this to 10 friends”。',
  },
  explanation: {
    en: 'Asking people to forward a message to friends or everyone they know is the mark of a chain letter. Clients treat it as spam, filters learn to block your address, and it spends the trust your business mail depends on.',
    zh: '要求别人把邮件转发给好友或所有认识的人，是连锁信的典型特征。客户会当成垃圾邮件，邮件系统也会因此拦截您的地址，损害商务邮件赖以为生的信任。',
  },
  messages: {
    chain: {
      en: '“{{text}}” asks the reader to pass the mail on like a chain letter: clients take it for spam and filters block your address. Remove it.',
      zh: '“{{text}}”要求读者像连锁信一样转发：客户会当成垃圾邮件，邮件系统也会拦截您的地址。请删除。',
    },
  },
  check(context) {
    const draft = context.draft;
    const text = draft.body.text;
    for (const b of ownBlocks(draft)) {
      const para = b.text;
      // one cheap test before the patterns: every one of them needs a verb of passing on
      if (!PASS_ON.test(para)) continue;
      const found: { start: number; end: number }[] = [];
      for (const g of GLOBAL) {
        g.lastIndex = 0;
        for (let m = g.exec(para); m; m = g.exec(para)) {
          const start = b.start + m.index;
          const end = start + m[0].length;
          if (!found.some((f) => start < f.end && f.start < end)) found.push({ start, end });
          if (m[0].length === 0) g.lastIndex++;
        }
      }
      found.sort((x, y) => x.start - y.start);
      for (const f of found)
        context.report({
          messageId: 'chain',
          data: { text: text.slice(f.start, f.end) },
          span: context.bodySpan(f.start, f.end),
        });
    }
  },
});
