import { partHeaderSpan } from '../../analysis/email';
import type { EmlDraft, MimePart } from '../../draft';
import { defineRule } from '../../engine/rule';

/** Above this many megabytes of attachments in all, many servers and phones struggle. */
const LIMIT_MB = 10;

/** The decoded size of a part's body in bytes: base64 is three bytes per four characters. */
function partBytes(draft: EmlDraft, part: MimePart): number {
  const stated = Number(part.params.size);
  const raw = draft.source.slice(part.bodySpan.start, part.bodySpan.end);
  if (part.transferEncoding.toLowerCase() === 'base64') {
    let n = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c !== 10 && c !== 13 && c !== 32 && c !== 9 && c !== 61) n++;
    }
    return Math.max(Math.floor((n * 3) / 4), Number.isFinite(stated) ? stated : 0);
  }
  return Math.max(raw.length, Number.isFinite(stated) ? stated : 0);
}

/** A stated `size=` on the part's Content-Disposition (RFC 2183), in bytes. */
function dispositionSize(draft: EmlDraft, part: MimePart): number {
  const head = draft.source.slice(part.headerSpan.start, part.headerSpan.end);
  const m = /\bsize\s*=\s*"?(\d+)"?/i.exec(head);
  return m ? Number(m[1]) : 0;
}

export const attachmentSize = defineRule({
  id: 'email/attachment-size',
  appliesTo: ['eml'],
  severity: 'warning',
  fixable: false,
  description: {
    en: 'Attachments over 10 MB in all.',
    zh: '附件总大小超过 10 MB。',
  },
  explanation: {
    en: 'Many mail servers refuse messages of 20–25 MB, and a phone downloads every byte before the reader sees anything. Share large files through a link, or compress them.',
    zh: '很多邮件服务器拒收 20–25 MB 以上的邮件，手机也要把附件全部下载完才能打开。大文件请用链接分享，或先压缩。',
  },
  messages: {
    size: {
      en: 'The attachments add up to {{size}} MB (over {{limit}} MB): many servers refuse it and phones download it all. Share a link or compress.',
      zh: '附件合计 {{size}} MB（超过 {{limit}} MB）：很多服务器会拒收，手机也要全部下载。请改用链接分享或压缩。',
    },
  },
  check(context) {
    const { draft } = context;
    if (!draft.attachments.length) return;
    let bytes = 0;
    for (const a of draft.attachments)
      bytes += Math.max(partBytes(draft, a.part), dispositionSize(draft, a.part));
    const mb = bytes / (1024 * 1024);
    if (mb <= LIMIT_MB) return;
    // The largest attachment is where the weight is.
    const largest = [...draft.attachments].sort(
      (a, b) =>
        Math.max(partBytes(draft, b.part), dispositionSize(draft, b.part)) -
        Math.max(partBytes(draft, a.part), dispositionSize(draft, a.part)),
    )[0]!;
    context.report({
      messageId: 'size',
      data: { size: mb.toFixed(1), limit: LIMIT_MB },
      span: partHeaderSpan(draft, largest.part, 'disposition'),
    });
  },
});
