import { inScript } from '../analysis/script';
import { simplifiedDraft } from '../analysis/simplified-draft';
import type { Draft } from '../draft';
import { forLocale, formatText } from '../i18n';
import { isInside } from '../text/quoted';
import type { ActiveSeverity, Finding, Fix, Locale, MappedSpan } from '../types';
import type { TextView } from '../view';
import type { ResolvedConfig } from './config';
import { DEFAULT_CONFIG } from './config';
import type { Report, Rule, RuleContext, RuleEdit } from './rule';
import { docUrl } from './rule';

/** The clock of both Node and browsers (declared here: the core is built without DOM or Node types). */
declare const performance: { now(): number };

export interface LintOptions {
  config?: ResolvedConfig;
  locale?: Locale;
  /** Rules to run (defaults to the whole registry, passed by the caller to keep this module registry-free). */
  rules: readonly Rule[];
  /** Called between rules; returning true stops the lint (LSP cancellation). */
  isCancelled?: () => boolean;
  /**
   * Collects which suppressions hid something (`--report-unused-disable`). When given, the rules
   * the draft disables still run, once, in the same pass: their findings are counted here and
   * never returned. Without it those rules are skipped, as usual.
   */
  usage?: SuppressionUsage;
  /**
   * Adds each rule's time (ms) to its entry, summed over every lint it is passed to
   * (`cordial check --timing`). Without it nothing is timed.
   */
  timing?: RuleTiming;
}

/** Milliseconds spent per rule ID (and `PARSE_TIMING` for parsing), summed over lints. */
export type RuleTiming = Map<string, number>;

/** The key under which `lint` adds the time spent parsing drafts to a `RuleTiming`. */
export const PARSE_TIMING = '(parse)';

/** Adds `ms` to `key` in `timing`. */
export function addTiming(timing: RuleTiming, key: string, ms: number): void {
  timing.set(key, (timing.get(key) ?? 0) + ms);
}

/** The current time in milliseconds, for callers of `addTiming`. */
export function now(): number {
  return performance.now();
}

/** What the suppressions of one or more lints hid. */
export interface SuppressionUsage {
  /** Allowed words (lower-cased) that silenced at least one finding. */
  allowedHits: Set<string>;
  /** Rule IDs the draft disables that would have reported something in it. */
  draftHidden: Set<string>;
}

export function newSuppressionUsage(): SuppressionUsage {
  return { allowedHits: new Set(), draftHidden: new Set() };
}

/** A rule that threw: reported as a finding on the whole file instead of crashing the run. */
export const INTERNAL_ERROR_RULE = 'format/internal-error';

/** Effective severity of a rule for a draft, or 'off'. */
export function severityFor(rule: Rule, draft: Draft, config: ResolvedConfig) {
  if (draft.disabled.includes(rule.id)) return 'off' as const;
  return configuredSeverity(rule, draft, config);
}

/** The severity configuration gives a rule for a kind of draft, before the draft's own `disable`. */
function configuredSeverity(rule: Rule, draft: Draft, config: ResolvedConfig) {
  return config.rules[rule.id] ?? rule.defaultSeverity(draft.kind);
}

/**
 * Runs every applicable rule once over a parsed draft and returns localized findings in
 * source order. Pure: no I/O, never throws for a rule's sake.
 */
export function lintDraft(draft: Draft, options: LintOptions): Finding[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const locale = options.locale ?? 'en';
  const findings: Finding[] = [];
  const byId = new Map(options.rules.map((r) => [r.id, r]));
  const allowed = new Set(config.allowedWords.map((w) => w.toLowerCase()));
  const usage = options.usage;
  const timing = options.timing;
  /** Runs a rule the draft disables only to learn whether the `disable` hides anything. */
  const hiddenByDraft = (rule: Rule) =>
    draft.disabled.includes(rule.id) && configuredSeverity(rule, draft, config) !== 'off';

  // Rules read a Traditional draft in Simplified characters (same offsets); what they hand back
  // for the writer (fixes, quoted words, suggestions) goes back into the draft's script.
  const read = simplifiedDraft(draft);
  const script = draft.script;
  const own = (data: Record<string, string | number> | undefined, span: MappedSpan) =>
    script === 'hant' && data ? scriptData(data, span, read.source, draft.source) : data;

  const push = (rule: Rule, configured: boolean, r: Report<string>) => {
    if (usage && hiddenByDraft(rule)) {
      usage.draftHidden.add(rule.id);
      return;
    }
    const base = severityFor(rule, draft, config);
    if (base === 'off') return;
    const severity: ActiveSeverity = configured || !r.severity ? (base as ActiveSeverity) : r.severity;
    const span = r.span as MappedSpan;
    const exact = span.exact !== false;
    const data = own(r.data, span);
    let message = formatText(rule.messages[r.messageId] ?? r.messageId, locale, data);
    if (!exact && span.about) {
      const about = span.about.length > 40 ? `${span.about.slice(0, 39)}…` : span.about;
      message += locale === 'en' ? ` (about: “${about}”)` : forLocale(`（涉及：“${about}”）`, locale);
    }
    const fixes: Fix[] = [];
    for (const f of r.fixes ?? []) {
      if (f.edits.some((e: RuleEdit) => e.exact === false)) continue;
      fixes.push({
        title: formatText(rule.messages[f.messageId] ?? f.messageId, locale, own(f.data, span)),
        edits: f.edits.map((e) => ({ start: e.start, end: e.end, newText: inScript(e.newText, script) })),
      });
    }
    findings.push({
      ruleId: rule.id,
      messageId: r.messageId,
      severity,
      message,
      start: span.start,
      end: span.end,
      exact,
      fixes,
      related: (r.related ?? []).map((x) => ({
        start: x.span.start,
        end: x.span.end,
        message: formatText(
          rule.messages[x.messageId] ?? x.messageId,
          locale,
          own(x.data, x.span as MappedSpan),
        ),
      })),
      explanation: formatText(rule.explanation, locale),
      ...(r.suggestion ? { suggestion: inScript(formatText(r.suggestion, locale, data), script) } : {}),
      docUrl: docUrl(rule.id),
      ...(r.allow ? { allow: r.allow } : {}),
    });
  };

  for (const p of draft.problems) {
    const rule = byId.get(p.ruleId);
    if (rule) push(rule, p.ruleId in config.rules, { messageId: p.messageId, data: p.data, span: p.span });
  }

  if (!draft.blocked) {
    for (const rule of options.rules) {
      if (options.isCancelled?.()) break;
      if (!rule.appliesTo.includes(draft.kind)) continue;
      const counting = !!usage && hiddenByDraft(rule);
      if (!counting && severityFor(rule, draft, config) === 'off') continue;
      // A disabled rule that already proved its `disable` useful need not run again.
      if (counting && usage.draftHidden.has(rule.id)) continue;
      const configured = rule.id in config.rules;
      const context: RuleContext<string> = {
        draft: read,
        config,
        report: (r) => push(rule, configured, r),
        bodySpan: (s, e) => mapped(read.body, s, e),
        at: (view: TextView, s, e) => mapped(view, s, e),
        bodyEdit: (s, e, newText) => {
          const m = draft.body.toSource(s, e);
          return { start: m.start, end: m.end, newText, exact: m.exact };
        },
        isQuoted: (s, e = s + 1) => isInside(draft.quoted, s, e),
        inSignature: (s, e = s + 1) => (draft.signature ? isInside([draft.signature], s, e) : false),
        isAllowed: (w) => {
          const key = w.toLowerCase();
          if (!allowed.has(key)) return false;
          // Counted in a rule the draft disables too: the word alone keeps it quiet, so it is
          // the draft's `disable` that is redundant.
          usage?.allowedHits.add(key);
          return true;
        },
      };
      const t0 = timing ? performance.now() : 0;
      try {
        rule.check(context as never);
      } catch (err) {
        const internal = byId.get(INTERNAL_ERROR_RULE);
        if (internal) {
          push(internal, false, {
            messageId: 'crashed',
            data: { rule: rule.id, error: err instanceof Error ? err.message : String(err) },
            span: { start: 0, end: 0 },
          });
        }
      }
      if (timing) addTiming(timing, rule.id, performance.now() - t0);
    }
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return findings;
}

/**
 * Report data for a Traditional draft: a value that is the report's own span of the Simplified
 * reading is that span as written; any other Chinese value is turned into Traditional.
 */
function scriptData(
  data: Record<string, string | number>,
  span: MappedSpan,
  readSource: string,
  source: string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const spanText = span.exact !== false ? readSource.slice(span.start, span.end) : null;
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string') out[k] = v;
    else if (spanText !== null && v === spanText) out[k] = source.slice(span.start, span.end);
    else out[k] = inScript(v, 'hant');
  }
  return out;
}

function mapped(view: TextView, start: number, end: number): MappedSpan {
  const m = view.toSource(start, end);
  return m.exact ? m : { ...m, about: view.text.slice(start, end) };
}
