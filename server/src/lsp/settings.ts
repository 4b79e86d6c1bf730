import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { allRules, type CordialConfig, configTextLimit, validateConfig } from '../core';

/** The keys of the `cordial.*` settings that are configuration (not `trace`, not editor-only). */
const CONFIG_KEYS = ['rules', 'jargon', 'allowedWords', 'budgets', 'templatesFolder'] as const;

let knownRules: ReadonlySet<string> | null = null;
function rules(): ReadonlySet<string> {
  knownRules ??= new Set(allRules.map((r) => r.id));
  return knownRules;
}

/** The `cordial` settings section as a config layer, with what was wrong with it. */
export function settingsLayer(section: unknown): { config: CordialConfig; errors: string[] } {
  if (!section || typeof section !== 'object') return { config: {}, errors: [] };
  const picked: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const v = (section as Record<string, unknown>)[key];
    if (v !== undefined && v !== null) picked[key] = v;
  }
  return validateConfig(picked, rules());
}

/** `.cordialrc.json` text (comments and trailing commas allowed) as a config layer. */
export function rcLayer(text: string): { config: CordialConfig; errors: string[] } {
  const limit = configTextLimit(text);
  if (limit) return { config: {}, errors: [limit] };
  const parseErrors: ParseError[] = [];
  const value = parse(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  const errors = parseErrors.map((e) => `${printParseErrorCode(e.error)} at offset ${e.offset}`);
  if (value === undefined) return { config: {}, errors };
  const validated = validateConfig(value, rules());
  return { config: validated.config, errors: [...errors, ...validated.errors] };
}
