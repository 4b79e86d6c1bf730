/**
 * Core types shared by the draft model, the rule engine, the rules and the adapters (CLI, LSP, web).
 *
 * Every offset in the core is a JavaScript string index (UTF-16 code units) into a string named by
 * the type that carries it: `source` offsets index `Draft.source` (the file's text as the editor
 * shows it); `view` offsets index a `TextView.text` (decoded text a rule reads). Convert to
 * line/character only at the edges, with `LineIndex`.
 */

export type DraftKind = 'msg' | 'eml';
export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * The display language of messages: English, Simplified Chinese, or Traditional Chinese
 * (`zh-tw`, VS Code's display language for Taiwan; Hong Kong and Macau map to it too). Drafts
 * themselves may be in any or several.
 */
export type Locale = 'en' | 'zh' | 'zh-tw';

/**
 * A text in the display languages. `{{name}}` placeholders are filled from report data. The
 * Traditional form is the Simplified one in Traditional characters unless `zhTw` says otherwise
 * (where Taiwan wording differs, not only the characters).
 */
export interface LocalText {
  en: string;
  zh: string;
  zhTw?: string;
}

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A span mapped from decoded text back to the source file. `exact` is false when the decoded
 * text was encoded in the source (base64, encoded words, HTML …) and only a containing range
 * is known; the engine then quotes the decoded text in the message and drops fixes.
 */
export interface MappedSpan extends Span {
  exact: boolean;
  /** For an inexact span: the decoded text it is about (quoted in the message). */
  about?: string;
}

/** A replacement of `source[start, end)` by `newText`. */
export interface TextEdit extends Span {
  newText: string;
}

/** One finding, as the adapters see it: localized, in source offsets. */
export interface Finding {
  ruleId: string;
  messageId: string;
  severity: ActiveSeverity;
  message: string;
  /** Source offsets. */
  start: number;
  end: number;
  /** False when the finding lies in encoded text and the range only contains it. */
  exact: boolean;
  /** The first fix is the preferred one. */
  fixes: Fix[];
  related: RelatedInfo[];
  /** Longer explanation for hovers: why it matters to the reader. */
  explanation: string;
  /** Suggested wording, when the rule has one. */
  suggestion?: string;
  /** Link to the rule's documentation page. */
  docUrl: string;
  /** The word to add to `allowedWords` to silence this finding (word-list rules only). */
  allow?: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInfo extends Span {
  message: string;
}
