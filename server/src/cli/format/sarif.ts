import {
  allRules,
  docUrl,
  formatText,
  type LineIndex,
  type Locale,
  type Rule,
  type Severity,
} from '../../core';
import type { FileResult } from '../check';
import { LazyArray, LazyObject, streamJson } from './stream';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/cordial-dev/cordial';

type Level = 'error' | 'warning' | 'note' | 'none';

function level(severity: Severity): Level {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'off':
      return 'none';
    default:
      return 'note';
  }
}

/** SARIF regions are one-based; columns count UTF-16 code units (`columnKind` of the run). */
function region(lines: LineIndex, start: number, end: number) {
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  return {
    startLine: s.line + 1,
    startColumn: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
  };
}

/** A relative URI reference: forward slashes, each segment percent-encoded. */
export function toUri(display: string): string {
  return display.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(rule: Rule, locale: Locale) {
  const severity = rule.appliesTo.includes('msg') ? rule.defaultSeverity('msg') : rule.defaultSeverity('eml');
  const help = formatText(rule.explanation, locale);
  return {
    id: rule.id,
    shortDescription: { text: rule.description.en },
    fullDescription: { text: help },
    help: { text: help },
    helpUri: docUrl(rule.id),
    defaultConfiguration:
      severity === 'off' ? { level: 'none' as Level, enabled: false } : { level: level(severity) },
  };
}

/** SARIF 2.1.0: one run, every registered rule in `tool.driver.rules`, fixes where a finding has them. */
export function toSarif(
  results: readonly FileResult[],
  options: { version: string; locale: Locale; cwdUri: string },
) {
  const rules = [...allRules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Each result is made as it is written (see `streamSarif`).
  const sarifResults = new LazyArray(function* () {
    for (const { target, findings, lines } of results) {
      const artifactLocation = { uri: toUri(target.display), uriBaseId: '%SRCROOT%' };
      for (const f of findings) {
        const ruleIndex = index.get(f.ruleId);
        yield {
          ruleId: f.ruleId,
          ...(ruleIndex === undefined ? {} : { ruleIndex }),
          level: level(f.severity),
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation, region: region(lines, f.start, f.end) } }],
          ...(f.fixes.length
            ? {
                fixes: f.fixes.map((fix) => ({
                  description: { text: fix.title },
                  artifactChanges: [
                    {
                      artifactLocation,
                      replacements: fix.edits.map((e) => ({
                        deletedRegion: region(lines, e.start, e.end),
                        insertedContent: { text: e.newText },
                      })),
                    },
                  ],
                })),
              }
            : {}),
        };
      }
    }
  });
  return new LazyObject({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      new LazyObject({
        tool: {
          driver: {
            name: 'cordial',
            version: options.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => ruleDescriptor(r, options.locale)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: options.cwdUri } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      }),
    ],
  });
}

/** The SARIF report in pieces, each result made as it is written. */
export function* streamSarif(
  results: readonly FileResult[],
  options: { version: string; locale: Locale; cwdUri: string },
): Generator<string> {
  yield* streamJson(toSarif(results, options));
  yield '\n';
}

export function formatSarif(
  results: readonly FileResult[],
  options: { version: string; locale: Locale; cwdUri: string },
): string {
  return [...streamSarif(results, options)].join('');
}
