import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDuration, parseSize } from '../../../server/src/core/text/media';

describe('a capital M is a size, not minutes', () => {
  test('durations', () => {
    const cases: [string, number | null][] = [
      ['2.0M', null],
      ['视频 2.5M', null],
      ['2.0M 3min', 180],
      ['3m', 180],
      ['3 Min', 180],
      ['3 MINUTES', 180],
      ['3分钟 2.0M', 180],
      ['2min 1.8MB', 120],
    ];
    for (const [t, want] of cases) assert.equal(parseDuration(t), want, t);
  });
  test('sizes are unchanged', () => {
    assert.equal(parseSize('2.0M 3min'), 2);
    assert.equal(parseSize('2min 1.8MB'), 1.8);
  });
});
