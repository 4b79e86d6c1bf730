import { baseName, bodyWritable, ownBlocks, ownTextEnd, partHeaderSpan } from '../../analysis/email';
import type { Attachment, EmlDraft } from '../../draft';
import { defineRule, type RuleEdit } from '../../engine/rule';
import { attachmentMentions, sentenceAround } from './mentions';

/**
 * Words that say what an attached file is. A sentence that mentions the attachment and names
 * one of these kinds (“the attached quotation”, “附件是报价单”, “see the attached PDF”)
 * describes the attachments.
 */
const KINDS_EN =
  /\b(?:quot(?:e|es|ation|ations)|price\s*lists?|prices|catalog(?:ue)?s?|brochures?|invoices?|proforma|contracts?|agreements?|specs?|specifications?|datasheets?|data\s+sheets?|sheets?|drawings?|designs?|artwork|photos?|pictures?|images?|scans?|reports?|proposals?|plans?|forms?|schedules?|lists?|presentations?|slides?|deck|certificates?|certifications?|manuals?|instructions|orders?|PO|statements?|receipts?|minutes|summary|CV|résumé|resume|pdf|excel|spreadsheets?|word\s+file|jpe?g|png|zip|files?\s+(?:with|for|of|showing|listing|containing))\b/i;
const KINDS_ZH =
  /报价|价目表|价格表|目录|画册|手册|合同|协议|发票|形式发票|水单|图纸|设计稿|效果图|照片|图片|截图|扫描件|规格|参数|说明书|说明|方案|报告|清单|明细|表格|统计表|资料|样本|证书|证明|订单|简介|介绍|计划|日程|会议纪要|纪要|简历|PDF|pdf|Excel|Word/;

/** Inline images (a logo in an HTML signature) are shown, not attached: nothing to describe. */
function needsDescription(a: Attachment): boolean {
  return !(a.part.disposition === 'inline' && a.contentType.startsWith('image/'));
}

/** True when the writer's own text names the file, by its name or its name without extension. */
function named(own: string, a: Attachment): boolean {
  const name = a.filename.trim().toLowerCase();
  if (!name) return false;
  if (own.includes(name)) return true;
  const base = baseName(name);
  return base.length >= 3 && own.includes(base);
}

/** True when a sentence that mentions an attachment says what kind of document it is. */
function describedByKind(draft: EmlDraft): boolean {
  const text = draft.body.text;
  for (const m of attachmentMentions(draft)) {
    const s = sentenceAround(text, m.start, m.end);
    const sentence = text.slice(s.start, s.end);
    const rest = sentence.replace(m.text, ' ');
    if (KINDS_EN.test(rest) || KINDS_ZH.test(rest)) return true;
  }
  return false;
}

export const attachmentUndescribed = defineRule({
  id: 'email/attachment-undescribed',
  appliesTo: ['eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'Say in the body what each attachment is.',
    zh: '在正文中说明每个附件是什么。',
  },
  explanation: {
    en: 'A file the body never mentions looks like an accident or a virus, and the client has to open it to learn what it is. One line saying what is attached and why (“Attached: our Q3 price list (PDF), with the three sizes you asked about”) tells them whether to open it now.',
    zh: '正文只字未提的附件，看起来像误发或病毒，客户得打开才知道是什么。用一句话说明附件是什么、为什么发（“附件是第三季度价目表（PDF），含您问的三种规格”），客户就知道要不要马上打开。',
  },
  messages: {
    undescribed: {
      en: 'The body never says what “{{names}}” is: the client has to open it to find out. Add a line describing it.',
      zh: '正文没有说明附件“{{names}}”是什么：客户得打开才知道。请加一句说明。',
    },
    alsoUndescribed: { en: 'Also not described: “{{name}}”.', zh: '同样未说明：“{{name}}”。' },
    fixDescribe: { en: 'Add a line describing the attachment', zh: '添加附件说明' },
  },
  check(context) {
    const draft = context.draft;
    const attachments = draft.attachments.filter(needsDescription);
    if (attachments.length === 0) return;
    const own = ownBlocks(draft)
      .map((b) => b.text)
      .join('\n')
      .toLowerCase();
    if (describedByKind(draft)) return;
    const missing = attachments.filter((a) => !named(own, a));
    if (missing.length === 0) return;
    const names = missing.map((a) => a.filename || a.contentType);
    const zh = draft.lang === 'zh';
    const eol = draft.eol;
    const lines = names.map((n) => (zh ? `附件：${n} — [说明]` : `Attached: ${n} — [what it is]`)).join(eol);
    const edits: RuleEdit[] = [];
    const sig = draft.signature;
    const end = ownTextEnd(draft);
    if (sig && !context.isQuoted(sig.start))
      edits.push(context.bodyEdit(sig.start, sig.start, `${lines}${eol}${eol}`));
    else if (end >= 0) edits.push(context.bodyEdit(end, end, `${eol}${eol}${lines}`));
    const [first, ...rest] = missing;
    context.report({
      messageId: 'undescribed',
      data: { names: names.join('”, “') },
      span: partHeaderSpan(draft, first!.part, 'disposition'),
      related: rest.map((a) => ({
        span: partHeaderSpan(draft, a.part, 'disposition'),
        messageId: 'alsoUndescribed' as const,
        data: { name: a.filename },
      })),
      ...(edits.length && bodyWritable(draft, lines)
        ? { fixes: [{ messageId: 'fixDescribe' as const, edits }] }
        : {}),
    });
  },
});
