import { allRules, type Locale, toLocale } from '../core';
import { SEVERITIES, type Severity } from '../core/types';

export type OutputFormat = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif'];

export interface CheckOptions {
  paths: string[];
  format: OutputFormat;
  fix: boolean;
  config: string | null;
  rules: Record<string, Severity>;
  maxWarnings: number | null;
  quiet: boolean;
  locale: Locale | null;
  stdinFilename: string | null;
  /** Report per-draft disables and allowed words that hide nothing (`--report-unused-disable`). */
  reportUnusedDisable: boolean;
  /** With `--fix`: write through symbolic links whose targets are inside the folder being fixed. */
  followSymlinks: boolean;
  /** Worker threads for checking (`--jobs N`); null: as many as the machine has cores. */
  jobs: number | null;
  /** Print the slowest rules to standard error after the run (`--timing`). */
  timing: boolean;
}

export type Command = { command: 'help' } | { command: 'version' } | ({ command: 'check' } & CheckOptions);

/** A usage or configuration problem: one line on stderr, exit status 2. */
export class UsageError extends Error {}

const VALUE_OPTIONS = new Set([
  '--format',
  '--config',
  '--rule',
  '--max-warnings',
  '--locale',
  '--stdin-filename',
  '--jobs',
]);
const SHORT: Record<string, string> = {
  '-f': '--format',
  '-c': '--config',
  '-q': '--quiet',
  '-h': '--help',
  '-j': '--jobs',
};

/**
 * Parses `cordial [check] [options] [paths…]`. Options may come before or after paths, as
 * `--opt value` or `--opt=value`; `--` ends the options; a lone `-` is standard input.
 */
export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  if (args.length === 0)
    throw new UsageError('missing command; try "cordial check [paths…]" or "cordial --help"');
  const opts: CheckOptions = {
    paths: [],
    format: 'stylish',
    fix: false,
    config: null,
    rules: {},
    maxWarnings: null,
    quiet: false,
    locale: null,
    stdinFilename: null,
    reportUnusedDisable: false,
    followSymlinks: false,
    jobs: null,
    timing: false,
  };
  let sawCommand = false;
  let help = false;
  let version = false;
  let endOfOptions = false;
  const knownRules = new Set(allRules.map((r) => r.id));

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (endOfOptions || arg === '-' || !arg.startsWith('-')) {
      if (!sawCommand && !endOfOptions) {
        if (arg !== 'check') throw new UsageError(`unknown command "${arg}"; the command is "cordial check"`);
        sawCommand = true;
        continue;
      }
      opts.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      endOfOptions = true;
      sawCommand = true;
      continue;
    }
    let name = SHORT[arg] ?? arg;
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (name.startsWith('--') && eq > 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (VALUE_OPTIONS.has(name)) {
      if (value === undefined) {
        if (i + 1 >= args.length) throw new UsageError(`option ${name} needs a value`);
        value = args[++i]!;
      }
    } else if (value !== undefined) {
      throw new UsageError(`option ${name} takes no value`);
    }
    switch (name) {
      case '--help':
        help = true;
        break;
      case '--version':
      case '-v':
      case '-V':
        version = true;
        break;
      case '--fix':
        opts.fix = true;
        break;
      case '--quiet':
        opts.quiet = true;
        break;
      case '--report-unused-disable':
        opts.reportUnusedDisable = true;
        break;
      case '--follow-symlinks':
        opts.followSymlinks = true;
        break;
      case '--timing':
        opts.timing = true;
        break;
      case '--jobs':
        if (!/^\d+$/.test(value!) || Number(value) < 1)
          throw new UsageError(`--jobs expects a positive integer (got "${value}")`);
        opts.jobs = Number(value);
        break;
      case '--format':
        if (!FORMATS.includes(value as OutputFormat))
          throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
        opts.format = value as OutputFormat;
        break;
      case '--config':
        if (!value) throw new UsageError('--config needs a file name');
        opts.config = value;
        break;
      case '--rule': {
        const m = /^([^=]+)=(.*)$/.exec(value!);
        if (!m) throw new UsageError(`--rule expects ID=SEVERITY (got "${value}")`);
        const id = m[1]!.trim();
        const sev = m[2]!.trim();
        if (!knownRules.has(id)) throw new UsageError(`--rule: unknown rule "${id}"`);
        if (!SEVERITIES.includes(sev as Severity))
          throw new UsageError(
            `--rule ${id}: severity must be one of ${SEVERITIES.join(', ')} (got "${sev}")`,
          );
        opts.rules[id] = sev as Severity;
        break;
      }
      case '--max-warnings':
        if (!/^\d+$/.test(value!))
          throw new UsageError(`--max-warnings expects a non-negative integer (got "${value}")`);
        opts.maxWarnings = Number(value);
        break;
      case '--locale':
        if (value !== 'en' && value !== 'zh' && value !== 'zh-tw')
          throw new UsageError(`--locale must be en, zh or zh-tw (got "${value}")`);
        opts.locale = value;
        break;
      case '--stdin-filename':
        if (!value) throw new UsageError('--stdin-filename needs a file name');
        opts.stdinFilename = value;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }

  if (help) return { command: 'help' };
  if (version) return { command: 'version' };
  if (!sawCommand) throw new UsageError('missing command; try "cordial check [paths…]"');
  if (opts.paths.length === 0) opts.paths.push('.');
  const stdin = opts.paths.filter((p) => p === '-').length;
  if (stdin > 1) throw new UsageError('standard input (-) can be given only once');
  if (stdin) {
    if (!opts.stdinFilename)
      throw new UsageError('reading standard input (-) needs --stdin-filename NAME.msg or NAME.eml');
    if (opts.fix)
      throw new UsageError('--fix cannot be used with standard input (-): there is no file to write');
  } else if (opts.stdinFilename) {
    throw new UsageError('--stdin-filename is only used with - (standard input)');
  }
  return { command: 'check', ...opts };
}

/** The display language from `--locale`, else `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order). */
export function localeFrom(option: Locale | null, env: Readonly<Record<string, string | undefined>>): Locale {
  if (option) return option;
  return toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}
