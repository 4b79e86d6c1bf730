import { openingGreeting, openingParagraph } from '../../analysis/greeting';
import { defineRule, type FixSpec } from '../../engine/rule';
import { courtesyFollows } from '../../text/opening';

const HAN = /[\u4e00-\u9fff]/;

export const courtesy = defineRule({
  id: 'greeting/courtesy',
  appliesTo: ['msg', 'eml'],
  severity: 'info',
  fixable: true,
  description: {
    en: 'A first-contact greeting carries a courtesy, not the name alone (“Jac,”, “王经理：”).',
    zh: '第一次联系时，问候不应只有称呼（“王经理：”“Jac,”），还要有问好。',
  },
  explanation: {
    en: 'A name alone reads curt to someone you have not met: it sounds like the start of an instruction. “Dear Jac,” or “王经理，您好！” costs two words and sets a warm tone. (Between people who know each other, and in replies, the name alone is fine, so this rule looks only at first contact.)',
    zh: '对不熟悉的人只写称呼，读起来生硬，像是要下指令。“王经理，您好！”“Dear Jac,”只多两个字，却让语气温和许多。（熟人之间和回复时只写称呼并无不妥，所以本规则只检查第一次联系。）',
  },
  messages: {
    courtesy: {
      en: '“{{name}}” alone is curt for a first contact: add a courtesy.',
      zh: '第一次联系只写“{{name}}”略显生硬，请加上问候语。',
    },
    addZh: { en: 'Add “您好！”', zh: '加上“您好！”' },
    addEn: { en: 'Write “Dear {{name}}”', zh: '改为“Dear {{name}}”' },
  },
  check(context) {
    const { draft } = context;
    if (!draft.context.firstContact) return;
    const g = openingGreeting(draft, openingParagraph(draft));
    const text = draft.body.text;
    if (!g?.name || g.courtesy || courtesyFollows(text, g.span.end)) return;
    const name = g.name;
    const zh = HAN.test(name) || (draft.lang === 'zh' && name.startsWith('['));
    let fix: FixSpec<'addZh' | 'addEn' | 'courtesy'>;
    if (zh) {
      // After the vocative punctuation: `王经理：您好！`, `王经理，您好！上次…`.
      const sep = /^[ \t]*[，,：:][ \t]*/.exec(text.slice(g.span.end))?.[0] ?? '';
      const at = g.span.end + sep.length;
      fix = { messageId: 'addZh', edits: [context.bodyEdit(at, at, '您好！')] };
    } else {
      fix = {
        messageId: 'addEn' as const,
        data: { name },
        edits: [context.bodyEdit(g.span.start, g.span.start, 'Dear ')],
      };
    }
    context.report({
      messageId: 'courtesy',
      data: { name },
      span: context.bodySpan(g.span.start, g.span.end),
      fixes: [fix],
    });
  },
});
