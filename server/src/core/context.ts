import type { Address, DraftContext } from './draft';
import { isQuoteLine, quotedThreadKind } from './text/quoted';
import type { Span } from './types';

/*
 * The draft's context (formats.md, "Context"): computed once by each parser from what the file
 * says, never re-derived by rules. Pure functions over already parsed values.
 */

/** `Re:`, `RE:`, `Aw:`, `Antw:`, `Sv:`, `回复:`, `答复:`, `回覆`, possibly `Re[2]:`, after a list tag. */
const TAG = String.raw`^\s*(?:\[[^\]]{1,40}\]\s*)?`;
const REPLY_PREFIX = new RegExp(
  `${TAG}(?:(?:re|aw|sv|antw)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]|(?:回复|答复|回覆|答覆)(?:\\s*[:：]|\\s))`,
  'i',
);
/** `Fwd:`, `Fw:`, `FW:`, `WG:`, `TR:`, `转发:`, `轉寄`, `轉發`. */
const FORWARD_PREFIX = new RegExp(
  `${TAG}(?:(?:fwd?|wg|tr)\\s*(?:\\[\\d+\\])?\\s*[:：]|(?:转发|轉寄|轉發)(?:\\s*[:：]|\\s))`,
  'i',
);

/** The subject's leading prefix says reply or forward (the first prefix decides). */
export function subjectKind(subject: string): 'reply' | 'forward' | null {
  const r = REPLY_PREFIX.exec(subject);
  const f = FORWARD_PREFIX.exec(subject);
  if (r && (!f || r.index <= f.index)) return 'reply';
  return f ? 'forward' : null;
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const d = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/[>.\s]+$/, '');
  return d || null;
}

/** The same organisation: the same domain, or one a subdomain of the other (`mail.hengda.example`). */
function sameDomain(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** Every `To:`/`Cc:` address (at least one) shares the sender's domain. */
export function isInternal(from: readonly Address[], recipients: readonly Address[]): boolean {
  const sender = from.map((a) => domainOf(a.address)).find((d) => d !== null);
  if (!sender) return false;
  const domains = recipients.filter((a) => a.address !== '').map((a) => domainOf(a.address));
  return domains.length > 0 && domains.every((d) => d !== null && sameDomain(d, sender));
}

export interface EmlContextInput {
  subject: string;
  inReplyTo: boolean;
  references: boolean;
  /** `X-Cordial-Relation:` as written, or null. */
  relationHeader: string | null;
  from: readonly Address[];
  recipients: readonly Address[];
  body: string;
  quoted: readonly Span[];
}

/** The context of an e-mail draft. */
export function emlContext(x: EmlContextInput): DraftContext {
  const evidence: string[] = [];
  let reply = false;
  let forward = false;
  if (x.inReplyTo) {
    reply = true;
    evidence.push('in-reply-to');
  }
  if (x.references) {
    reply = true;
    evidence.push('references');
  }
  const prefix = subjectKind(x.subject);
  if (prefix) {
    evidence.push(prefix === 'reply' ? 'subject-prefix' : 'subject-forward');
    if (prefix === 'reply') reply = true;
    else forward = true;
  }
  const thread = quotedThreadKind(x.body, x.quoted);
  if (thread.reply) {
    reply = true;
    evidence.push('quoted-thread');
  }
  if (thread.forward) {
    forward = true;
    evidence.push('forwarded-block');
  }
  const internal = isInternal(x.from, x.recipients);
  if (internal) evidence.push('domains');
  let relation: 'new' | 'familiar' = reply || internal ? 'familiar' : 'new';
  const declared = x.relationHeader?.trim().toLowerCase();
  if (declared === 'new' || declared === 'familiar') {
    relation = declared;
    evidence.push('x-cordial-relation');
  }
  const firstContact = !reply && !forward && !internal && relation === 'new';
  return { reply, forward, internal, relation, firstContact, evidence };
}

export interface MsgContextInput {
  /** Front matter `reply:` when it is a boolean, else null. */
  reply: boolean | null;
  /** Front matter `relation:` when valid, else null. */
  relation: 'new' | 'familiar' | null;
  /** The chat's messages, in order, with whether each is quoted. */
  messages: readonly { text: string; quoted: boolean }[];
}

/** The context of a chat draft. */
export function msgContext(x: MsgContextInput): DraftContext {
  const evidence: string[] = [];
  let reply = false;
  if (x.reply !== null) {
    reply = x.reply;
    evidence.push('front-matter');
  } else {
    // the reader's `>` lines before the writer's first own message: an answer to them
    const firstOwn = x.messages.findIndex((m) => !m.quoted && !startsQuoted(m.text));
    const before = firstOwn < 0 ? x.messages : x.messages.slice(0, firstOwn + 1);
    if (before.some((m) => m.quoted || startsQuoted(m.text))) {
      reply = true;
      evidence.push('quoted-lines');
    }
  }
  const relation = x.relation ?? 'new';
  if (x.relation !== null && !evidence.includes('front-matter')) evidence.push('front-matter');
  return {
    reply,
    forward: false,
    internal: false,
    relation,
    firstContact: !reply && relation === 'new',
    evidence,
  };
}

function startsQuoted(text: string): boolean {
  return isQuoteLine(/^[^\r\n]*/.exec(text.trimStart())![0]);
}
