import { textWithoutMedia } from '../../analysis/caption';
import { defineRule } from '../../engine/rule';
import { countEnglishWords, countHan } from '../../text/lang';

/** URLs in chat text (scheme or `www.`), up to white space or CJK punctuation. */
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'，。！？；、（）【】「」]+/gi;
const HAS_URL = new RegExp(URL_RE.source, 'i');
/** Words that say nothing about what a link is. */
const EMPTY_WORDS =
  /链接|网址|地址|点击|点开|打开|看看|看下|看一下|看|这个|这里|请|您|你|的|一下|\b(?:link|here|see|check|click|this|please|pls|the|at|out|it|url)\b/gi;
/** A message right before that announces the link (`产品目录如下：`, `Here is our catalogue:`). */
const ANNOUNCES = /[：:]\s*$|链接|网址|如下|下面|\b(?:link|below|following)\b/i;

const CAPTION = { zh: '[链接说明]：', en: '[what this link is]: ' };

export const bareLink = defineRule({
  id: 'media/bare-link',
  appliesTo: ['msg'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'A link comes with words saying what it is.',
    zh: '发链接时要说明链接是什么。',
  },
  explanation: {
    en: 'A bare link from someone the reader does not know well feels pushy and looks like phishing, so it often goes unopened. Say in a few words what it leads to and why it helps them: “Our catalogue (PDF, 3 MB): https://…”.',
    zh: '不加说明的链接显得强推，也像钓鱼链接，对方往往不敢点开。请用几个字说明它是什么、对对方有什么用：“我们的产品目录（PDF，3MB）：https://…”。',
  },
  messages: {
    bare: {
      en: 'This link comes with no words saying what it is. Describe it before sending.',
      zh: '这个链接没有任何说明。发送前请说明它是什么。',
    },
    insert: { en: 'Insert a caption before the link', zh: '在链接前插入说明' },
  },
  check(context) {
    const { draft } = context;
    draft.messages.forEach((m, i) => {
      if (m.quoted) return;
      const urls = [...m.text.matchAll(URL_RE)];
      if (!urls.length) return;
      const rest = textWithoutMedia(m).replace(URL_RE, ' ').replace(EMPTY_WORDS, ' ');
      if (countHan(rest) >= 2 || countEnglishWords(rest) >= 2) return;
      const prev = draft.messages[i - 1];
      if (prev && !prev.quoted && !HAS_URL.test(prev.text) && ANNOUNCES.test(prev.text)) return;
      const u = urls[0]!;
      const start = m.start + u.index!;
      const url = u[0].replace(/[.,;:!?)\]]+$/, '');
      context.report({
        messageId: 'bare',
        span: { start, end: start + url.length },
        suggestion: CAPTION,
        fixes: [{ messageId: 'insert', edits: [{ start, end: start, newText: CAPTION[draft.lang] }] }],
      });
    });
  },
});
