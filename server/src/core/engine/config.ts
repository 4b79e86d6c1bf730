import { SEVERITIES, type Severity } from '../types';

/** Budgets the structure and e-mail rules measure against. */
export interface Budgets {
  /** Content messages after the opening before `structure/message-budget` says `info`. */
  messages: number;
  /** … and before it says `warning`. */
  messagesMax: number;
  /** Sentences in a chat conversation. */
  sentences: number;
  /** English words in an e-mail body. */
  emailWords: number;
  /** CJK characters in an e-mail body. */
  emailChars: number;
}

/** Configuration as written in `.cordialrc.json` or settings (every key optional). */
export interface CordialConfig {
  rules?: Record<string, Severity>;
  jargon?: string[];
  allowedWords?: string[];
  budgets?: Partial<Budgets>;
  templatesFolder?: string;
}

/** Configuration with every default filled in: what rules read. */
export interface ResolvedConfig {
  rules: Readonly<Record<string, Severity>>;
  jargon: readonly string[];
  allowedWords: readonly string[];
  budgets: Readonly<Budgets>;
  templatesFolder: string;
}

export const DEFAULT_BUDGETS: Budgets = {
  messages: 3,
  messagesMax: 5,
  sentences: 10,
  emailWords: 300,
  emailChars: 600,
};

export const DEFAULT_CONFIG: ResolvedConfig = {
  rules: {},
  jargon: [],
  allowedWords: [],
  budgets: DEFAULT_BUDGETS,
  templatesFolder: '.cordial/templates',
};

/** Later layers override earlier ones: rule severities merge by ID, lists concatenate, budgets merge. */
export function resolveConfig(...layers: (CordialConfig | undefined | null)[]): ResolvedConfig {
  const rules: Record<string, Severity> = {};
  const jargon: string[] = [];
  const allowedWords: string[] = [];
  let budgets: Budgets = { ...DEFAULT_BUDGETS };
  let templatesFolder = DEFAULT_CONFIG.templatesFolder;
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) Object.assign(rules, layer.rules);
    if (layer.jargon) jargon.push(...layer.jargon);
    if (layer.allowedWords) allowedWords.push(...layer.allowedWords);
    if (layer.budgets) budgets = { ...budgets, ...stripUndefined(layer.budgets) };
    if (layer.templatesFolder) templatesFolder = layer.templatesFolder;
  }
  return { rules, jargon: dedupe(jargon), allowedWords: dedupe(allowedWords), budgets, templatesFolder };
}

function dedupe(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => typeof v === 'number' && v >= 0),
  ) as Partial<T>;
}

/**
 * Validates untrusted configuration (JSON from disk or settings). Returns the clean config and
 * one message per problem; unknown keys are reported, wrong types dropped. Plain strings only:
 * nothing from configuration is ever compiled as a regular expression.
 */
export function validateConfig(
  input: unknown,
  knownRules: ReadonlySet<string>,
): { config: CordialConfig; errors: string[] } {
  const errors: string[] = [];
  const config: CordialConfig = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { config, errors: ['configuration must be a JSON object'] };
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const v = o[key];
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          config.rules = {};
          for (const [id, sev] of Object.entries(v as Record<string, unknown>)) {
            if (!knownRules.has(id)) errors.push(`unknown rule "${id}"`);
            else if (typeof sev !== 'string' || !SEVERITIES.includes(sev as Severity))
              errors.push(`rule "${id}": severity must be one of ${SEVERITIES.join(', ')}`);
            else config.rules[id] = sev as Severity;
          }
        } else errors.push('"rules" must be an object of rule ID → severity');
        break;
      case 'jargon':
      case 'allowedWords':
        if (Array.isArray(v) && v.every((x) => typeof x === 'string')) config[key] = v as string[];
        else errors.push(`"${key}" must be an array of strings`);
        break;
      case 'budgets':
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const b: Partial<Budgets> = {};
          for (const [k, n] of Object.entries(v as Record<string, unknown>)) {
            if (!(k in DEFAULT_BUDGETS)) errors.push(`unknown budget "${k}"`);
            else if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
              errors.push(`budget "${k}" must be a non-negative number`);
            else b[k as keyof Budgets] = n;
          }
          config.budgets = b;
        } else errors.push('"budgets" must be an object');
        break;
      case 'templatesFolder':
        if (typeof v === 'string') config.templatesFolder = v;
        else errors.push('"templatesFolder" must be a string');
        break;
      default:
        errors.push(`unknown key "${key}"`);
    }
  }
  return { config, errors };
}
