import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import {
  allRules,
  CONFIG_LIMITS,
  type CordialConfig,
  configTextLimit,
  LineIndex,
  type ResolvedConfig,
  resolveConfig,
  resolveConfigFor,
  validateConfig,
} from '../core';
import { stripBom } from '../core/bytes';
import { UsageError } from './args';
import { displayPath, reason } from './files';
import { readRegularFile } from './read';

export const CONFIG_NAME = '.cordialrc.json';

/**
 * Finds and reads configuration: `--config FILE` for every draft, else the nearest
 * `.cordialrc.json` in the draft's folder or above it (only the nearest; files do not merge).
 * The file's `overrides` matching the draft's path (relative to the file's folder) apply over
 * it; command-line `--rule` overrides are the last layer. Any problem is a `UsageError`.
 */
export class ConfigLoader {
  private readonly files = new Map<string, CordialConfig>();
  private readonly texts = new Map<string, string>();
  private readonly nearest = new Map<string, string | null>();
  private readonly resolved = new Map<string | null, ResolvedConfig>();
  private readonly knownRules = new Set(allRules.map((r) => r.id));

  constructor(
    private readonly cwd: string,
    private readonly explicit: string | null,
    private readonly overrides: CordialConfig,
  ) {
    if (explicit) this.load(resolve(cwd, explicit), explicit);
  }

  forFile(abs: string): ResolvedConfig {
    const file = this.fileFor(abs);
    const config = this.forConfigFile(file);
    if (!file || !config.overrides) return config;
    const rel = relative(dirname(file), abs);
    const own = resolveConfigFor(sep === '/' ? rel : rel.split(sep).join('/'), config);
    // Command-line rules win over the file's overrides too.
    return own === config || !this.overrides.rules
      ? own
      : { ...own, rules: { ...own.rules, ...this.overrides.rules } };
  }

  /** A configuration file (or none) with the command line's rules, before any override. */
  forConfigFile(file: string | null): ResolvedConfig {
    let config = this.resolved.get(file);
    if (!config) {
      config = resolveConfig(file ? this.load(file) : null, this.overrides);
      this.resolved.set(file, config);
    }
    return config;
  }

  /** The configuration file that applies to a draft, or null when there is none. */
  fileFor(abs: string): string | null {
    return this.explicit ? resolve(this.cwd, this.explicit) : this.find(dirname(abs));
  }

  /** A loaded configuration file: as validated, and its text (for positions in it). */
  loaded(abs: string): { config: CordialConfig; text: string } | null {
    const config = this.files.get(abs);
    const text = this.texts.get(abs);
    return config && text !== undefined ? { config, text } : null;
  }

  /** The nearest configuration file at or above `dir`, or null. */
  private find(dir: string): string | null {
    const walked: string[] = [];
    let found: string | null = null;
    for (let d = dir; ; d = dirname(d)) {
      const cached = this.nearest.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      walked.push(d);
      const candidate = join(d, CONFIG_NAME);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
      if (dirname(d) === d) break;
    }
    for (const d of walked) this.nearest.set(d, found);
    return found;
  }

  private load(abs: string, given?: string): CordialConfig {
    const cached = this.files.get(abs);
    if (cached) return cached;
    const name = given ?? displayPath(this.cwd, abs);
    let text: string;
    try {
      // Only a regular file, and only up to the limit: a FIFO or `/dev/zero` must not hang or fill memory.
      const bytes = readRegularFile(abs, CONFIG_LIMITS.bytes);
      if (bytes === 'tooLarge')
        throw new UsageError(
          `configuration ${name} is larger than ${CONFIG_LIMITS.bytes / (1024 * 1024)} MB; it is not read`,
        );
      text = stripBom(new TextDecoder().decode(bytes));
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`cannot read configuration ${name}: ${reason(err)}`);
    }
    const config = parseConfig(text, name, this.knownRules);
    this.files.set(abs, config);
    this.texts.set(abs, text);
    return config;
  }
}

/** Parses and validates the text of a configuration file (JSON with comments and trailing commas). */
export function parseConfig(text: string, name: string, knownRules: ReadonlySet<string>): CordialConfig {
  const limit = configTextLimit(text);
  if (limit) throw new UsageError(`invalid configuration ${name}: ${limit}`);
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0]!;
    const p = new LineIndex(text).positionAt(e.offset);
    throw new UsageError(
      `invalid JSON in configuration ${name} at line ${p.line + 1}, column ${p.character + 1}: ${describeParseError(printParseErrorCode(e.error))}`,
    );
  }
  const { config, errors: problems } = validateConfig(json, knownRules);
  if (problems.length) {
    // One clear message, not ten thousand: the first few problems and how many more.
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    throw new UsageError(`invalid configuration ${name}: ${shown}${more}`);
  }
  return config;
}

function describeParseError(code: string): string {
  // `CommaExpected` → `comma expected`
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
