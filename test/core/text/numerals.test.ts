import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatCircled,
  formatLike,
  formatNumeral,
  parseChineseNumeral,
  parseCircled,
  parseEnglishNumber,
  parseNumeral,
  wordCase,
} from '../../../server/src/core/text/numerals';

test('Chinese numerals: units, 两, 〇 and formal digits', () => {
  const table: [string, number][] = [
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十五', 115],
    ['两百', 200],
    ['一百五', 150],
    ['〇', 0],
    ['零', 0],
    ['二〇二五', 2025],
    ['壹', 1],
    ['贰', 2],
    ['叁', 3],
    ['拾', 10],
    ['壹拾贰', 12],
    ['叁拾', 30],
  ];
  for (const [text, value] of table) assert.equal(parseChineseNumeral(text), value, text);
});

test('Chinese numerals: ranges, malformed strings and 两 in the wrong place are not numbers', () => {
  for (const text of [
    '',
    '三四',
    '两三',
    '十几',
    '两十',
    '二十两',
    '十十',
    '百十百',
    '几',
    '第三',
    '三点',
    'abc',
  ])
    assert.equal(parseChineseNumeral(text), null, text);
});

test('English number words, any case', () => {
  assert.equal(parseEnglishNumber('one'), 1);
  assert.equal(parseEnglishNumber('Three'), 3);
  assert.equal(parseEnglishNumber('TWELVE'), 12);
  assert.equal(parseEnglishNumber('twenty'), 20);
  assert.equal(parseEnglishNumber('third'), null);
  assert.equal(parseEnglishNumber('a'), null);
});

test('parseNumeral keeps the style and the letter case', () => {
  assert.deepEqual(parseNumeral('3'), { value: 3, style: 'arabic' });
  assert.deepEqual(parseNumeral('12'), { value: 12, style: 'arabic' });
  assert.deepEqual(parseNumeral('３'), { value: 3, style: 'fullwidth' });
  assert.deepEqual(parseNumeral('１２'), { value: 12, style: 'fullwidth' });
  assert.deepEqual(parseNumeral('三'), { value: 3, style: 'han' });
  assert.deepEqual(parseNumeral('叁'), { value: 3, style: 'han-formal' });
  assert.deepEqual(parseNumeral('three'), { value: 3, style: 'word', case: 'lower' });
  assert.deepEqual(parseNumeral('Three'), { value: 3, style: 'word', case: 'title' });
  assert.deepEqual(parseNumeral('THREE'), { value: 3, style: 'word', case: 'upper' });
  for (const bad of ['3.5', '3a', 'third', '三四', '', ' 3']) assert.equal(parseNumeral(bad), null, bad);
});

test('wordCase', () => {
  assert.equal(wordCase('two'), 'lower');
  assert.equal(wordCase('Two'), 'title');
  assert.equal(wordCase('TWO'), 'upper');
});

test('Chinese formatting: 两 before a measure word, 二 elsewhere and inside larger numbers', () => {
  assert.equal(formatNumeral(2, 'han', { beforeMeasure: true }), '两');
  assert.equal(formatNumeral(2, 'han'), '二');
  assert.equal(formatNumeral(12, 'han', { beforeMeasure: true }), '十二');
  assert.equal(formatNumeral(20, 'han', { beforeMeasure: true }), '二十');
  assert.equal(formatNumeral(22, 'han', { beforeMeasure: true }), '二十二');
  assert.equal(formatNumeral(3, 'han', { beforeMeasure: true }), '三');
  assert.equal(formatNumeral(10, 'han'), '十');
  assert.equal(formatNumeral(0, 'han'), '〇');
  assert.equal(formatNumeral(105, 'han'), '一百零五');
  assert.equal(formatNumeral(115, 'han'), '一百一十五');
  assert.equal(formatNumeral(200, 'han', { beforeMeasure: true }), '两百');
  assert.equal(formatNumeral(2, 'han-formal', { beforeMeasure: true }), '贰');
  assert.equal(formatNumeral(12, 'han-formal'), '壹拾贰');
});

test('Arabic, full-width and English formatting', () => {
  assert.equal(formatNumeral(2, 'arabic'), '2');
  assert.equal(formatNumeral(12, 'fullwidth'), '１２');
  assert.equal(formatNumeral(2, 'word'), 'two');
  assert.equal(formatNumeral(2, 'word', { case: 'title' }), 'Two');
  assert.equal(formatNumeral(2, 'word', { case: 'upper' }), 'TWO');
  assert.equal(formatNumeral(21, 'word'), '21');
});

test('formatLike writes a value the way another numeral was written', () => {
  const like = (s: string) => parseNumeral(s)!;
  assert.equal(formatLike(2, like('三'), { beforeMeasure: true }), '两');
  assert.equal(formatLike(2, like('3')), '2');
  assert.equal(formatLike(2, like('３')), '２');
  assert.equal(formatLike(2, like('three')), 'two');
  assert.equal(formatLike(2, like('Three')), 'Two');
  assert.equal(formatLike(2, like('THREE')), 'TWO');
  assert.equal(formatLike(4, like('十二'), { beforeMeasure: true }), '四');
});

test('round trip: every value 0–99 in Chinese and 0–20 in words parses back', () => {
  for (let v = 0; v < 100; v++) {
    assert.equal(parseChineseNumeral(formatNumeral(v, 'han')), v, `han ${v}`);
    assert.equal(
      parseChineseNumeral(formatNumeral(v, 'han', { beforeMeasure: true })),
      v,
      `han measure ${v}`,
    );
    assert.equal(parseNumeral(formatNumeral(v, 'fullwidth'))!.value, v, `fullwidth ${v}`);
  }
  for (let v = 0; v <= 20; v++)
    assert.equal(parseEnglishNumber(formatNumeral(v, 'word', { case: 'title' })), v);
});

test('circled numbers', () => {
  assert.equal(parseCircled('①'), 1);
  assert.equal(parseCircled('⑳'), 20);
  assert.equal(parseCircled('⑴'), 1);
  assert.equal(parseCircled('❸'), 3);
  assert.equal(parseCircled('a'), null);
  assert.equal(formatCircled(3), '③');
  assert.equal(formatCircled(3, '⑴'), '⑶');
  assert.equal(formatCircled(21), null);
});
