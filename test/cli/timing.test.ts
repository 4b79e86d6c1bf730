// `cordial check --timing`: the ten slowest rules on standard error, with every worker's time.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { formatTiming } from '../../server/src/cli/timing';
import { allRules } from '../../server/src/core';
import { cordial } from './helpers';

const ROOT = resolve(__dirname, '../..');

describe('formatTiming', () => {
  const timing = new Map<string, number>([['(parse)', 20]]);
  for (let i = 1; i <= 12; i++) timing.set(`tone/r${String(i).padStart(2, '0')}`, i);

  test('the ten slowest rules, slowest first, with time and share of all linting', () => {
    const lines = formatTiming(timing, 'en').trimEnd().split('\n');
    assert.equal(lines[0], 'Rule     | Time (ms) | Relative');
    assert.equal(lines[1], ':--------|----------:|--------:');
    assert.equal(lines[2], 'tone/r12 |    12.000 |    12.2%');
    assert.equal(lines.length, 2 + 10 + 1);
    assert.deepEqual(
      lines.slice(2, 12).map((l) => l.split(' ')[0]),
      [
        'tone/r12',
        'tone/r11',
        'tone/r10',
        'tone/r09',
        'tone/r08',
        'tone/r07',
        'tone/r06',
        'tone/r05',
        'tone/r04',
        'tone/r03',
      ],
    );
    // 12 rules (78 ms) and parsing (20 ms): 98 ms in all.
    assert.equal(lines[12], 'Parsing: 20.000 ms (20.4%); all 12 rules: 78.000 ms.');
  });

  test('in Chinese, with the columns lined up for wide characters', () => {
    const lines = formatTiming(timing, 'zh').trimEnd().split('\n');
    assert.match(lines[0]!, /^规则 +\| 耗时（毫秒） \| +占比$/);
    assert.equal(lines[12], '解析：20.000 毫秒（20.4%）；全部 12 条规则：78.000 毫秒。');
    // Every row's separators sit at the same columns as the header's (CJK counts two).
    const bars = (l: string) => {
      const out: number[] = [];
      let col = 0;
      for (const ch of l) {
        if (ch === '|') out.push(col);
        col += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
      }
      return out;
    };
    for (const l of lines.slice(1, 12)) assert.deepEqual(bars(l), bars(lines[0]!), l);
  });

  test('no rule timed: a table without rows, and no division by zero', () => {
    assert.equal(
      formatTiming(new Map(), 'en').trimEnd().split('\n')[2],
      'Parsing: 0.000 ms (0.0%); all 0 rules: 0.000 ms.',
    );
  });
});

describe('cordial check --timing', () => {
  for (const jobs of ['1', '2'])
    test(`--jobs ${jobs}: a table of real rules on stderr, the output unchanged`, () => {
      const args = ['check', '--format', 'json', '--jobs', jobs, 'test/fixtures', 'examples'];
      const plain = cordial(args, ROOT);
      const timed = cordial([...args, '--timing'], ROOT);
      assert.equal(timed.stdout, plain.stdout);
      assert.equal(timed.status, plain.status);
      const lines = timed.stderr.trimEnd().split('\n');
      assert.match(lines[0]!, /^Rule +\| Time \(ms\) \| Relative$/);
      const rows = lines.slice(2, -1);
      assert.equal(rows.length, 10);
      const known = new Set(allRules.map((r) => r.id));
      let last = Number.POSITIVE_INFINITY;
      let share = 0;
      for (const row of rows) {
        const [id, ms, pct] = row.split('|').map((c) => c.trim());
        assert.ok(known.has(id!), id);
        assert.ok(Number(ms) <= last, 'slowest first');
        last = Number(ms);
        share += Number.parseFloat(pct!);
      }
      assert.ok(share > 0 && share <= 100.5, String(share));
      assert.match(lines.at(-1)!, /^Parsing: [\d.]+ ms \([\d.]+%\); all \d+ rules: [\d.]+ ms\.$/);
    });
});
