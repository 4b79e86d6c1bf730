import type { Draft, EmlDraft, MsgDraft } from '../draft';
import type { ActiveSeverity, DraftKind, LocalText, MappedSpan, Severity, Span, TextEdit } from '../types';
import type { TextView } from '../view';
import type { ResolvedConfig } from './config';

/** Where a finding points: a source span (exact unless said otherwise). */
export type ReportSpan = Span | MappedSpan;

/** An edit a rule proposes, in source offsets; `exact: false` (from an encoded view) drops the fix. */
export type RuleEdit = TextEdit & { exact?: boolean };

export interface FixSpec<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  edits: RuleEdit[];
}

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  span: ReportSpan;
  /** Overrides the rule's default severity for this finding (a user's configured severity still wins). */
  severity?: ActiveSeverity;
  /** The first fix is the preferred one. */
  fixes?: FixSpec<M>[];
  related?: { span: ReportSpan; messageId: M; data?: Record<string, string | number> }[];
  /** Suggested wording shown in hovers. */
  suggestion?: LocalText | string;
  /**
   * The word as a user would write it in `allowedWords` to silence this finding (word-list
   * rules); editors offer "Allow '…' in this workspace" for it.
   */
  allow?: string;
}

export interface RuleContext<M extends string, D extends Draft = Draft> {
  readonly draft: D;
  readonly config: ResolvedConfig;
  report(report: Report<M>): void;
  /** Maps a `body` range to a source span. */
  bodySpan(start: number, end: number): MappedSpan;
  /** Maps a `view` range to a source span. */
  at(view: TextView, start: number, end: number): MappedSpan;
  /** An edit of `body` text as a source edit (inexact edits make the fix unavailable). */
  bodyEdit(start: number, end: number, newText: string): RuleEdit;
  /** True when the body range lies in quoted/forwarded text. */
  isQuoted(start: number, end?: number): boolean;
  /** True when the body range lies in the signature. */
  inSignature(start: number, end?: number): boolean;
  /** True when `word` is in the configured allowed words (case-insensitive). */
  isAllowed(word: string): boolean;
}

type DraftFor<K extends DraftKind> = K extends 'msg' ? MsgDraft : K extends 'eml' ? EmlDraft : never;

export interface RuleDefinition<M extends string, K extends DraftKind = DraftKind> {
  /** `group/name`; also the path of its module, its test and its doc page. */
  id: string;
  appliesTo: readonly K[];
  /** Default severity, possibly per file kind. */
  severity: Severity | Record<DraftKind, Severity>;
  fixable: boolean;
  /** One line: what the rule checks (SARIF `shortDescription`, settings). */
  description: LocalText;
  /** Why it matters to the reader (hover, SARIF help). */
  explanation: LocalText;
  messages: Record<M, LocalText>;
  check(context: RuleContext<M, DraftFor<K>>): void;
}

export interface Rule<M extends string = string> extends RuleDefinition<M, DraftKind> {
  /** The default severity for a kind of file. */
  defaultSeverity(kind: DraftKind): Severity;
}

/** Declares a rule. The returned object is what the registry lists. */
export function defineRule<M extends string, K extends DraftKind>(def: RuleDefinition<M, K>): Rule<M> {
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(def.id)) throw new Error(`bad rule id ${def.id}`);
  return {
    ...(def as unknown as RuleDefinition<M, DraftKind>),
    defaultSeverity(kind: DraftKind): Severity {
      return typeof def.severity === 'string' ? def.severity : def.severity[kind];
    },
  };
}

export const DOCS_BASE = 'https://github.com/cordial-dev/cordial/blob/main/docs/rules/';

export function docUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
