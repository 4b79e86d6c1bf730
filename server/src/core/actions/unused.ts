/**
 * Suppressions that no longer hide anything, as ESLint's `--report-unused-disable-directives`:
 * a draft's `disable` entry whose rule reported nothing in it, and allowed words that silenced
 * nothing. Reads what one lint recorded in a `SuppressionUsage` (`LintOptions.usage`), so the
 * engine runs once per draft whether or not this is asked for.
 */
import type { Draft } from '../draft';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../engine/config';
import type { SuppressionUsage } from '../engine/lint';
import { docUrl, type Rule } from '../engine/rule';
import { formatText } from '../i18n';
import { allRules } from '../rules';
import type { Finding, Locale } from '../types';
import { disableEntries } from './disable';

export const UNUSED_DISABLE_RULE = 'format/unused-disable';

export interface UnusedOptions {
  config?: ResolvedConfig;
  locale?: Locale;
  /** The rules that ran (defaults to the registry): an ID outside it is reported as unknown. */
  rules?: readonly Rule[];
}

/**
 * `format/unused-disable` findings at each `disable` entry of `draft` that hid nothing in the
 * lint that filled `usage` (one usage per draft). None when that rule is off or the draft
 * disables it.
 */
export function unusedDisables(
  draft: Draft,
  usage: SuppressionUsage,
  options: UnusedOptions = {},
): Finding[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const locale = options.locale ?? 'en';
  const rules = options.rules ?? allRules;
  const rule =
    rules.find((r) => r.id === UNUSED_DISABLE_RULE) ?? allRules.find((r) => r.id === UNUSED_DISABLE_RULE);
  if (!rule || draft.disabled.includes(UNUSED_DISABLE_RULE)) return [];
  const severity = config.rules[UNUSED_DISABLE_RULE] ?? rule.defaultSeverity(draft.kind);
  if (severity === 'off') return [];
  const known = new Set(rules.map((r) => r.id));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const e of disableEntries(draft)) {
    if (e.ruleId === UNUSED_DISABLE_RULE) continue;
    const duplicate = seen.has(e.ruleId);
    seen.add(e.ruleId);
    if (!duplicate && usage.draftHidden.has(e.ruleId)) continue;
    const messageId = !known.has(e.ruleId) ? 'unknown' : duplicate ? 'duplicate' : 'unused';
    const data = { rule: e.ruleId };
    out.push({
      ruleId: UNUSED_DISABLE_RULE,
      messageId,
      severity,
      message: formatText(rule.messages[messageId] ?? messageId, locale, data),
      start: e.span.start,
      end: e.span.end,
      exact: true,
      fixes: [],
      related: [],
      explanation: formatText(rule.explanation, locale),
      docUrl: docUrl(UNUSED_DISABLE_RULE),
    });
  }
  return out;
}

/** The words of `allowed` that silenced nothing in the lints that filled `usage`. */
export function unusedAllowedWords(allowed: readonly string[], usage: SuppressionUsage): string[] {
  return allowed.filter((w) => !usage.allowedHits.has(w.trim().toLowerCase()));
}
