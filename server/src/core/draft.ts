import type { Script } from './analysis/script';
import type { LineIndex } from './lines';
import type { DraftKind, LocalText, MappedSpan, Span } from './types';
import type { TextView } from './view';

/**
 * A problem found while reading a file (not a writing problem): malformed front matter, broken
 * MIME, an unknown charset, a binary file. The engine reports it under the `format/*` rule
 * named by `ruleId`, so it can be configured, documented and listed in SARIF like any rule.
 */
export interface ParseProblem {
  ruleId: string;
  messageId: string;
  data?: Record<string, string | number>;
  span: Span;
}

/** A paragraph of a body: text between blank lines, in view offsets. */
export interface Block extends Span {
  text: string;
  /** Inside a quoted or forwarded region (not the writer's own text). */
  quoted: boolean;
  /** Inside the signature block. */
  signature: boolean;
}

/**
 * Who the reader is and whether the writer is answering them (formats.md, "Context"). Computed
 * once per draft by the parser; every rule reads it instead of re-deriving it.
 */
export interface DraftContext {
  /** The reader wrote first: this draft answers them (reply headers, quoted thread, `reply: true`). */
  readonly reply: boolean;
  /** A forward (`Fwd:`/`转发:` subject, a forwarded block). */
  readonly forward: boolean;
  /** Mail between colleagues: every `To:`/`Cc:` address shares the `From:` domain. */
  readonly internal: boolean;
  /** `new` (a stranger) or `familiar`. */
  readonly relation: 'new' | 'familiar';
  /** First contact with a stranger: not a reply, not a forward, not internal, relation `new`. */
  readonly firstContact: boolean;
  /** What the reading rests on, in order (`in-reply-to`, `subject-prefix`, `quoted-thread`, `front-matter`, `domains`, `x-cordial-relation` …). */
  readonly evidence: readonly string[];
}

export interface DraftCommon {
  readonly kind: DraftKind;
  /** The file's text, BOM removed; every source offset indexes it. */
  readonly source: string;
  readonly lines: LineIndex;
  /** The text the writing rules read (`.msg`: everything after the front matter; `.eml`: the body). */
  readonly body: TextView;
  /** Paragraphs of `body` (for `.msg` the same spans as `messages`). */
  readonly blocks: Block[];
  /** Quoted and forwarded regions of `body`, in view offsets, sorted. */
  readonly quoted: Span[];
  /** The signature block of `body`, in view offsets, or null. */
  readonly signature: Span | null;
  /** Language of the writer's own text: `zh` when Chinese dominates, else `en` (front matter `lang` wins). */
  readonly lang: 'zh' | 'en';
  /**
   * The script of the draft's Chinese: `hant` (Traditional) or `hans` (Simplified, also for
   * drafts with no Chinese). Rules read Traditional drafts through a Simplified view of the same
   * length; the engine turns fixes and quoted words back into Traditional.
   */
  readonly script: Script;
  /** The recipient's name as one would address them (front matter `to`, or the `To:` display name). */
  readonly recipientName: string | null;
  /** First contact with a stranger (the stricter case). Same as `context.firstContact`. */
  readonly firstContact: boolean;
  /** How Cordial reads the draft: reply, forward, internal, relation. */
  readonly context: DraftContext;
  /** Rule IDs switched off for this draft (`cordial.disable` front matter, `X-Cordial-Disable:`). */
  readonly disabled: readonly string[];
  readonly problems: ParseProblem[];
  /** True when the file is not a draft at all (binary, Outlook `.msg`): only `problems` are reported. */
  readonly blocked: boolean;
  /** The dominant line break of the source, for edits that add lines. */
  readonly eol: '\n' | '\r\n' | '\r';
}

// ---------------------------------------------------------------- .msg

export type MediaKind = 'voice' | 'video' | 'image' | 'file' | 'sticker';

/** A media placeholder such as `[video 3min 2.0MB]` or `【语音 40秒】`, in source offsets. */
export interface Media extends Span {
  kind: MediaKind;
  /** The whole placeholder, brackets included. */
  raw: string;
  /** Everything after the kind word, trimmed. */
  annotation: string;
  /** Length in seconds when the annotation states one. */
  seconds: number | null;
  /** Size in megabytes when the annotation states one. */
  megabytes: number | null;
  fullWidth: boolean;
}

/** One chat message (one send): text between blank lines, in source offsets. */
export interface ChatMessage extends Span {
  index: number;
  text: string;
  media: Media[];
  /** The message is quoted text (`>` lines, a forwarded block). */
  quoted: boolean;
}

export interface FrontMatter {
  /** The whole block, `---` lines included. */
  span: Span;
  /** The YAML between the fences. */
  contentSpan: Span;
  data: Record<string, unknown>;
}

export interface MsgDraft extends DraftCommon {
  readonly kind: 'msg';
  readonly frontMatter: FrontMatter | null;
  readonly relation: 'new' | 'familiar';
  readonly channel: string | null;
  /** Offset where the body starts (after the front matter). */
  readonly bodyStart: number;
  readonly messages: ChatMessage[];
}

// ---------------------------------------------------------------- .eml

export interface Header {
  /** As written (`Subject`). */
  name: string;
  /** Lower-cased (`subject`). */
  key: string;
  /** Unfolded and decoded (encoded words, charset). */
  value: string;
  /** Unfolded, not decoded. */
  raw: string;
  /** The whole field in the source, folded lines included, final line break excluded. */
  span: Span;
  nameSpan: Span;
  /** The value after `:` and leading white space. */
  valueSpan: Span;
  /** Maps `value` offsets to the source (exact for unencoded ASCII/UTF-8 values). */
  view: TextView;
}

export interface Address {
  name: string;
  address: string;
  /** The group it belongs to (`undisclosed-recipients:;`), if any. */
  group?: string;
}

export interface MimePart {
  /** Dotted path: `1`, `1.2` … (`` for a single-part message). */
  path: string;
  depth: number;
  contentType: string;
  params: Record<string, string>;
  charset: string | null;
  transferEncoding: string;
  disposition: string | null;
  filename: string | null;
  /** The whole part (its headers and body). */
  span: Span;
  headerSpan: Span;
  /** The part's body, as in the source (encoded). */
  bodySpan: Span;
  isAttachment: boolean;
}

export interface Attachment {
  filename: string;
  contentType: string;
  part: MimePart;
}

export interface HtmlInfo {
  /** The HTML part's text (tags removed, entities decoded), in the same view as `body` when it is the body. */
  text: string;
  /** Count of distinct decorations (`<font>` faces, `color`/`font-*`/`background` styles, `<b>`/`<i>`/`<u>` …): a style repeated counts once. */
  decorations: number;
  part: MimePart;
}

export interface EmlDraft extends DraftCommon {
  readonly kind: 'eml';
  /** Top-level headers in order. */
  readonly headers: Header[];
  /** The top-level header block in the source (ends before the blank line). */
  readonly headerSpan: Span;
  /** Source offset where a new top-level header line can be inserted (start of the blank line). */
  readonly headerInsertAt: number;
  readonly subject: Header | null;
  readonly from: Address[];
  readonly to: Address[];
  readonly cc: Address[];
  readonly bcc: Address[];
  /** All MIME parts, depth-first, the root first. */
  readonly parts: MimePart[];
  readonly attachments: Attachment[];
  /** The part whose text is `body`, or null when the message has no readable text. */
  readonly bodyPart: MimePart | null;
  readonly bodyFormat: 'plain' | 'html' | 'none';
  /** The first HTML part, measured, or null. */
  readonly html: HtmlInfo | null;
  readonly unsent: boolean;
  /** The message quotes an earlier thread (a reply or forward). */
  readonly isReply: boolean;
}

export type Draft = MsgDraft | EmlDraft;

/** What the core can be handed: the editor's text, or the file's bytes (CLI). */
export interface DraftInput {
  kind: DraftKind;
  text?: string;
  bytes?: Uint8Array;
}

/** Messages of the `format/*` problems, shared by parsers. */
export type ProblemMessages = Record<string, LocalText>;

export type { MappedSpan };
