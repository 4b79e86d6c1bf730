import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';
import { type Finding, forLocale, type Locale, type RuleTiming } from '../core';
import { type CheckOptions, localeFrom, parseArgs, UsageError } from './args';
import { type CheckDeps, checkFile, type FileResult } from './check';
import { ConfigLoader } from './config';
import { collectTargets, displayPath, terminalSafe } from './files';
import { streamJsonReport } from './format/json';
import { streamSarif } from './format/sarif';
import { chunked } from './format/stream';
import { streamStylish } from './format/stylish';
import { checkInPool } from './pool';
import { MAX_BYTES, type ReadResult, readStream } from './read';
import { formatTiming } from './timing';
import { type ConfigUse, unusedWordResults } from './unused';
import { acquireLock, type Lock, type WriteFs } from './write';

/** Everything the command touches outside the file system, so tests can run it in-process. */
export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Width of the terminal on standard error (for the progress line). */
  columns?: number;
  stdin: AsyncIterable<Buffer | string>;
  deps?: CheckDeps;
  /** Replaceable in tests: the system calls of a write (a simulated full disk). */
  writeFs?: Partial<WriteFs>;
  /** `--jobs` when not given (the CLI: the machine's cores); 1 when absent. */
  parallelism?: number;
  /** The worker bundle for `--jobs` above 1 (dist/cli-worker.js); without it drafts are checked in-process. */
  workerScript?: string;
}

/** Progress is shown only on a terminal and only for runs longer than this many files. */
export const PROGRESS_THRESHOLD = 20;

/** Runs `cordial …` and returns the exit status: 0 clean, 1 problems, 2 usage or configuration error. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let cmd: ReturnType<typeof parseArgs>;
  try {
    cmd = parseArgs(argv);
  } catch (err) {
    return usage(io, err);
  }
  if (cmd.command === 'help') {
    io.stdout(helpText(localeFrom(null, io.env)));
    return 0;
  }
  if (cmd.command === 'version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  try {
    return await check(cmd, io);
  } catch (err) {
    return usage(io, err);
  }
}

function usage(io: Io, err: unknown): number {
  if (!(err instanceof UsageError)) throw err;
  io.stderr(`cordial: ${terminalSafe(err.message.replace(/\s*\n\s*/g, ' '))}\n`);
  return 2;
}

async function check(opts: CheckOptions, io: Io): Promise<number> {
  const locale = localeFrom(opts.locale, io.env);
  const note = (line: string) => io.stderr(`cordial: ${terminalSafe(line)}\n`);
  const targets = collectTargets(opts.paths, io.cwd, opts.stdinFilename, note);

  // Every configuration is read before any draft, so a broken one stops the run before output.
  const loader = new ConfigLoader(io.cwd, opts.config, { rules: opts.rules });
  const configs = targets.map((t) => loader.forFile(t.abs));

  let stdin: ReadResult | undefined;
  if (targets.some((t) => t.stdin)) stdin = await readStream(io.stdin);

  const progress = io.stderrIsTTY && targets.length > PROGRESS_THRESHOLD;
  const timing: RuleTiming | undefined = opts.timing ? new Map() : undefined;
  let shown = 0;
  const showProgress = (i: number) => {
    if (progress) io.stderr(progressLine(++shown, targets.length, targets[i]!.display, io.columns ?? 80));
  };
  const checkAt = (i: number): FileResult => {
    const target = targets[i]!;
    return checkFile(target, target.stdin ? stdin : undefined, {
      config: configs[i]!,
      locale,
      fix: opts.fix,
      note: (line) => {
        if (progress) io.stderr('\r\u001b[K');
        note(line);
      },
      ...(io.deps ? { deps: io.deps } : {}),
      ...(io.writeFs ? { writeFs: io.writeFs } : {}),
      reportUnused: opts.reportUnusedDisable,
      followSymlinks: opts.followSymlinks,
      ...(timing ? { timing } : {}),
    });
  };
  const results: FileResult[] = [];
  let warnings = 0;
  let writeErrors = 0;
  let unwritten = 0;
  const keep = (result: FileResult) => {
    if (result.fixFailed === 'error') writeErrors++;
    else if (result.fixFailed) unwritten++;
    warnings += result.findings.filter((f) => f.severity === 'warning').length;
    results.push(opts.quiet ? { ...result, findings: result.findings.filter(isError) } : result);
  };
  // Worker threads for files on disk; `--fix` (one write path, under the folder locks), standard
  // input and injected core functions (tests) stay on this thread.
  const jobs = Math.min(opts.jobs ?? io.parallelism ?? 1, targets.length);
  const pooled = jobs > 1 && !!io.workerScript && !opts.fix && !io.deps && !targets.some((t) => t.stdin);
  if (pooled) {
    const checked = await checkInPool({
      script: io.workerScript!,
      jobs,
      targets,
      configs,
      setup: { locale, reportUnused: opts.reportUnusedDisable, timing: !!timing },
      checkHere: checkAt,
      // An explicit --jobs N gets its workers however small the run.
      ...(opts.jobs !== null ? { minBytes: 0 } : {}),
      onDone: showProgress,
      ...(timing ? { timing } : {}),
    });
    for (const result of checked) keep(result);
  } else {
    // Two `--fix` runs over one folder queue: each folder being fixed is locked (in a fixed order).
    const locks: Lock[] = [];
    if (opts.fix) {
      const roots = [...new Set(targets.filter((t) => !t.stdin).map((t) => t.root))].sort();
      for (const root of roots)
        locks.push(
          acquireLock(root, (pid) =>
            note(
              locale === 'zh'
                ? `正在等待另一个 cordial --fix（进程 ${pid}）处理完 ${displayPath(io.cwd, root)}`
                : `waiting for another cordial --fix (process ${pid}) to finish with ${displayPath(io.cwd, root)}`,
            ),
          ),
        );
    }
    try {
      for (let i = 0; i < targets.length; i++) {
        showProgress(i);
        keep(checkAt(i));
        for (const lock of locks) lock.touch();
      }
    } finally {
      for (const lock of locks) lock.release();
    }
  }
  if (progress) io.stderr('\r\u001b[K');
  if (opts.reportUnusedDisable) {
    // Allowed words are judged over the whole run, so they are reported last, on their config file.
    const uses = new Map<string, ConfigUse>();
    targets.forEach((t, i) => {
      const file = loader.fileFor(t.abs);
      const loaded = file ? loader.loaded(file) : null;
      if (!file || !loaded) return;
      let use = uses.get(file);
      if (!use) {
        use = { file, ...loaded, resolved: loader.forConfigFile(file), results: [] };
        uses.set(file, use);
      }
      use.results.push(results[i]!);
    });
    for (const r of unusedWordResults([...uses.values()], io.cwd, locale)) {
      warnings += r.findings.filter((f) => f.severity === 'warning').length;
      results.push(opts.quiet ? { ...r, findings: r.findings.filter(isError) } : r);
    }
  }

  const errors = results.reduce((n, r) => n + r.findings.filter(isError).length, 0);
  // Written in chunks as they are made: the report of a huge draft never is one string.
  const report =
    opts.format === 'json'
      ? streamJsonReport(results)
      : opts.format === 'sarif'
        ? streamSarif(results, { version, locale, cwdUri: dirUri(io.cwd) })
        : streamStylish(results, { color: io.stdoutIsTTY && !io.env.NO_COLOR, locale, fixed: opts.fix });
  for (const chunk of chunked(report)) io.stdout(chunk);
  if (timing) io.stderr(formatTiming(timing, locale));
  if (opts.maxWarnings !== null && warnings > opts.maxWarnings)
    io.stderr(tooManyWarnings(warnings, opts.maxWarnings, locale));
  // Fixes that could not be written: a failed write is exit 2, a refused one (a link, a read-only
  // file, a draft edited meanwhile) at least 1, so a script never takes them for done.
  if (writeErrors > 0) return 2;
  if (errors > 0 || unwritten > 0) return 1;
  if (opts.maxWarnings !== null && warnings > opts.maxWarnings) return 1;
  return 0;
}

const isError = (f: Finding) => f.severity === 'error';

function tooManyWarnings(found: number, max: number, locale: Locale): string {
  return locale !== 'en'
    ? forLocale(`Cordial 发现了 ${found} 个警告，超过了 --max-warnings ${max} 的上限。\n`, locale)
    : `Cordial found too many warnings (maximum: ${max}).\n`;
}

function progressLine(n: number, total: number, path: string, columns: number): string {
  const head = `cordial: ${n}/${total} `;
  const room = Math.max(10, columns - head.length - 1);
  const safe = terminalSafe(path);
  const shown = safe.length > room ? `…${safe.slice(safe.length - room + 1)}` : safe;
  return `\r\u001b[K${head}${shown}`;
}

function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function helpText(locale: Locale): string {
  const mb = MAX_BYTES / (1024 * 1024);
  if (locale !== 'en')
    return forLocale(
      `用法：cordial check [选项] [路径…]

检查聊天草稿（.msg）和邮件草稿（.eml）。路径可以是文件、文件夹（递归查找 .msg 和 .eml，
跳过 node_modules 和以点开头的文件夹），或用 - 表示标准输入（需配合 --stdin-filename）。
不给路径时检查当前文件夹。

选项：
  -f, --format stylish|json|sarif   输出格式（默认 stylish）
      --fix                         就地应用所有安全的修复，报告剩余问题
  -c, --config FILE                 使用此 .cordialrc.json（否则使用每个文件上方最近的一个）
      --rule ID=SEVERITY            覆盖某条规则的级别（off|hint|info|warning|error），可重复
      --max-warnings N              警告超过 N 个时以状态 1 退出
  -q, --quiet                       只报告错误
      --locale en|zh|zh-tw          消息语言（默认取 LC_ALL / LC_MESSAGES / LANG）
      --stdin-filename NAME         标准输入的文件名（由扩展名决定草稿类型）
      --report-unused-disable       报告不再屏蔽任何问题的关闭设置（草稿的 disable 和 allowedWords）
      --follow-symlinks             配合 --fix：通过符号链接写入（链接目标须在所修复的文件夹内）
  -j, --jobs N                      用 N 个线程检查（默认为 CPU 核数；1 表示只用主线程）
      --timing                      运行结束后在标准错误输出耗时最多的十条规则
  -h, --help                        显示本帮助
  -v, --version                     显示版本

退出状态：0 没有错误（且警告数在 --max-warnings 以内），1 有问题（或有修复未能写入），
2 用法或配置错误，或写入修复失败（原文件保持不变）。
--fix 先写入同一文件夹中的临时文件，确认草稿未被改动后再替换；同一文件夹上的两次 --fix 依次进行。
超过 ${mb} MB 的文件只检查开头 ${mb} MB。
`,
      locale,
    );
  return `Usage: cordial check [options] [paths…]

Checks chat drafts (.msg) and e-mail drafts (.eml). A path is a file, a folder (searched
recursively for .msg and .eml, skipping node_modules and dot-folders), or - for standard input
(with --stdin-filename). Without paths, the current folder is checked.

Options:
  -f, --format stylish|json|sarif   output format (default: stylish)
      --fix                         apply every safe fix in place; report what remains
  -c, --config FILE                 use this .cordialrc.json (else the nearest above each file)
      --rule ID=SEVERITY            override one rule (off|hint|info|warning|error); repeatable
      --max-warnings N              exit with status 1 when there are more than N warnings
  -q, --quiet                       report errors only
      --locale en|zh|zh-tw          language of messages (default: from LC_ALL, LC_MESSAGES, LANG)
      --stdin-filename NAME         file name for standard input (its extension gives the kind)
      --report-unused-disable       report suppressions that hide nothing (a draft's disable
                                    entries, allowedWords)
      --follow-symlinks             with --fix: write through symbolic links (whose targets
                                    are inside the folder being fixed)
  -j, --jobs N                      check on N threads (default: the number of cores; 1: this
                                    thread only)
      --timing                      after the run, print the ten slowest rules to standard error
  -h, --help                        show this help
  -v, --version                     show the version

Exit status: 0 no error (and warnings within --max-warnings), 1 problems (or fixes not
written), 2 usage or configuration error, or a failed write (the file is left unchanged).
--fix writes to a temporary file in the draft's folder and replaces the draft only if it is
unchanged since it was read; two --fix runs over one folder wait for each other. Files larger than ${mb} MB are checked up to their first ${mb} MB.
`;
}
