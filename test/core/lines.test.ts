import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dominantEol, LineIndex } from '../../server/src/core/lines';

test('positions count UTF-16 code units: an emoji is two characters', () => {
  const text = 'a😀b\n中文😀x';
  const idx = new LineIndex(text);
  assert.deepEqual(idx.positionAt(text.indexOf('b')), { line: 0, character: 3 });
  assert.deepEqual(idx.positionAt(text.indexOf('x')), { line: 1, character: 4 });
  assert.equal(idx.offsetAt({ line: 1, character: 4 }), text.indexOf('x'));
});

test('lines break at LF, CRLF and lone CR', () => {
  const text = 'one\r\ntwo\rthree\nfour';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(idx.positionAt(text.indexOf('two')), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(text.indexOf('three')), { line: 2, character: 0 });
  assert.deepEqual(idx.positionAt(text.indexOf('four')), { line: 3, character: 0 });
  assert.equal(idx.lineContentEnd(0), 3);
  assert.equal(idx.lineContentEnd(1), text.indexOf('\r', 5));
});

test('offsetAt clamps to the line content, never into the line break', () => {
  const idx = new LineIndex('ab\r\ncd');
  assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(idx.offsetAt({ line: 9, character: 0 }), 6);
  assert.deepEqual(idx.positionAt(99), { line: 1, character: 2 });
});

test('dominantEol picks the most common break', () => {
  assert.equal(dominantEol('a\r\nb\r\nc\n'), '\r\n');
  assert.equal(dominantEol('a\nb'), '\n');
  assert.equal(dominantEol('a\rb\rc'), '\r');
  assert.equal(dominantEol('abc'), '\n');
});
