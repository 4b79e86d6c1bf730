import type { Draft } from './draft';
import type { Budgets } from './engine/config';
import { chatSentences } from './measure';
import { contentMessages } from './text/opening';
import { splitSentences } from './text/sentences';
import type { DraftKind, Finding, Span } from './types';

/** Counts a status bar or a page shows beside a draft. Pure: the LSP and the web page share it. */
export interface DraftStats {
  kind: DraftKind;
  /** The writer's own (non-quoted) messages of a chat draft; null for an e-mail. */
  messages: number | null;
  messageBudget: number | null;
  /** Sentences of the writer's own text (media placeholders, quotes and the signature excluded). */
  sentences: number;
  /** The chat sentence budget; null for an e-mail, whose length is measured in words and characters. */
  sentenceBudget: number | null;
  problems: ProblemCounts;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function countProblems(findings: readonly Pick<Finding, 'severity'>[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else if (f.severity === 'info') counts.infos++;
    else counts.hints++;
  }
  return counts;
}

export function draftStats(
  draft: Draft,
  budgets: Readonly<Budgets>,
  findings: readonly Pick<Finding, 'severity'>[] = [],
): DraftStats {
  const problems = countProblems(findings);
  if (draft.kind === 'msg') {
    return {
      kind: 'msg',
      messages: contentMessages(draft).length,
      messageBudget: budgets.messages,
      sentences: chatSentences(draft).length,
      sentenceBudget: budgets.sentences,
      problems,
    };
  }
  let sentences = 0;
  const own = draft.blocks.filter((b) => !b.quoted && !b.signature);
  if (draft.blocks.length > 0) for (const b of own) sentences += splitSentences(b.text).length;
  else sentences = splitSentences(withoutSpans(draft.body.text, draft.quoted, draft.signature)).length;
  return { kind: 'eml', messages: null, messageBudget: null, sentences, sentenceBudget: null, problems };
}

function withoutSpans(text: string, quoted: readonly Span[], signature: Span | null): string {
  let out = text;
  for (const s of signature ? [...quoted, signature] : quoted)
    out = out.slice(0, s.start) + out.slice(s.start, s.end).replace(/[^\r\n]/g, ' ') + out.slice(s.end);
  return out;
}
