/**
 * The opening of a chat or an e-mail: the greeting, the self-introduction, the ask for a few
 * minutes and the "read it when you have time" bridge — and the presence checks (`在吗`,
 * `are you there`) that should not be there. The greeting rules read it, and so do the budget
 * rules and the status bar, which count only the messages after it.
 *
 * Every function here looks at the start of a message or a short line, never at a whole draft,
 * and every pattern is compiled once at module load. The `…Of(draft, …)` forms cache their
 * answer per draft, for the several rules that ask about the same messages.
 */
import type { ChatMessage, MsgDraft } from '../draft';
import { memo } from '../memo';
import type { Span } from '../types';
import { splitSentences } from './sentences';

/** A greeting at the start of a text. */
export interface Greeting {
  /** The greeting in the text it was found in (courtesy and name, without the punctuation after it). */
  span: Span;
  /** The name or title it addresses, as written (`王经理`, `Jac`, `Mr Chen`), or null. */
  name: string | null;
  /** It carries a courtesy (`您好`, `早上好`, `尊敬的`, `Dear`, `Hi`, `good morning` …). */
  courtesy: boolean;
  /** It names nobody although it is meant for one reader (`您好`, `Hello`, `Hi there`, `Dear Sir or Madam`). */
  generic: boolean;
  /** It addresses a group (`大家好`, `Dear all`, `Hi team`): neither generic nor named. */
  group: boolean;
  /** The greeting word as written (`您好`, `Hi`, `Dear`), or '' for a bare name. */
  word: string;
  /**
   * Where the addressee stands: the name, the generic term (`there`, `Sir or Madam`, `客户`, `亲`),
   * or an empty span where a name would go (after `Hello`, before `您好`).
   */
  address: Span;
}

// ------------------------------------------------------------------ names

const ZH_TITLES =
  '总经理|副总|经理|总监|董事长|董事|主管|主任|总裁|老板|老师|教授|博士|医生|律师|先生|女士|小姐|部长|处长|科长|局长|院长|校长|厂长|店长|秘书|会计|总|董|工|姐|哥';
const ZH_COMPOUND_SURNAMES =
  '欧阳 司马 诸葛 上官 东方 皇甫 慕容 令狐 司徒 夏侯 尉迟 长孙 宇文 公孙 端木'.split(' ');
/** A Chinese form of address: surname (or full name) plus a title, `王经理`, `李总`, `张工`, `欧阳老师`. */
const ZH_TITLED = new RegExp(`^[\\u4e00-\\u9fff]{1,3}?(?:${ZH_TITLES})$`);
/** Words that look like `X + title` but address nobody in particular. */
const ZH_NOT_NAMES = new Set('各位 大家 客户 用户 朋友 老板 亲 领导 同事 您 你 先生 女士 小姐'.split(' '));
const EN_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam)\.?\s+/i;
/** Capitalised words that start a sentence, not a name. */
const EN_NOT_NAMES = new Set(
  "i im i'm we this that my our your thanks thank please sorry hope just good is are was were it its there here hello hi hey dear all team everyone everybody folks guys sir madam customer client friend friends colleagues".split(
    ' ',
  ),
);

/** Placeholders a fix writes for an unknown name; they count as a name so a fix is not asked for again. */
export const NAME_PLACEHOLDERS = { en: '[name]', zh: '[称呼]' } as const;

function zhSurname(name: string): string {
  for (const s of ZH_COMPOUND_SURNAMES) if (name.startsWith(s)) return s;
  return name.slice(0, 1);
}

const HAN_START = /^[\u4e00-\u9fff]/;
const ZH_TITLE_ONLY = new RegExp(`^(?:${ZH_TITLES})$`);

/**
 * The same person by Chinese naming habits: the same surname with a title (`王经理`, `王总` for
 * `王伟`), the full name, `小王`/`老王`, or the full name for a titled `to:` (`王伟` for `王经理`).
 * A longer word that merely starts with the surname (`王者荣耀`) is not a name.
 */
function zhNameMatches(written: string, known: string): boolean {
  const w = /^[小老][\u4e00-\u9fff]$/.test(written) ? written.slice(1) : written;
  const surname = zhSurname(known);
  if (!w.startsWith(surname)) return false;
  const wRest = w.slice(surname.length);
  const kRest = known.slice(surname.length);
  return (
    wRest === '' ||
    wRest === kRest ||
    ZH_TITLE_ONLY.test(wRest) ||
    (ZH_TITLE_ONLY.test(kRest) && wRest.length <= 2)
  );
}

/**
 * True when `written` (as in a greeting) can address `known` (front matter `to`, the `To:`
 * display name): `Jac`, `Jac Chen`, `Mr Chen` for `Jac Chen`; `王经理`, `王总`, `王伟` for `王伟`
 * or `王经理` (the same surname).
 */
export function nameMatches(written: string, known: string | null | undefined): boolean {
  if (!known) return false;
  const w = written.trim();
  const k = known.trim();
  if (!w || !k) return false;
  if (w.toLowerCase() === k.toLowerCase()) return true;
  if (HAN_START.test(w) && HAN_START.test(k)) return zhNameMatches(w, k);
  const tokens = (s: string) =>
    s
      .replace(EN_TITLE, '')
      .toLowerCase()
      .split(/[\s,.]+/)
      .filter(Boolean);
  const wt = tokens(w);
  const kt = new Set(tokens(k));
  return wt.length > 0 && wt.every((t) => kt.has(t));
}

/**
 * The name to write in a greeting from a display name: `"Chen, Jac"` → `Jac Chen`,
 * `Jac Chen (Buyer)` → `Jac Chen`; null for an address or nothing usable.
 */
export function addressableName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw
    .replace(/[（(][^）)]*[）)]/g, ' ')
    .replace(/["“”'‘’<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s || s.includes('@')) return null;
  const comma = /^([A-Za-z][\w'-]*),\s*([A-Za-z][\w' -]*)$/.exec(s);
  if (comma) s = `${comma[2]!.trim()} ${comma[1]}`;
  return s.length > 40 ? null : s;
}

// ------------------------------------------------------------------ greetings

const ZH_COURTESY_AFTER =
  /^(?:您好|你好|早上好|上午好|中午好|下午好|晚上好|早安|午安|晚安|新年好|好)(?![\u4e00-\u9fff])/;
const ZH_GROUP = /^(?:大家好|各位好|各位|大家|诸位)/;
/** Generic Chinese openers (`你好像…` and `亲自` are not greetings). */
const ZH_GENERIC_RE =
  /^(?:(您好|你好|早上好|上午好|中午好|下午好|晚上好|早安|哈喽|嗨)(?!像|吗|么|久|多|些|几|好|了)|(亲|親)(?=[\s，,！!～~]|$))/;
/** `尊敬的王经理` / `亲爱的 Jac`. */
const ZH_HONORIFIC_RE = /^(尊敬的|亲爱的)\s*([^\s，,：:！!。.？?]{1,12}?)(?=[\s，,：:！!。.？?]|$)/;
/** A Chinese form of address at the start: surname (or two) plus a title. */
const ZH_TITLED_LEAD = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,3}?(?:${ZH_TITLES})|\\[称呼\\])`);
const ZH_NAME_AFTER =
  /^([^\s，,：:！!。.？?、]{1,8}|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?=[，,：:！!。.？?\s]|$)/;

const EN_GREETING_RE =
  /^(Dear|Hi|Hello|Hey|Hiya|Greetings|Good (?:morning|afternoon|evening|day))(?![\w'’-])/i;
const EN_NAME =
  "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+)?(?:[A-Z][\\w'’-]*|\\[name\\]|\\[称呼\\])(?:\\s+[A-Z][\\w'’-]*){0,3}";
const EN_NAME_AFTER = new RegExp(`^[ \\t]*,?[ \\t]*(${EN_NAME}|[\\u4e00-\\u9fff]{1,4})(?![\\w'’-])`);
const EN_GENERIC_AFTER =
  /^[ \t]*,?[ \t]*(?:there|my dear|dear|dearest|my friend|buddy|mate|sir or madam|sir\/madam|sirs|sir|madam|valued customer|customer|client|friend|buyer|purchasing manager|manager)\b(?:\s+or\s+madam)?/i;
const EN_GROUP_AFTER = /^[ \t]*,?[ \t]*(?:all|everyone|everybody|team|folks|guys|colleagues|both)\b/i;
const EN_TIME_AFTER = /^[ \t]*[,!.]?[ \t]*good (?:morning|afternoon|evening|day)\b/i;
const EN_BARE_NAME = new RegExp(`^(${EN_NAME})(?=\\s*[,:，：])`);
const EN_TITLED = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z]/;
const TO_WHOM = /^\s*to whom it may concern\b/i;

/** A greeting or a presence check is found within this many characters of a line's start. */
const LINE_CAP = 200;

function firstLineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function isPlaceholder(s: string): boolean {
  return s === NAME_PLACEHOLDERS.zh || s === NAME_PLACEHOLDERS.en;
}

function isZhName(s: string, known: string | null | undefined): boolean {
  if (isPlaceholder(s)) return true;
  if (!HAN_START.test(s) || ZH_NOT_NAMES.has(s)) return false;
  return nameMatches(s, known) || ZH_TITLED.test(s);
}

function isEnName(s: string): boolean {
  if (isPlaceholder(s)) return true;
  if (!/^[A-Z]/.test(s)) return false;
  return !EN_NOT_NAMES.has(s.split(/\s+/)[0]!.toLowerCase().replace(/’/g, "'"));
}

/**
 * The greeting at the start of `text` (leading white space allowed), or null. Looks only at the
 * first line. `known` is the recipient's name, which lets a bare `Jac,` or `王伟：` count as a
 * name (a title such as `王经理：` or `Mr Chen,` counts without it).
 */
export function findGreeting(text: string, known?: string | null, loose = false): Greeting | null {
  let at = 0;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u3000')) at++;
  const line = text.slice(at, Math.min(firstLineEnd(text, at), at + LINE_CAP));
  if (!line) return null;
  const g = greetingInLine(line, known ?? null) ?? (loose ? looseGreeting(line) : null);
  if (!g) return null;
  return {
    ...g,
    span: { start: g.span.start + at, end: g.span.end + at },
    address: { start: g.address.start + at, end: g.address.end + at },
  };
}

function greeting(
  end: number,
  name: string | null,
  courtesy: boolean,
  generic: boolean,
  word: string,
  address: Span,
  group = false,
): Greeting {
  return { span: { start: 0, end }, name, courtesy, generic, group, word, address };
}

const at = (start: number, length: number): Span => ({ start, end: start + length });

function greetingInLine(line: string, known: string | null): Greeting | null {
  // Group greetings address many readers on purpose.
  const group = ZH_GROUP.exec(line);
  if (group) {
    const rest = /^(?:[，,\s]*(?:下午|上午|早上|晚上)?好)?/.exec(line.slice(group[0].length))!;
    return greeting(group[0].length + rest[0].length, null, true, false, group[0], at(0, 0), true);
  }

  // 尊敬的王经理：您好！ / 尊敬的客户：
  const hon = ZH_HONORIFIC_RE.exec(line);
  if (hon) {
    const name = hon[2]!;
    const address = at(hon[0].length - name.length, name.length);
    let end = hon[0].length;
    const sep = /^\s*[，,：:]?\s*/.exec(line.slice(end))![0];
    const c = ZH_COURTESY_AFTER.exec(line.slice(end + sep.length));
    if (c) end += sep.length + c[0].length;
    if (/^(?:各位|大家)/.test(name)) return greeting(end, null, true, false, hon[1]!, address, true);
    const named = isZhName(name, known) || isEnName(name);
    return greeting(end, named ? name : null, true, !named, hon[1]!, address);
  }

  // Dear Jac, / Hi Jac, good morning! / Hello / Hi there / Dear Sir or Madam
  const en = EN_GREETING_RE.exec(line);
  if (en) {
    const word = en[1]!;
    let end = en[0].length;
    const rest = line.slice(end);
    const isDear = /^dear$/i.test(word);
    if (isDear && TO_WHOM.test(rest))
      return greeting(line.length, null, true, true, word, at(end, line.length - end));
    const grp = EN_GROUP_AFTER.exec(rest);
    if (grp) return greeting(end + grp[0].length, null, true, false, word, at(end, 0), true);
    const generic = EN_GENERIC_AFTER.exec(rest);
    const nm = generic ? null : EN_NAME_AFTER.exec(rest);
    let name = nm && (isEnName(nm[1]!) || isZhName(nm[1]!, known)) ? nm[1]! : null;
    // `Hi Jac how are you`: a name followed by more words counts only when it is the known name.
    if (name && /^\s+[A-Za-z]/.test(rest.slice(nm![0].length)) && !nameMatches(name, known)) name = null;
    let address = at(end, 0);
    if (generic) {
      const lead = /^[ \t]*,?[ \t]*/.exec(rest)![0].length;
      address = at(end + lead, generic[0].length - lead);
      end += generic[0].length;
    } else if (name) {
      address = at(end + nm![0].length - name.length, name.length);
      end += nm![0].length;
    } else if (isDear) return null;
    const t = EN_TIME_AFTER.exec(line.slice(end));
    if (t) end += t[0].length;
    return greeting(end, name, true, !name, word, address);
  }

  // 您好 / 你好 / 早上好 / 亲 — maybe followed by a name (`您好，王经理！`).
  const zg = ZH_GENERIC_RE.exec(line);
  if (zg) {
    const word = zg[1] ?? zg[2]!;
    const end = zg[0].length;
    const sep = /^[，,\s]*/.exec(line.slice(end))![0];
    const nm = ZH_NAME_AFTER.exec(line.slice(end + sep.length));
    if (nm && (isZhName(nm[1]!, known) || isEnName(nm[1]!)))
      return greeting(
        end + sep.length + nm[1]!.length,
        nm[1]!,
        true,
        false,
        word,
        at(end + sep.length, nm[1]!.length),
      );
    // `亲` is the address itself; before `您好` a name goes in front.
    return greeting(end, null, true, true, word, word === '亲' || word === '親' ? at(0, end) : at(0, 0));
  }

  // A name first: `王经理，您好！`, `王经理：`, `王经理好`, `Jac，早上好`, `Jac,`, `Mr Chen,`.
  let name: string | null = null;
  const en2 = EN_BARE_NAME.exec(line);
  if (
    en2 &&
    isEnName(en2[1]!) &&
    (EN_TITLED.test(en2[1]!) || nameMatches(en2[1]!, known) || isPlaceholder(en2[1]!))
  )
    name = en2[1]!;
  if (!name) {
    const zt = ZH_TITLED_LEAD.exec(line);
    if (zt) name = zt[0];
    else if (known && HAN_START.test(known)) {
      const m = /^([\u4e00-\u9fff]{2,4}?)(?=\s*[，,：:]|您好|你好)/.exec(line);
      if (m && nameMatches(m[1]!, known)) name = m[1]!;
    }
  }
  if (!name) return null;
  let end = name.length;
  const t = EN_TIME_AFTER.exec(line.slice(end));
  if (t) return greeting(end + t[0].length, name, true, false, '', at(0, name.length));
  const sep = /^\s*[，,：:]?\s*/.exec(line.slice(end))![0];
  const c = ZH_COURTESY_AFTER.exec(line.slice(end + sep.length));
  // `王经理好` written together, or `王经理，您好` (but not `王经理，好的`).
  if (c && (c[0] !== '好' || !sep)) {
    end += sep.length + c[0].length;
    return greeting(end, name, true, false, c[0], at(0, name.length));
  }
  // A bare name needs the vocative punctuation right after it (`王总说…` is not a greeting).
  if (/[，,：:]/.test(sep)) return greeting(end, name, false, false, '', at(0, name.length));
  return null;
}

/** Words that end in a comma at a line's start without addressing anyone (`However,`, `另外，`). */
const NOT_VOCATIVE = new Set(
  'however also yes no ok okay sure sorry unfortunately regarding attached meanwhile additionally so and but then well note ps p.s'.split(
    ' ',
  ),
);
const ZH_NOT_VOCATIVE = new Set(
  '另外 所以 但是 因此 首先 其次 然后 最后 总之 同时 此外 不过 那么 好的 收到 谢谢 感谢 您好 你好 附件 备注 注意 问题 答复 回复 补充 目前 现在 今天 明天 如下 以下 关于 例如 比如 是的 对的 没错 可以 明白 了解 知道 原因 说明 报价 价格 结论 背景 总结 结果 主题 时间 地点 内容 事项 进展 更新'.split(
    ' ',
  ),
);
const EN_GROUP_BARE = /^(guys|all|everyone|everybody|team|folks|colleagues|both)(?=[ \t]*[,:，：])/i;
const EN_LOOSE_NAME = /^((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})(?=[ \t]*[,:，：][^\p{L}\p{N}]*$)/u;
const ZH_LOOSE_NAME = /^([\u4e00-\u9fff]{2,3}|[小老阿][\u4e00-\u9fff])(?=[ \t]*[，,：:][^\p{L}\p{N}]*$)/u;

/**
 * In a reply or between people who know each other, a bare name with a comma or colon alone on
 * its line (`Gary:`, `Vince,`, `张伟：`) is a greeting, and so is `Guys,` (a group).
 */
function looseGreeting(line: string): Greeting | null {
  const grp = EN_GROUP_BARE.exec(line);
  if (grp) return greeting(grp[0].length, null, false, false, grp[0], at(0, 0), true);
  const en = EN_LOOSE_NAME.exec(line);
  if (en && !NOT_VOCATIVE.has(en[1]!.toLowerCase()) && isEnName(en[1]!))
    return greeting(en[1]!.length, en[1]!, false, false, '', at(0, en[1]!.length));
  const zh = ZH_LOOSE_NAME.exec(line);
  if (zh && !ZH_NOT_VOCATIVE.has(zh[1]!) && !ZH_NOT_NAMES.has(zh[1]!))
    return greeting(zh[1]!.length, zh[1]!, false, false, '', at(0, zh[1]!.length));
  return null;
}

const COURTESY_NEXT =
  /^(?:您好|你好|早上好|上午好|下午好|晚上好|早安|good (?:morning|afternoon|evening|day)\b|hello\b|greetings\b|I hope\b|hope you)/i;

/**
 * True when a courtesy follows a bare name on the next line or paragraph, as in a Chinese
 * letter (`王经理：` then `您好！`) or `Jac,` then `Good morning!`.
 */
export function courtesyFollows(text: string, from: number): boolean {
  const skip = /^[\s，,：:！!。.]*/.exec(text.slice(from, from + 40))![0].length;
  return COURTESY_NEXT.test(text.slice(from + skip, from + skip + 20));
}

// ------------------------------------------------------------------ presence checks

/** A presence check: the phrase, and where its trailing punctuation and space end. */
export interface PresenceCheck {
  span: Span;
  /** End of the punctuation and white space after the phrase. */
  trailEnd: number;
}

const ZH_PRESENCE =
  /^(?:请问|請問|[亲親][，,]?\s*|(?:你|您)(?:现在|現在)?|现在|現在)?(?:在吗|在么|在嘛|在嗎|在麼|在不在|在不|在线吗|在线么|在線嗎|在線麼|有人在吗|有人在嗎|有人吗|有人嗎|人呢|忙吗|忙么|忙嗎|忙麼|忙不忙|有空吗|有空么|有空嗎|有空麼|打扰一下|打擾一下|在(?=\s*[？?]))/;
const EN_PRESENCE =
  /^(?:are you (?:there|here|around|free(?:\s+(?:now|right now|at the moment))?)(?=\s*(?:[?？!！.,，]|$))|(?:you|u) there\s*[?？]|(?:u there)(?=\s*(?:[!！.,，]|$))|(?:any(?:body|one)|some(?:body|one)) (?:there|here|around)\s*[?？]|hello\s*[?？]|ping(?=\s*(?:[?？!！.,，—–-]|$)))/i;
/** An availability question followed by the reason in minutes is the polite ask, not a presence check. */
const AVAILABILITY = /忙|有空|free/i;
const TRAIL = /^[\s？?！!。.，,~～…]*/;

/** The presence check at `text[from…]` (on that line), or null. */
export function presenceCheckAt(text: string, from = 0): PresenceCheck | null {
  const line = text.slice(from, Math.min(firstLineEnd(text, from), from + LINE_CAP));
  const m = ZH_PRESENCE.exec(line) ?? EN_PRESENCE.exec(line);
  if (!m) return null;
  const end = from + m[0].length;
  const trailEnd = end + TRAIL.exec(text.slice(end))![0].length;
  if (AVAILABILITY.test(m[0]) && ASK_TIME.test(text.slice(trailEnd, trailEnd + 80))) return null;
  return { span: { start: from, end }, trailEnd };
}

/** Every presence check holds one of these (`ZH_PRESENCE`, `EN_PRESENCE`; same case folding). */
const PRESENCE_HINT =
  /[在忙]|有空|打扰|打擾|有人|人呢|are you|you there|u there|anybody|anyone|somebody|someone|hello|ping/i;

const SEP_AFTER_GREETING = /^[\s，,！!。.~～:：]*/;

/**
 * Presence checks at the start of a message: right at its start or right after its greeting,
 * possibly several in a row (`Hello? Are you there?`).
 */
export function findPresenceChecks(text: string, known?: string | null): PresenceCheck[] {
  return presenceChecks(text, () => findGreeting(text, known));
}

function presenceChecks(text: string, greetingOfText: () => Greeting | null): PresenceCheck[] {
  const out: PresenceCheck[] = [];
  // Most messages hold no word a check is made of: no need to look for their greeting.
  if (!PRESENCE_HINT.test(text)) return out;
  let at = /^\s*/.exec(text)![0].length;
  let first = presenceCheckAt(text, at);
  if (!first) {
    const g = greetingOfText();
    if (!g) return out;
    at = g.span.end + SEP_AFTER_GREETING.exec(text.slice(g.span.end))![0].length;
    first = presenceCheckAt(text, at);
  }
  for (let c = first; c && out.length < 4; c = presenceCheckAt(text, c.trailEnd)) out.push(c);
  return out;
}

/** True when a text has a letter or a digit (emoji and punctuation alone say nothing). */
export function saysAnything(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** True when a message is nothing but presence checks (and maybe a greeting). */
export function isOnlyPresence(text: string, known?: string | null): boolean {
  return onlyChecks(text, findPresenceChecks(text, known));
}

function onlyChecks(text: string, checks: readonly PresenceCheck[]): boolean {
  return checks.length > 0 && !saysAnything(text.slice(checks[checks.length - 1]!.trailEnd));
}

// ------------------------------------------------------------------ per-draft caches

/** Scans of a draft's texts, by kind, then by the name they were made for, then by text. */
interface OpeningCaches {
  greeting: Map<string | null | undefined, Map<string, Greeting | null>>;
  presence: Map<string | null | undefined, Map<string, PresenceCheck[]>>;
}

/** A per-draft cache of a scan of `text` made for the name `known` (computed once per draft). */
function perText<K extends keyof OpeningCaches, T>(
  draft: object,
  kind: K,
  known: string | null | undefined,
  text: string,
  compute: () => T,
): T {
  const caches = memo(
    draft,
    'text/opening',
    (): OpeningCaches => ({ greeting: new Map(), presence: new Map() }),
  );
  const byName = caches[kind] as Map<string | null | undefined, Map<string, T>>;
  let cache = byName.get(known);
  if (!cache) {
    cache = new Map();
    byName.set(known, cache);
  }
  let v = cache.get(text);
  if (v === undefined) {
    v = compute();
    cache.set(text, v);
  }
  return v;
}

/**
 * `findGreeting(text, known)` for a text of `draft`, computed once per draft (shared: read-only).
 * Off a first contact (`draft.context.firstContact` false), a bare name with a comma or colon
 * alone on its line counts as a greeting too.
 */
export function greetingOf(draft: object, text: string, known?: string | null): Greeting | null {
  const loose = looseFor(draft);
  return perText(draft, 'greeting', known, text, () => findGreeting(text, known, loose));
}

function looseFor(draft: object): boolean {
  const c = (draft as { context?: { firstContact?: boolean } }).context;
  return c?.firstContact === false;
}

/** `findPresenceChecks(text, known)` for a text of `draft`, computed once per draft (shared: read-only). */
export function presenceChecksOf(draft: object, text: string, known?: string | null): PresenceCheck[] {
  return perText(draft, 'presence', known, text, () =>
    presenceChecks(text, () => greetingOf(draft, text, known)),
  );
}

/** `isOnlyPresence(text, known)` for a text of `draft`, computed once per draft. */
export function onlyPresenceOf(draft: object, text: string, known?: string | null): boolean {
  return onlyChecks(text, presenceChecksOf(draft, text, known));
}

// ------------------------------------------------------------------ self-introduction, ask, bridge

const SELF_INTRO: readonly RegExp[] = [
  /我(?:这边)?(?:是|叫)(?!说|想|不是|否|觉得|因为|这样|问|指|在|要|真|很|非常|怕|担心|来问)/,
  /本人(?:是|叫)|我们是(?!否|不是)|鄙人|敝姓|我姓/,
  /\bmy name is\b/i,
  /\b[Tt]his is (?:[A-Z]|\[)/,
  /\bI(?:'m|’m| am) (?:\[|the\b[^.!?\n]{1,40}?\b(?:at|of|from|for|with)\b|[^.!?\n]{1,30}?\bfrom\b)/,
  /\bI(?:'m|’m| am) (?!Sorry\b|Glad\b|Happy\b|Afraid\b|Not\b|Just\b|Writing\b|Looking\b|Reaching\b|Following\b|Hoping\b|Still\b|Also\b|Sure\b)[A-Z][a-z]/,
  /\bI (?:work|am working) (?:at|for|with)\b/,
  /\b[Ww]e are [A-Z]/,
];

/** True when a text says who the writer is: `我是…`, `我叫…`, `I'm … from …`, `This is …`, `my name is …`. */
export function hasSelfIntro(text: string): boolean {
  return SELF_INTRO.some((re) => re.test(text));
}

/** The ask for a few minutes of the reader's time. */
export const ASK_TIME =
  /(?:占用|佔用|耽误|耽誤|借用|打扰|打擾|给我|給我)(?:您|你)?[^。！？!?\n]{0,6}?(?:分钟|分鐘|片刻|一会儿?|一會兒?|点时间|點時間|点儿时间)|(?:[一二两兩三四五六七八九十几幾\d]+|几|幾)(?:分钟|分鐘)(?:时间|時間)?(?:吗|么|嗎|麼|可以吗|可以嗎|方便吗|方便嗎)|方便(?:吗|么|嗎|麼|的话|的話)|有(?:[一二两三五几\d]+)分钟|\b(?:do|would|could) you (?:have|spare) (?:a|an|one|two|three|five|a few|few|\d+|a couple of) (?:minutes?|moments?)\b|\b(?:a|one|two|three|five|a few|\d+|a couple of) minutes? of your time\b|\bis (?:now|this) a good time\b|\bspare (?:a|one|two|three|five|a few|\d+|a couple of) minutes?\b|\bhave a (?:minute|moment)\b/i;

/** The bridge: tell the reader they can read it later. */
export const BRIDGE =
  /(?:有空|方便|得空|闲)(?:的时候|时|了)?(?:再)?(?:看|回复|回|听)|抽空(?:看|回|听)|不着急回|不急着回|您先忙|\bwhen(?:ever)? (?:it(?:'s| is) )?convenient\b|\bat your convenience\b|\bwhen(?:ever)? you (?:have|get|find) (?:a (?:moment|minute|chance)|time|the time)\b|\bwhen you(?:'re| are) free\b|\bin your own time\b|\bno (?:rush|hurry)\b|\bread (?:it|this|them) later\b/i;

const LIST_LINE =
  /^[ \t]*(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）]|[-*•·]\s|[一二三四五六七八九十]+、|[①-⑩]|第[一二三四五六七八九十]+[，,、])/m;

/** True when a sentence is an opening element: a self-introduction, the ask, or the bridge. */
export function isOpeningSentence(s: string): boolean {
  return hasSelfIntro(s) || ASK_TIME.test(s) || BRIDGE.test(s);
}

/**
 * True when a chat message belongs to the opening: it starts with a greeting, a presence check,
 * a self-introduction, the ask or the bridge (after the greeting), and carries no list and no
 * media. A message that greets and then goes straight into content is content.
 */
export function isOpeningMessage(m: ChatMessage, known?: string | null, draft?: MsgDraft): boolean {
  if (m.quoted || m.media.length > 0 || LIST_LINE.test(m.text)) return false;
  const checks = draft ? presenceChecksOf(draft, m.text, known) : findPresenceChecks(m.text, known);
  if (onlyChecks(m.text, checks)) return true;
  let rest = m.text;
  if (checks.length) rest = rest.slice(checks[checks.length - 1]!.trailEnd);
  else {
    const g = draft ? greetingOf(draft, rest, known) : findGreeting(rest, known);
    if (g) rest = rest.slice(g.span.end + SEP_AFTER_GREETING.exec(rest.slice(g.span.end))![0].length);
  }
  if (!saysAnything(rest)) return true;
  const first = splitSentences(rest, 0, Math.min(rest.length, 400))[0];
  return !!first && isOpeningSentence(rest.slice(first.start, first.end));
}

/** At most this many leading messages are taken as the opening. */
const MAX_OPENING = 4;

/**
 * How many of the draft's own (not quoted) messages, from the first, are its opening. Quoted
 * messages before and between them are skipped.
 */
export function openingMessages(draft: MsgDraft): number {
  return memo(draft, 'text/opening:messages', () => {
    let n = 0;
    for (const m of draft.messages) {
      if (m.quoted) continue;
      if (n >= MAX_OPENING || !isOpeningMessage(m, draft.recipientName, draft)) break;
      n++;
    }
    return n;
  });
}

/** The draft's own messages after the opening: what counts against the message budget. */
export function contentMessages(draft: MsgDraft): ChatMessage[] {
  const own = draft.messages.filter((m) => !m.quoted);
  return own.slice(openingMessages(draft));
}
