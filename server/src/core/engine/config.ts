import { SEVERITIES, type Severity } from '../types';
import { compileGlob, type Glob } from './glob';

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

/**
 * Settings for the drafts whose path (relative to the configuration file's folder) matches one
 * of `files`, applied over the rest of the configuration, in order, as ESLint's `overrides`.
 */
export interface ConfigOverride {
  files: string[];
  /** Paths that match `files` but are left out. */
  excludedFiles?: string[];
  rules?: Record<string, Severity>;
  jargon?: string[];
  allowedWords?: string[];
  budgets?: Partial<Budgets>;
}

/** Configuration as written in `.cordialrc.json` or settings (every key optional). */
export interface CordialConfig {
  rules?: Record<string, Severity>;
  jargon?: string[];
  allowedWords?: string[];
  budgets?: Partial<Budgets>;
  templatesFolder?: string;
  overrides?: ConfigOverride[];
}

/** An override with its patterns compiled (patterns that failed validation never get here). */
export interface CompiledOverride {
  override: ConfigOverride;
  files: readonly Glob[];
  excludedFiles: readonly Glob[];
}

/** Configuration with every default filled in: what rules read. */
export interface ResolvedConfig {
  rules: Readonly<Record<string, Severity>>;
  jargon: readonly string[];
  allowedWords: readonly string[];
  budgets: Readonly<Budgets>;
  templatesFolder: string;
  /** Overrides of every layer, in order; `resolveConfigFor` applies the ones matching a file. */
  overrides?: readonly CompiledOverride[];
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
  const overrides: CompiledOverride[] = [];
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) Object.assign(rules, layer.rules);
    if (layer.jargon) jargon.push(...layer.jargon);
    if (layer.allowedWords) allowedWords.push(...layer.allowedWords);
    if (layer.budgets) budgets = { ...budgets, ...stripUndefined(layer.budgets) };
    if (layer.templatesFolder) templatesFolder = layer.templatesFolder;
    for (const o of layer.overrides ?? []) {
      const c = compileOverride(o);
      if (c) overrides.push(c);
    }
  }
  const resolved: ResolvedConfig = {
    rules,
    jargon: dedupe(jargon),
    allowedWords: dedupe(allowedWords),
    budgets,
    templatesFolder,
  };
  if (overrides.length) resolved.overrides = overrides;
  return resolved;
}

function compileOverride(o: ConfigOverride): CompiledOverride | null {
  const compile = (list: readonly string[] | undefined) =>
    (list ?? []).map(compileGlob).filter((g): g is Glob => !('error' in g));
  const files = compile(o.files);
  return files.length ? { override: o, files, excludedFiles: compile(o.excludedFiles) } : null;
}

/**
 * The configuration of one draft: `config` with every override whose `files` match `path` (and
 * whose `excludedFiles` do not) applied in order, later ones winning. `path` is relative to the
 * folder of the configuration file that holds the overrides, with `/` or `\\` separators; a path
 * outside that folder (`../x.msg`, absolute) matches no override. Without matching overrides
 * the same object is returned.
 */
export function resolveConfigFor(path: string, config: ResolvedConfig): ResolvedConfig {
  const matching = (config.overrides ?? []).filter(
    (o) => o.files.some((g) => g.matches(path)) && !o.excludedFiles.some((g) => g.matches(path)),
  );
  if (!matching.length) return config;
  const rules: Record<string, Severity> = { ...config.rules };
  const jargon = [...config.jargon];
  const allowedWords = [...config.allowedWords];
  let budgets: Budgets = { ...config.budgets };
  for (const { override: o } of matching) {
    if (o.rules) Object.assign(rules, o.rules);
    if (o.jargon) jargon.push(...o.jargon);
    if (o.allowedWords) allowedWords.push(...o.allowedWords);
    if (o.budgets) budgets = { ...budgets, ...stripUndefined(o.budgets) };
  }
  return {
    rules,
    jargon: dedupe(jargon),
    allowedWords: dedupe(allowedWords),
    budgets,
    templatesFolder: config.templatesFolder,
  };
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
 * Limits on configuration, so a hostile or broken file is one clear message instead of a
 * stall, a crash or gigabytes of memory. Real configurations are far below them.
 */
export const CONFIG_LIMITS = {
  /** Bytes of a `.cordialrc.json` read at all (checked before reading). */
  bytes: 1024 * 1024,
  /** Nesting of objects and arrays (the schema needs four). */
  depth: 16,
  /** Entries of `allowedWords` or `jargon` (each level). */
  words: 10_000,
  /** Characters of one word, rule ID or pattern. */
  chars: 200,
  /** Entries of `overrides`. */
  overrides: 200,
  /** Keys of `rules` or `budgets`, or of any object. */
  keys: 1_000,
} as const;

/** A key or value as quoted in a message: at most 60 characters, control characters escaped. */
export function clip(s: string, max = 60): string {
  const cut = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return cut.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The first limit a configuration's text passes (size, nesting), checked before parsing it:
 * a message, or null. Strings and comments are skipped, as JSON with comments reads them.
 */
export function configTextLimit(text: string): string | null {
  if (text.length > CONFIG_LIMITS.bytes)
    return `the configuration is larger than ${CONFIG_LIMITS.bytes / (1024 * 1024)} MB`;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: to its closing quote
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22 || d === 0x0a) break;
      }
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > CONFIG_LIMITS.depth)
        return `the configuration is nested more than ${CONFIG_LIMITS.depth} levels deep`;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

/** The first limit a parsed value passes (nesting, keys per object), or null. Iterative. */
function valueLimit(input: unknown): string | null {
  const stack: [unknown, number][] = [[input, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > CONFIG_LIMITS.depth)
      return `the configuration is nested more than ${CONFIG_LIMITS.depth} levels deep`;
    const entries = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    // Lists have their own limits (checked where they are read); objects have few keys.
    if (!Array.isArray(v) && entries.length > CONFIG_LIMITS.keys)
      return `the configuration has an object of ${entries.length} keys (at most ${CONFIG_LIMITS.keys})`;
    for (const e of entries) if (e !== null && typeof e === 'object') stack.push([e, depth + 1]);
  }
  return null;
}

/**
 * Validates untrusted configuration (JSON from disk or settings). Returns the clean config and
 * one message per problem; unknown keys are reported, wrong types dropped. Plain strings only:
 * nothing from configuration is ever compiled as a regular expression (`overrides[].files` are
 * globs read by Cordial's own matcher).
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
  const limit = valueLimit(input);
  if (limit) return { config, errors: [limit] };
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const v = o[key];
    switch (key) {
      case '$schema':
        break;
      case 'templatesFolder':
        if (typeof v === 'string') config.templatesFolder = v;
        else errors.push('"templatesFolder" must be a string');
        break;
      case 'overrides':
        if (Array.isArray(v) && v.length > CONFIG_LIMITS.overrides)
          errors.push(`"overrides" has ${v.length} entries; at most ${CONFIG_LIMITS.overrides} are allowed`);
        else if (Array.isArray(v)) {
          config.overrides = [];
          v.forEach((entry, i) => {
            const o = validateOverride(entry, `overrides[${i}]`, knownRules, errors);
            if (o) config.overrides!.push(o);
          });
        } else errors.push('"overrides" must be an array of { "files": [...], ... } objects');
        break;
      default:
        if (!validateCommon(key, v, '', config, knownRules, errors))
          errors.push(`unknown key "${clip(key)}"`);
    }
  }
  return { config, errors };
}

/** Keys an override and the top level share; false when `key` is not one of them. */
function validateCommon(
  key: string,
  v: unknown,
  where: string,
  config: Pick<CordialConfig, 'rules' | 'jargon' | 'allowedWords' | 'budgets'>,
  knownRules: ReadonlySet<string>,
  errors: string[],
): boolean {
  switch (key) {
    case 'rules':
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        config.rules = {};
        for (const [id, sev] of Object.entries(v as Record<string, unknown>)) {
          if (!knownRules.has(id)) errors.push(`${where}unknown rule "${clip(id)}"`);
          else if (typeof sev !== 'string' || !SEVERITIES.includes(sev as Severity))
            errors.push(`${where}rule "${id}": severity must be one of ${SEVERITIES.join(', ')}`);
          else config.rules[id] = sev as Severity;
        }
      } else errors.push(`${where}"rules" must be an object of rule ID → severity`);
      return true;
    case 'jargon':
    case 'allowedWords':
      if (Array.isArray(v) && v.length > CONFIG_LIMITS.words)
        errors.push(`${where}"${key}" has ${v.length} entries; at most ${CONFIG_LIMITS.words} are allowed`);
      else if (Array.isArray(v) && v.some((x) => typeof x === 'string' && x.length > CONFIG_LIMITS.chars))
        errors.push(`${where}"${key}": an entry is longer than ${CONFIG_LIMITS.chars} characters`);
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) config[key] = v as string[];
      else errors.push(`${where}"${key}" must be an array of strings`);
      return true;
    case 'budgets':
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const b: Partial<Budgets> = {};
        for (const [k, n] of Object.entries(v as Record<string, unknown>)) {
          if (!(k in DEFAULT_BUDGETS)) errors.push(`${where}unknown budget "${clip(k)}"`);
          else if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
            errors.push(`${where}budget "${k}" must be a non-negative number`);
          else b[k as keyof Budgets] = n;
        }
        config.budgets = b;
      } else errors.push(`${where}"budgets" must be an object`);
      return true;
    default:
      return false;
  }
}

/** Most patterns one override may list (each is matched against every draft's path). */
const MAX_PATTERNS = 100;

function validateOverride(
  input: unknown,
  where: string,
  knownRules: ReadonlySet<string>,
  errors: string[],
): ConfigOverride | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    errors.push(`${where} must be an object with "files"`);
    return null;
  }
  const o = input as Record<string, unknown>;
  const override: ConfigOverride = { files: [] };
  let hasFiles = false;
  const patterns = (key: 'files' | 'excludedFiles', v: unknown): string[] | null => {
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
      errors.push(`${where}.${key} must be a pattern or an array of patterns`);
      return null;
    }
    if (list.length > MAX_PATTERNS) {
      errors.push(`${where}.${key}: more than ${MAX_PATTERNS} patterns`);
      return null;
    }
    const good: string[] = [];
    for (const p of list as string[]) {
      const g = compileGlob(p);
      if ('error' in g) errors.push(`${where}.${key}: pattern "${clip(p)}": ${g.error}`);
      else good.push(p);
    }
    return good;
  };
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (key === 'files') {
      const list = patterns('files', v);
      if (list) {
        override.files = list;
        hasFiles = list.length > 0;
        if (!list.length && Array.isArray(v) && !v.length) errors.push(`${where}.files must not be empty`);
      }
    } else if (key === 'excludedFiles') {
      const list = patterns('excludedFiles', v);
      if (list) override.excludedFiles = list;
    } else if (!validateCommon(key, v, `${where}: `, override, knownRules, errors))
      errors.push(
        key === 'overrides' || key === 'templatesFolder'
          ? `${where}: "${key}" cannot be set in an override`
          : `${where}: unknown key "${clip(key)}"`,
      );
  }
  if (!hasFiles) {
    if (!('files' in o)) errors.push(`${where} needs "files" (patterns of the drafts it applies to)`);
    return null;
  }
  return override;
}
