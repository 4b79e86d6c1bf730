import { findNodeAtLocation, type JSONPath, parseTree } from 'jsonc-parser';
import {
  type CordialConfig,
  docUrl,
  type Finding,
  formatText,
  LineIndex,
  type Locale,
  newSuppressionUsage,
  type ResolvedConfig,
  ruleById,
  UNUSED_DISABLE_RULE,
  unusedAllowedWords,
} from '../core';
import type { FileResult } from './check';
import { displayPath } from './files';

/** A configuration file and the drafts of the run it applied to. */
export interface ConfigUse {
  /** Absolute path of the `.cordialrc.json`. */
  file: string;
  config: CordialConfig;
  text: string;
  /** Its configuration as resolved (without overrides): gives the severity of the report. */
  resolved: ResolvedConfig;
  results: FileResult[];
}

/**
 * `--report-unused-disable` for allowed words: one result per configuration file whose
 * `allowedWords` (top level or in `overrides`) hold words that silenced nothing in any draft it
 * applied to; each finding sits on the word in the file. Empty when the rule is off.
 */
export function unusedWordResults(uses: readonly ConfigUse[], cwd: string, locale: Locale): FileResult[] {
  const rule = ruleById(UNUSED_DISABLE_RULE);
  if (!rule) return [];
  const out: FileResult[] = [];
  for (const use of uses) {
    const severity = use.resolved.rules[UNUSED_DISABLE_RULE] ?? rule.defaultSeverity('msg');
    if (severity === 'off' || !use.results.length) continue;
    const hits = newSuppressionUsage();
    for (const r of use.results) for (const w of r.usage?.allowedHits ?? []) hits.allowedHits.add(w);
    const places: { word: string; path: JSONPath }[] = [];
    (use.config.allowedWords ?? []).forEach((word, i) => {
      places.push({ word, path: ['allowedWords', i] });
    });
    (use.config.overrides ?? []).forEach((o, j) => {
      (o.allowedWords ?? []).forEach((word, i) => {
        places.push({ word, path: ['overrides', j, 'allowedWords', i] });
      });
    });
    const unused = new Set(
      unusedAllowedWords(
        places.map((p) => p.word),
        hits,
      ),
    );
    if (!unused.size) continue;
    const tree = parseTree(use.text, [], { allowTrailingComma: true, disallowComments: false });
    const findings: Finding[] = [];
    for (const p of places) {
      if (!unused.has(p.word)) continue;
      // `overrides` indexes count only the valid entries; the path still finds the word in
      // ordinary files, and the start of the file otherwise.
      const node = tree ? findNodeAtLocation(tree, p.path) : undefined;
      const found = node && node.value === p.word;
      const data = { word: p.word };
      findings.push({
        ruleId: UNUSED_DISABLE_RULE,
        messageId: 'unusedWord',
        severity,
        message: formatText(rule.messages.unusedWord!, locale, data),
        start: found ? node.offset : 0,
        end: found ? node.offset + node.length : 0,
        exact: true,
        fixes: [],
        related: [],
        explanation: formatText(rule.explanation, locale),
        docUrl: docUrl(UNUSED_DISABLE_RULE),
      });
    }
    out.push({
      target: { abs: use.file, display: displayPath(cwd, use.file), kind: 'msg', stdin: false, root: cwd },
      findings,
      lines: new LineIndex(use.text),
      fixed: false,
    });
  }
  return out;
}
