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

/**
 * Markdown for the findings under the cursor: why each rule matters, the suggested wording, the
 * rule's page. Not the message itself: the editor shows each diagnostic's message in the same
 * hover already, and repeating it made every hover say it twice. Several findings of one rule on
 * one spot (three voice notes, say) share one explanation, so the hover stays short.
 */
export function hoverFor(view: CoreView, hits: readonly Finding[], locale: Locale): Hover | null {
  if (!hits.length) return null;
  const byRule = new Map<string, Finding[]>();
  for (const f of hits) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const groups = [...byRule.values()];
  let value: string;
  if (groups.length === 1) {
    const group = groups[0]!;
    const f = group[0]!;
    const lines: string[] = [];
    if (f.explanation) lines.push(`*${t('whyItMatters', locale)}* ${f.explanation}`);
    const suggestions = suggestionsOf(group, locale);
    if (suggestions) lines.push(`*${t('suggestion', locale)}* ${suggestions}`);
    lines.push(`${t('documentation', locale)}[${f.ruleId}](${f.docUrl})`);
    value = lines.join('\n\n');
  } else {
    // Several rules on one spot: one short paragraph each (the first sentence of why it
    // matters, the wording, the page), so the hover does not grow a scroll bar.
    value = groups
      .map((group) => {
        const f = group[0]!;
        let line = `[${f.ruleId}](${f.docUrl})`;
        if (f.explanation) line += `${t('ruleSeparator', locale)}${firstSentence(f.explanation)}`;
        const suggestions = suggestionsOf(group, locale);
        if (suggestions) line += ` *${t('suggestion', locale)}* ${suggestions}`;
        return line;
      })
      .join('\n\n');
  }
  const start = Math.min(...hits.map((f) => f.start));
  const end = Math.max(...hits.map((f) => f.end));
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: toRange(view, start, end),
  };
}

function suggestionsOf(group: readonly Finding[], locale: Locale): string {
  const list = [...new Set(group.map((g) => g.suggestion).filter((s): s is string => !!s))];
  return list.join(locale === 'zh' ? '；' : '; ');
}

/** The first sentence of a text (up to a full stop, question or exclamation mark, in either script). */
export function firstSentence(text: string): string {
  const m = /^.*?(?:[。！？]|[.!?](?=\s|$))/su.exec(text);
  return (m ? m[0] : text).trim();
}
