import type { Header } from '../../draft';
import { defineRule, type RuleEdit } from '../../engine/rule';

/** More addresses than this in `To:` and `Cc:` together expose the list. */
export const MAX_VISIBLE = 5;
/** Fold the new `Bcc:` field before a line grows past this (RFC 5322 asks for 78). */
const FOLD_AT = 78;

/**
 * Splits an address field's raw (unfolded, undecoded) value into the raw text of each mailbox,
 * as written — display name, quotes, comments and encoded words kept. Group syntax
 * (`team: a@b, c@d;`) is dissolved into its members; an empty group yields nothing.
 */
export function rawMailboxes(raw: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let comment = 0;
  let angle = false;
  const push = () => {
    const t = cur.trim();
    if (t) out.push(t);
    cur = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quoted) {
      cur += c;
      if (c === '\\' && i + 1 < raw.length) cur += raw[++i];
      else if (c === '"') quoted = false;
      continue;
    }
    if (comment > 0) {
      cur += c;
      if (c === '\\' && i + 1 < raw.length) cur += raw[++i];
      else if (c === '(') comment++;
      else if (c === ')') comment--;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '(') comment = 1;
    else if (c === '<') angle = true;
    else if (c === '>') angle = false;
    else if (!angle && c === ',') {
      push();
      continue;
    } else if (!angle && c === ';') {
      push();
      continue;
    } else if (!angle && c === ':') {
      // a group's display name: drop it, keep its members
      cur = '';
      continue;
    }
    cur += c;
  }
  push();
  // `undisclosed-recipients:;` leaves nothing; a bare word with no address is kept as written
  return out;
}

/** Joins mailboxes into a field, folded at commas so no line grows past `FOLD_AT`. */
function fold(name: string, items: string[], eol: string, firstLineUsed = 0): string {
  let out = '';
  let line = firstLineUsed || name.length + 2;
  items.forEach((item, i) => {
    if (i > 0) {
      if (line + 2 + item.length > FOLD_AT) {
        out += `,${eol} `;
        line = 1;
      } else {
        out += ', ';
        line += 2;
      }
    }
    out += item;
    line += item.length;
  });
  return out;
}

export const recipientsExposed = defineRule({
  id: 'email/recipients-exposed',
  appliesTo: ['eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'More than 5 addresses in To and Cc: every recipient sees everyone else’s address.',
    zh: '收件人和抄送合计超过5个地址：每个收件人都能看到其他人的邮箱。',
  },
  explanation: {
    en: 'Every address in To and Cc is shown to every recipient. Sending to many clients that way hands each of them the others’ addresses (your client list), invites reply-all storms and looks like mass mail. Put the recipients in Bcc, or use a mailing list.',
    zh: '收件人和抄送里的每个地址都会显示给所有人。这样群发给许多客户，等于把客户名单交给了每个客户，还会引来“全部回复”的刷屏，也像群发广告。请把收件人放到密送（Bcc），或使用邮件列表。',
  },
  messages: {
    exposed: {
      en: '{{count}} addresses in To and Cc: every recipient sees all the others. Put them in Bcc or use a list.',
      zh: '收件人和抄送共有{{count}}个地址：每个人都能看到其他所有人的邮箱。请改用密送（Bcc）或邮件列表。',
    },
    fixBcc: {
      en: 'Move the recipients to Bcc (To: {{to}})',
      zh: '把收件人移到密送（收件人：{{to}}）',
    },
  },
  check(context) {
    const draft = context.draft;
    // colleagues already know each other's addresses
    if (draft.context.internal) return;
    const count = [...draft.to, ...draft.cc].filter((a) => a.address !== '').length;
    if (count <= MAX_VISIBLE) return;
    const source = draft.source;
    const eol = draft.eol;
    const toHeaders = draft.headers.filter((h) => h.key === 'to');
    const ccHeaders = draft.headers.filter((h) => h.key === 'cc');
    const bccHeader = draft.headers.find((h) => h.key === 'bcc') ?? null;
    const moved: string[] = [];
    for (const h of [...toHeaders, ...ccHeaders]) moved.push(...rawMailboxes(h.raw));
    const fromRaw = draft.headers.find((h) => h.key === 'from');
    const sender = fromRaw ? (rawMailboxes(fromRaw.raw)[0] ?? null) : null;
    const keep = sender ?? moved.shift()!;
    const whole = (h: Header): RuleEdit => {
      // the field and its line break
      let end = h.span.end;
      if (source.startsWith('\r\n', end)) end += 2;
      else if (source[end] === '\n' || source[end] === '\r') end += 1;
      return { start: h.span.start, end, newText: '' };
    };
    const edits: RuleEdit[] = [];
    let bccNew = '';
    if (bccHeader && bccHeader.value.trim() !== '') {
      edits.push({
        start: bccHeader.span.end,
        end: bccHeader.span.end,
        newText: `,${eol} ${fold('', moved, eol, 1)}`,
      });
    } else {
      if (bccHeader) edits.push(whole(bccHeader));
      bccNew = `Bcc: ${fold('Bcc', moved, eol)}`;
    }
    const anchor = toHeaders[0] ?? ccHeaders[0]!;
    const toLine = `To: ${keep}`;
    for (const h of [...toHeaders, ...ccHeaders]) {
      if (h === anchor) {
        edits.push({
          start: h.span.start,
          end: h.span.end,
          newText: bccNew ? `${toLine}${eol}${bccNew}` : toLine,
        });
      } else edits.push(whole(h));
    }
    context.report({
      messageId: 'exposed',
      data: { count },
      span: anchor.span,
      fixes: [{ messageId: 'fixBcc', data: { to: keep }, edits }],
    });
  },
});
