/**
 * `cordial check --jobs N` (server/src/cli/pool.ts): drafts checked on worker threads give the
 * same output as `--jobs 1`, in the same order, and a worker that fails loses nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { writeCorpus } from '../../bench/corpus';
import { checkFile, type FileResult } from '../../server/src/cli/check';
import { ConfigLoader } from '../../server/src/cli/config';
import { collectTargets } from '../../server/src/cli/files';
import { formatJson, type JsonFile } from '../../server/src/cli/format/json';
import { bySizeDescending, checkInPool } from '../../server/src/cli/pool';
import type { Locale, RuleTiming } from '../../server/src/core';
import { cordial, tempTree } from './helpers';

const ROOT = resolve(__dirname, '../..');
const WORKER = join(ROOT, 'dist/cli-worker.js');

function setUp(paths: string[], cwd = ROOT) {
  const targets = collectTargets(paths, cwd, null, () => {});
  const loader = new ConfigLoader(cwd, null, { rules: {} });
  const configs = targets.map((t) => loader.forFile(t.abs));
  const here =
    (timing?: RuleTiming, locale: Locale = 'en') =>
    (i: number) =>
      checkFile(targets[i]!, undefined, {
        config: configs[i]!,
        locale,
        fix: false,
        note: () => {},
        reportUnused: true,
        ...(timing ? { timing } : {}),
      });
  return { targets, configs, here };
}

/** What the output shows of a result, plus what `--report-unused-disable` learnt from it. */
const shown = (results: FileResult[]) =>
  results.map((r, i) => ({
    ...(JSON.parse(formatJson([r])) as JsonFile[])[0]!,
    // Everything the other formats and the hover-like fields carry, explanations included.
    findings: r.findings,
    text: r.lines.text,
    fixed: r.fixed,
    hidden: [...(r.usage?.draftHidden ?? [])].sort(),
    allowed: [...(r.usage?.allowedHits ?? [])].sort(),
    index: i,
  }));

describe('checkInPool', () => {
  const { targets, configs, here } = setUp(['test/fixtures', 'examples']);

  test('results from the workers alone equal the in-process ones, in target order, with their timing', async () => {
    assert.ok(targets.length > 20);
    const expected = targets.map((_, i) => here()(i));
    const timing: RuleTiming = new Map();
    const fallback: number[] = [];
    const got = await checkInPool({
      script: WORKER,
      jobs: 2,
      targets,
      configs,
      setup: { locale: 'en', reportUnused: true, timing: true },
      checkHere: (i) => {
        fallback.push(i);
        return here()(i);
      },
      here: false,
      minBytes: 0,
      timing,
    });
    assert.deepEqual(fallback, [], 'every draft was checked by a worker');
    assert.deepEqual(shown(got), shown(expected));
    assert.ok(
      expected.some((r) => r.findings.length > 0),
      'the fixtures have findings to compare',
    );
    assert.ok((timing.get('(parse)') ?? 0) > 0, 'the workers sent their parse time');
    assert.ok(
      [...timing.keys()].some((k) => k.includes('/')),
      'the workers sent per-rule times',
    );
  });

  test('a worker that cannot start leaves every draft to this thread, and nothing is lost', async () => {
    const dir = tempTree({ 'broken-worker.js': "throw new Error('no worker today');\n" });
    const done: number[] = [];
    const got = await checkInPool({
      script: join(dir, 'broken-worker.js'),
      jobs: 3,
      targets,
      configs,
      setup: { locale: 'en', reportUnused: true, timing: false },
      checkHere: here(),
      here: false,
      minBytes: 0,
      onDone: (i) => done.push(i),
    });
    assert.deepEqual(shown(got), shown(targets.map((_, i) => here()(i))));
    assert.deepEqual(
      [...done].sort((a, b) => a - b),
      targets.map((_, i) => i),
    );
  });

  test('this thread and the workers together, in Chinese: same results whatever the share', async () => {
    const got = await checkInPool({
      script: WORKER,
      jobs: 2,
      targets,
      configs,
      setup: { locale: 'zh', reportUnused: true, timing: false },
      checkHere: here(undefined, 'zh'),
      minBytes: 0,
    });
    assert.deepEqual(shown(got), shown(targets.map((_, i) => here(undefined, 'zh')(i))));
  });

  test('workers alone, in Chinese: explanations come back in the display language', async () => {
    const got = await checkInPool({
      script: WORKER,
      jobs: 2,
      targets,
      configs,
      setup: { locale: 'zh', reportUnused: true, timing: false },
      checkHere: () => assert.fail('a worker should have checked it'),
      here: false,
      minBytes: 0,
    });
    assert.deepEqual(shown(got), shown(targets.map((_, i) => here(undefined, 'zh')(i))));
    assert.ok(got.some((r) => r.findings.some((f) => /[\u4e00-\u9fff]/.test(f.explanation))));
  });

  test('work is handed out largest file first, ties in target order', () => {
    const dir = tempTree({ 'a.msg': 'x', 'b.msg': 'xxx', 'c.msg': 'xx', 'd.msg': 'xxx' });
    const t = collectTargets([dir], dir, null, () => {});
    const { order, bytes } = bySizeDescending(t);
    assert.deepEqual(
      order.map((i) => t[i]!.display),
      ['b.msg', 'd.msg', 'c.msg', 'a.msg'],
    );
    assert.equal(bytes, 9);
  });
});

describe('cordial check --jobs', () => {
  test('--jobs 2 prints exactly what --jobs 1 prints over test/fixtures and examples (json, stylish)', () => {
    for (const format of ['json', 'stylish']) {
      const one = cordial(['check', '--format', format, '--jobs', '1', 'test/fixtures', 'examples'], ROOT);
      const two = cordial(['check', '--format', format, '--jobs', '2', 'test/fixtures', 'examples'], ROOT);
      assert.ok(one.stdout.length > 1000, one.stderr);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.status, one.status);
      assert.equal(two.stderr, one.stderr);
    }
  });

  test('a generated corpus with e-mail attachments: --jobs 3 and the default equal --jobs 1', () => {
    // No .cordialrc.json: every rule at its default.
    const dir = tempTree({ '.cordialrc.json': null });
    writeCorpus(dir, 60, 31, 2);
    const one = cordial(['check', '--format', 'json', '--jobs', '1', '.'], dir);
    const three = cordial(['check', '--format', 'json', '--jobs', '3', '.'], dir);
    const auto = cordial(['check', '--format', 'json', '.'], dir);
    assert.equal(JSON.parse(one.stdout).length, 60);
    assert.equal(three.stdout, one.stdout);
    assert.equal(auto.stdout, one.stdout);
    assert.equal(three.status, one.status);
  });

  test('--jobs needs a positive integer', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = cordial(['check', '--jobs', bad, 'examples'], ROOT);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs expects a positive integer/);
    }
    assert.equal(cordial(['check', '-j', '2', '--format', 'json', 'examples'], ROOT).status, 1);
    assert.match(cordial(['--help'], ROOT).stdout, /--jobs N/);
  });

  test('--fix with --jobs 2 writes the same fixes as --jobs 1 (it runs in the main thread)', () => {
    const text = '在吗\n\n亲，我们家的纸箱是全网最低价！！！\n';
    const a = tempTree({ '.cordialrc.json': null, 'x.msg': text, 'y.msg': text });
    const b = tempTree({ '.cordialrc.json': null, 'x.msg': text, 'y.msg': text });
    const ra = cordial(['check', '--fix', '--format', 'json', '--jobs', '1', '.'], a);
    const rb = cordial(['check', '--fix', '--format', 'json', '--jobs', '2', '.'], b);
    assert.equal(rb.stdout, ra.stdout);
    assert.equal(rb.status, ra.status);
    assert.equal(readFileSync(join(b, 'x.msg'), 'utf8'), readFileSync(join(a, 'x.msg'), 'utf8'));
    assert.notEqual(readFileSync(join(a, 'x.msg'), 'utf8'), text, 'the draft had something to fix');
  });
});
