import { type Hover, MarkupKind } from 'vscode-languageserver';
import type { Finding, Locale } from '../core';
import { type CoreView, toRange } from './convert';
import { t } from './strings';

/** Findings under a core offset (an empty range counts at its own position). */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter(
    (f) => (f.start <= offset && offset < f.end) || (offset === f.start && f.start === f.end),
  );
}

/** Markdown for the findings under the cursor: message, why it matters, the suggested wording, the docs. */
export function hoverFor(view: CoreView, hits: readonly Finding[], locale: Locale): Hover | null {
  if (!hits.length) return null;
  const sections = hits.map((f) => {
    const lines = [`**${escapeMarkdown(f.message)}**`];
    if (f.explanation) lines.push(`*${t('whyItMatters', locale)}:* ${f.explanation}`);
    if (f.suggestion) lines.push(`*${t('suggestion', locale)}:* ${f.suggestion}`);
    lines.push(`${t('documentation', locale)}: [${f.ruleId}](${f.docUrl})`);
    return lines.join('\n\n');
  });
  const start = Math.min(...hits.map((f) => f.start));
  const end = Math.max(...hits.map((f) => f.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: toRange(view, start, end),
  };
}

/** Messages may quote the draft: keep `*`/`_` and brackets from turning into Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_[\]<>])/g, '\\$1');
}
