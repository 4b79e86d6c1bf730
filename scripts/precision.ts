/**
 * `npm run precision`: how right Cordial is on real correspondence.
 *
 * Lints the checked-in real sample (test/fixtures/real/) and, when present, the larger local
 * corpus that scripts/real-corpus.mjs rebuilds (CORDIAL_REAL_CORPUS, default
 * /var/tmp/cordial-real), then prints per rule:
 *   - findings by severity, and warnings + errors per 100 drafts;
 *   - the precision judged by a reader, from test/precision/judged.json;
 *   - a seeded random sample of the rule's findings, each with the line before and after;
 *   - the findings nobody has judged yet, so they can be judged.
 *
 * A judgement is keyed by a stable hash of the draft's path (relative to its corpus root), the
 * rule, the finding's text and which occurrence of that text it is in the draft, so it carries
 * over when other rules or other parts of the draft change.
 *
 * Options:
 *   --seed N          seed of the random sample (default 1)
 *   --sample N        findings shown per rule (default 3; 0 hides the samples)
 *   --unjudged N      unjudged findings listed (default 30; `all` for every one)
 *   --corpus DIR      the larger corpus (default $CORDIAL_REAL_CORPUS or /var/tmp/cordial-real)
 *   --only sample|corpus   read one of the two
 *   --write-unjudged FILE  write the unjudged findings as a judgements file to fill in (verdict `?`)
 *   --merge FILE      add the judged entries of such a file (verdict right, wrong or debatable) to judged.json
 *   --json FILE       write the per-rule figures as JSON
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rng } from '../bench/corpus';
import { type DraftKind, type Finding, kindOf, lint } from '../server/src/core';

const ROOT = process.cwd();
const SAMPLE_DIR = join(ROOT, 'test/fixtures/real');
const JUDGED_FILE = join(ROOT, 'test/precision/judged.json');

type Verdict = 'right' | 'wrong' | 'debatable';
const VERDICTS: readonly string[] = ['right', 'wrong', 'debatable'];
interface Judgement {
  verdict: Verdict;
  rule: string;
  file: string;
  text: string;
  note?: string;
}

interface Hit {
  key: string;
  corpus: string;
  file: string;
  rule: string;
  severity: Finding['severity'];
  text: string;
  message: string;
  line: number;
  before: string;
  at: string;
  after: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (kindOf(name)) out.push(p);
  }
  return out;
}

export function judgementKey(file: string, rule: string, text: string, occurrence: number): string {
  return createHash('sha256')
    .update(`${file.replaceAll('\\', '/')}\0${rule}\0${text}\0${occurrence}`)
    .digest('hex')
    .slice(0, 16);
}

function clip(s: string, n = 100): string {
  const one = s.replace(/\t/g, ' ').replace(/\s+$/, '');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** The nearest non-blank line before (-1) or after (1) line `i`, within three lines: the context a reader sees. */
function nearest(lines: readonly string[], i: number, dir: -1 | 1): string {
  for (let k = i + dir, n = 0; k >= 0 && k < lines.length && n < 3; k += dir, n++)
    if (lines[k]!.trim()) return lines[k]!;
  return '';
}

function lintCorpus(name: string, root: string): { drafts: number; hits: Hit[] } {
  const files = walk(root);
  const hits: Hit[] = [];
  for (const path of files) {
    const kind = kindOf(path) as DraftKind;
    const bytes = new Uint8Array(readFileSync(path));
    const source = Buffer.from(bytes).toString('utf8');
    let findings: Finding[];
    try {
      findings = lint({ kind, bytes }, { locale: 'en' }).findings;
    } catch (e) {
      console.error(`! ${relative(ROOT, path)}: ${(e as Error).message}`);
      continue;
    }
    const lines = source.split(/\r\n|\r|\n/);
    const lineStarts: number[] = [];
    for (let i = 0, off = 0; i < lines.length; i++) {
      lineStarts.push(off);
      off += lines[i]!.length + 1;
    }
    const rel = relative(root, path).replaceAll('\\', '/');
    const seen = new Map<string, number>();
    for (const f of findings) {
      // Offsets are in the decoded source text for plain files; clamp for encoded ones.
      const text = source.slice(f.start, Math.min(f.end, f.start + 80));
      const base = `${f.ruleId}\0${text}`;
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= f.start) line++;
      hits.push({
        key: judgementKey(rel, f.ruleId, text, occurrence),
        corpus: name,
        file: rel,
        rule: f.ruleId,
        severity: f.severity,
        text,
        message: f.message,
        line: line + 1,
        before: nearest(lines, line, -1),
        at: lines[line] ?? '',
        after: nearest(lines, line, 1),
      });
    }
  }
  return { drafts: files.length, hits };
}

interface RuleFigures {
  rule: string;
  findings: number;
  error: number;
  warning: number;
  info: number;
  hint: number;
  warnPer100: number;
  right: number;
  wrong: number;
  debatable: number;
  unjudged: number;
  /** right / judged (debatable counted wrong), or null with nothing judged. */
  precision: number | null;
  /** right + debatable / 2 over judged. */
  precisionHalf: number | null;
}

function figures(drafts: number, hits: Hit[], judged: Record<string, Judgement>): RuleFigures[] {
  const byRule = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = byRule.get(h.rule);
    if (list) list.push(h);
    else byRule.set(h.rule, [h]);
  }
  const out: RuleFigures[] = [];
  for (const [rule, list] of byRule) {
    const f: RuleFigures = {
      rule,
      findings: list.length,
      error: 0,
      warning: 0,
      info: 0,
      hint: 0,
      warnPer100: 0,
      right: 0,
      wrong: 0,
      debatable: 0,
      unjudged: 0,
      precision: null,
      precisionHalf: null,
    };
    for (const h of list) {
      f[h.severity]++;
      const j = judged[h.key];
      if (j) f[j.verdict]++;
      else f.unjudged++;
    }
    f.warnPer100 = drafts ? ((f.error + f.warning) * 100) / drafts : 0;
    const n = f.right + f.wrong + f.debatable;
    if (n) {
      f.precision = f.right / n;
      f.precisionHalf = (f.right + f.debatable / 2) / n;
    }
    out.push(f);
  }
  return out.sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule));
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

function printTable(name: string, drafts: number, rows: RuleFigures[]): void {
  const total = rows.reduce((s, r) => s + r.error + r.warning, 0);
  const wrong = rows.reduce((s, r) => {
    const n = r.right + r.wrong + r.debatable;
    return s + (n ? ((r.error + r.warning) * r.wrong) / n : 0);
  }, 0);
  console.log(`\n## ${name}: ${drafts} drafts`);
  console.log(
    `warnings + errors: ${total} (${drafts ? ((total * 100) / drafts).toFixed(1) : '0'} per 100 drafts); ` +
      `judged wrong, extrapolated per rule: ${wrong.toFixed(1)} (${drafts ? ((wrong * 100) / drafts).toFixed(1) : '0'} per 100 drafts)\n`,
  );
  console.log(
    '| rule | findings | error | warning | info | W+E per 100 | right | wrong | debatable | unjudged | precision | debatable as half |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| \`${r.rule}\` | ${r.findings} | ${r.error} | ${r.warning} | ${r.info + r.hint} | ${r.warnPer100.toFixed(1)} | ${r.right} | ${r.wrong} | ${r.debatable} | ${r.unjudged} | ${pct(r.precision)} | ${pct(r.precisionHalf)} |`,
    );
}

function printHit(h: Hit, judged: Record<string, Judgement>): void {
  const j = judged[h.key];
  console.log(
    `- [${h.key}] ${h.corpus}/${h.file}:${h.line} ${h.severity} “${clip(h.text, 60)}”${j ? ` → ${j.verdict}` : ''}`,
  );
  console.log(`    ${clip(h.message, 140)}`);
  if (h.before.trim()) console.log(`    | ${clip(h.before)}`);
  console.log(`    > ${clip(h.at)}`);
  if (h.after.trim()) console.log(`    | ${clip(h.after)}`);
}

function main(): void {
  const seed = Number(arg('seed') ?? 1);
  const sampleN = Number(arg('sample') ?? 3);
  const unjudgedArg = arg('unjudged') ?? '30';
  const unjudgedN = unjudgedArg === 'all' ? Number.POSITIVE_INFINITY : Number(unjudgedArg);
  const only = arg('only');
  const corpusDir = arg('corpus') ?? process.env.CORDIAL_REAL_CORPUS ?? '/var/tmp/cordial-real';
  const judged: Record<string, Judgement> = existsSync(JUDGED_FILE)
    ? JSON.parse(readFileSync(JUDGED_FILE, 'utf8'))
    : {};
  const merge = arg('merge');
  if (merge) {
    const filled: Record<string, Judgement & { context?: string[] }> = JSON.parse(
      readFileSync(merge, 'utf8'),
    );
    let added = 0;
    for (const [key, j] of Object.entries(filled)) {
      if (!VERDICTS.includes(j.verdict)) continue;
      const { context: _context, ...entry } = j;
      judged[key] = entry;
      added++;
    }
    writeFileSync(JUDGED_FILE, `${JSON.stringify(judged, null, 1)}\n`);
    console.log(`merged ${added} judgements into ${relative(ROOT, JUDGED_FILE)}`);
  }
  for (const [key, j] of Object.entries(judged)) if (!VERDICTS.includes(j.verdict)) delete judged[key];

  const corpora: { name: string; root: string }[] = [];
  if (only !== 'corpus') corpora.push({ name: 'sample', root: SAMPLE_DIR });
  if (only !== 'sample' && existsSync(corpusDir)) corpora.push({ name: 'corpus', root: corpusDir });
  else if (only !== 'sample')
    console.log(`(no larger corpus at ${corpusDir}: build one with scripts/real-corpus.mjs)`);

  const json: Record<string, { drafts: number; rules: RuleFigures[] }> = {};
  const allUnjudged: Hit[] = [];
  for (const c of corpora) {
    const { drafts, hits } = lintCorpus(c.name, c.root);
    const rows = figures(drafts, hits, judged);
    json[c.name] = { drafts, rules: rows };
    printTable(c.name, drafts, rows);
    if (sampleN > 0) {
      console.log(`\n### ${c.name}: a random sample of each rule's findings (seed ${seed})`);
      const random = rng(seed);
      for (const r of rows) {
        const list = hits.filter((h) => h.rule === r.rule);
        for (let i = list.length - 1; i > 0; i--) {
          const k = Math.floor(random() * (i + 1));
          [list[i], list[k]] = [list[k]!, list[i]!];
        }
        console.log(`\n#### ${r.rule}`);
        for (const h of list.slice(0, sampleN)) printHit(h, judged);
      }
    }
    allUnjudged.push(...hits.filter((h) => !judged[h.key]));
  }

  console.log(`\n## Unjudged findings: ${allUnjudged.length}`);
  for (const h of allUnjudged.slice(0, unjudgedN)) printHit(h, judged);
  if (allUnjudged.length > unjudgedN)
    console.log(`… and ${allUnjudged.length - unjudgedN} more (--unjudged all)`);

  const out = arg('write-unjudged');
  if (out) {
    const template: Record<string, Omit<Judgement, 'verdict'> & { verdict: string; context: string[] }> = {};
    for (const h of allUnjudged)
      template[h.key] = {
        verdict: '?',
        rule: h.rule,
        file: `${h.corpus}/${h.file}`,
        text: h.text,
        context: [h.before, h.at, h.after].map((l) => clip(l, 160)),
      };
    writeFileSync(out, `${JSON.stringify(template, null, 2)}\n`);
    console.log(`wrote ${Object.keys(template).length} unjudged findings to ${out}`);
  }
  const jsonOut = arg('json');
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(json, null, 2)}\n`);
}

main();
