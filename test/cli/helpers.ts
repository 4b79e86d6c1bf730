// Shared by the CLI tests: temporary folders of drafts, and running the built `dist/cli.js`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';
import { type Io, run } from '../../server/src/cli/run';
import { allRules } from '../../server/src/core';

export const CLI = resolve(__dirname, '../../dist/cli.js');

/**
 * The text of a `.cordialrc.json` that switches off every rule outside `format/*` (so these tests
 * see only the reading problems they cause, whatever writing rules exist), plus `rules`.
 */
export function rc(rules: Record<string, string> = {}, extra: Record<string, unknown> = {}): string {
  const off = Object.fromEntries(
    allRules.filter((r) => !r.id.startsWith('format/')).map((r) => [r.id, 'off']),
  );
  return JSON.stringify({ ...extra, rules: { ...off, ...rules } }, null, 2);
}

/**
 * Files in a fresh temporary folder, removed after the test file; `Buffer` values are written as
 * bytes. The folder gets a `.cordialrc.json` from `rc()` unless `files` names one (or `null`).
 */
export function tempTree(files: Record<string, string | Buffer | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'cordial-cli-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const all = { '.cordialrc.json': rc(), ...files };
  for (const [name, content] of Object.entries(all)) {
    if (content === null) continue;
    const p = join(root, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …` in `cwd` with a neutral locale and no colour settings unless given. */
export function cordial(
  args: string[],
  cwd: string,
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): CliResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(LC_ALL|LC_MESSAGES|LANG|LANGUAGE|NO_COLOR|FORCE_COLOR)$/.test(k)) continue;
    env[k] = v;
  }
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...env, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI with `--format json` and parses its output. */
export function cordialJson(
  args: string[],
  cwd: string,
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
) {
  const r = cordial([...args, '--format', 'json'], cwd, options);
  let json: JsonFile[] = [];
  try {
    json = JSON.parse(r.stdout) as JsonFile[];
  } catch {
    throw new Error(`not JSON (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return { ...r, json };
}

export interface JsonPosition {
  line: number;
  character: number;
}
export interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}
export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: { title: string; edits: { range: JsonRange; newText: string }[] }[];
}
export interface JsonFile {
  file: string;
  context: Record<string, unknown> | null;
  diagnostics: JsonDiagnostic[];
}

/** A byte that is not valid UTF-8: the core reports it as `format/encoding` (a warning by default). */
export const BAD = Buffer.from([0xff]);

/** A chat draft whose front matter is never closed: `format/front-matter` (an error by default). */
export const BROKEN_FRONT_MATTER = '---\nto: Li\n\nHello\n';

/** The signature of an OLE compound file (Outlook's binary `.msg`). */
export const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);

export const bytes = (...parts: (string | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

/** Rules found in a JSON result, per file. */
export function rulesByFile(json: JsonFile[]): Record<string, string[]> {
  return Object.fromEntries(json.map((f) => [f.file, f.diagnostics.map((d) => d.rule)]));
}

/** Runs the CLI in-process (server/src/cli/run.ts) in `cwd`, collecting what it prints. */
export async function runIn(cwd: string, argv: string[], io: Partial<Io> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    cwd,
    env: {},
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 60,
    stdin: (async function* () {})(),
    ...io,
  });
  return { status, stdout, stderr };
}
