import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type Enumeration,
  findEnumerations,
  findInlineEnumerations,
  formatMarker,
  matchMarkerAt,
} from '../../../server/src/core/analysis/enumerations';

/** Top-level lists as `[style of each item, value]` rows, for compact assertions. */
function shape(text: string): string[][] {
  return findEnumerations(text)
    .filter((e) => e.depth === 0)
    .map((e) => e.items.map((i) => `${i.marker.text}=${i.marker.value ?? '-'}`));
}

function only(text: string): Enumeration {
  const top = findEnumerations(text).filter((e) => e.depth === 0);
  assert.equal(top.length, 1, `one top-level list in ${JSON.stringify(text)}, got ${top.length}`);
  return top[0]!;
}

test('every line marker style is recognised, with its value and style', () => {
  const table: [string, string, string, number | null, string][] = [
    ['1. a', '1.', 'number', 1, '1.'],
    ['3．a', '3．', 'number', 3, '1．'],
    ['2) a', '2)', 'number', 2, '1)'],
    ['2）a', '2）', 'number', 2, '1）'],
    ['4、a', '4、', 'number', 4, '1、'],
    ['(2) a', '(2)', 'paren-number', 2, '(1)'],
    ['（2）a', '（2）', 'paren-number', 2, '（1）'],
    ['３. a', '３.', 'number', 3, '1.'],
    ['③ a', '③', 'circled', 3, '①'],
    ['⑵ a', '⑵', 'circled', 2, '⑴'],
    ['2️⃣ a', '2️⃣', 'keycap', 2, '1️⃣'],
    ['三、a', '三、', 'han', 3, '一、'],
    ['（二）a', '（二）', 'paren-han', 2, '（一）'],
    ['第二，a', '第二，', 'ordinal', 2, '第一，'],
    ['第三条：a', '第三条：', 'ordinal', 3, '第一条：'],
    ['二是a', '二是', 'shi', 2, '一是'],
    ['b) a', 'b)', 'letter', 2, 'a)'],
    ['(c) a', '(c)', 'letter', 3, '(a)'],
    ['首先，a', '首先，', 'sequence-zh', 1, '首先'],
    ['其次是价格', '其次', 'sequence-zh', 2, '首先'],
    ['最后：a', '最后：', 'sequence-zh', null, '首先'],
    ['First, a', 'First,', 'sequence-en', 1, 'First,'],
    ['Secondly, a', 'Secondly,', 'sequence-en', 2, 'First,'],
    ['Finally, a', 'Finally,', 'sequence-en', null, 'First,'],
    ['- a', '-', 'bullet', null, '-'],
    ['* a', '*', 'bullet', null, '*'],
    ['• a', '•', 'bullet', null, '•'],
    ['·价格', '·', 'bullet', null, '·'],
  ];
  for (const [line, text, kind, value, style] of table) {
    const m = matchMarkerAt(line, 0);
    assert.ok(m, `marker in ${line}`);
    assert.equal(m.text, text, line);
    assert.equal(m.kind, kind, line);
    assert.equal(m.value, value, line);
    assert.equal(m.style, style, line);
  }
});

test('ordinary line starts are not markers', () => {
  for (const line of [
    '1.5 tons is enough',
    '2024年的订单',
    '10:30 开会',
    '-5% 的折扣',
    '--',
    '第一次合作',
    '再次感谢您',
    '最后祝您生意兴隆',
    'First we need to talk',
    'a lot of work',
    '一是一，二是二',
    '首先.',
    'Next, the price',
  ]) {
    const m = matchMarkerAt(line, 0);
    // 一是 at a line start is a marker by itself; the run check happens at the list level.
    if (line.startsWith('一是')) continue;
    assert.equal(m, null, `${line} → ${m?.text}`);
  }
});

test('a list of lines, and the text around it', () => {
  const text = '有三点：\n1. 价格\n2. 交期\n3. 样品\n期待回复';
  const e = only(text);
  assert.equal(e.items.length, 3);
  assert.equal(e.inline, false);
  assert.equal(e.multiBlock, false);
  assert.equal(text.slice(e.items[2]!.start, e.items[2]!.end), '3. 样品');
  assert.equal(e.end, text.indexOf('\n期待'));
});

test('lists across messages: one item per paragraph', () => {
  const e = only('我说三点：\n\n1. 价格\n\n2. 交期\n\n3. 样品');
  assert.equal(e.items.length, 3);
  assert.equal(e.multiBlock, true);
  assert.deepEqual(
    e.items.map((i) => i.block),
    [1, 2, 3],
  );
});

test('continuation lines and nested lists are not new items', () => {
  const text = '1. 价格\n   含税\n   - 现货\n   - 期货\n2. 交期\n比现在短\n3. 样品';
  const all = findEnumerations(text);
  const top = all.filter((e) => e.depth === 0);
  assert.equal(top.length, 1);
  assert.equal(top[0]!.items.length, 3);
  const nested = all.filter((e) => e.depth === 1);
  assert.equal(nested.length, 1);
  assert.equal(nested[0]!.items.length, 2);
  assert.equal(nested[0]!.parent, top[0]!.items[0]);
  // The unindented line between items 2 and 3 belongs to item 2.
  assert.equal(text.slice(top[0]!.items[1]!.start, top[0]!.items[1]!.end), '2. 交期\n比现在短');
});

test('bullets under a numbered item at the same indentation are nested', () => {
  const all = findEnumerations('1. 价格\n- 含税\n- 现货\n2. 交期');
  const top = all.filter((e) => e.depth === 0);
  assert.equal(top.length, 1);
  assert.equal(top[0]!.items.length, 2);
  assert.equal(all.find((e) => e.depth === 1)!.items.length, 2);
});

test('a restart at 1 after plain text starts a new list; a continued count goes on', () => {
  assert.deepEqual(shape('价格：\n1. a\n2. b\n交期：\n1. c\n2. d'), [
    ['1.=1', '2.=2'],
    ['1.=1', '2.=2'],
  ]);
  assert.deepEqual(shape('1. a\n说明\n2. b'), [['1.=1', '2.=2']]);
});

test('a change of numbering style in the middle stays one list (for structure/numbering)', () => {
  assert.deepEqual(shape('1. a\n2) b\n三、c'), [['1.=1', '2)=2', '三、=3']]);
  assert.deepEqual(shape('1. a\n1. b\n2. c'), [['1.=1', '1.=1', '2.=2']]);
  assert.deepEqual(shape('1. a\n2. b\n4. c'), [['1.=1', '2.=2', '4.=4']]);
});

test('sequence words need two items', () => {
  assert.deepEqual(shape('首先感谢您的信任。'), []);
  assert.deepEqual(shape('首先，价格\n其次，交期\n最后，样品'), [['首先，=1', '其次，=2', '最后，=-']]);
  assert.deepEqual(shape('First, price.\nSecond, timing.\nFinally, samples.'), [
    ['First,=1', 'Second,=2', 'Finally,=-'],
  ]);
});

test('quoted text holds no list and breaks one', () => {
  assert.deepEqual(findEnumerations('> 1. a\n> 2. b', { exclude: [{ start: 0, end: 13 }] }), []);
});

test('inline runs: 一是…二是…, 1) … 2) …, ①②③, 第一，…第二，…, First, … Second, …', () => {
  const table: [string, number][] = [
    ['我们的优势有三点：一是价格低，二是交期短，三是样品免费。', 3],
    ['有两点：1) 价格 2) 交期', 2],
    ['有三点：①价格②交期③样品', 3],
    ['有两点：（1）价格；（2）交期。', 2],
    ['有两点：第一，价格；第二，交期。', 2],
    ['首先，价格低；其次，交期短；最后，样品免费。', 3],
    ['Two things: first, price; second, timing.', 2],
    ['有两点：1、价格；2、交期', 2],
  ];
  for (const [text, n] of table) {
    const runs = findInlineEnumerations(text, 0, text.length);
    assert.equal(runs.length, 1, text);
    assert.equal(runs[0]!.items.length, n, text);
    assert.equal(runs[0]!.inline, true);
  }
  const text = '一是价格低，二是交期短。我们很期待。';
  const run = findInlineEnumerations(text, 0, text.length)[0]!;
  assert.equal(text.slice(run.items[1]!.start, run.items[1]!.end), '二是交期短');
  assert.equal(text.slice(run.items[0]!.start, run.items[0]!.end), '一是价格低');
});

test('inline runs must start at 1 and count up', () => {
  for (const text of [
    '统一是我们的目标',
    '见注2) 和注3)',
    '②③',
    '这件事一是一',
    'I first, like, thought so.',
  ])
    assert.deepEqual(findInlineEnumerations(text, 0, text.length), [], text);
});

test('a line of circled items is one inline list, not a one-item line list', () => {
  const all = findEnumerations('①价格 ②交期 ③样品');
  assert.equal(all.length, 1);
  assert.equal(all[0]!.inline, true);
  assert.equal(all[0]!.items.length, 3);
});

test('formatMarker continues a style', () => {
  const m = (s: string) => matchMarkerAt(s, 0)!;
  assert.equal(formatMarker(m('2. a'), 3), '3.');
  assert.equal(formatMarker(m('2) a'), 3), '3)');
  assert.equal(formatMarker(m('（2）a'), 3), '（3）');
  assert.equal(formatMarker(m('② a'), 3), '③');
  assert.equal(formatMarker(m('2️⃣ a'), 3), '3️⃣');
  assert.equal(formatMarker(m('二、a'), 3), '三、');
  assert.equal(formatMarker(m('（二）a'), 3), '（三）');
  assert.equal(formatMarker(m('第二，a'), 3), '第三，');
  assert.equal(formatMarker(m('二是a'), 3), '三是');
  assert.equal(formatMarker(m('b) a'), 3), 'c)');
  assert.equal(formatMarker(m('２. a'), 3), '３.');
  assert.equal(formatMarker(m('其次，a'), 3), '再次，');
  assert.equal(formatMarker(m('Second, a'), 3), 'Third,');
  assert.equal(formatMarker(m('Secondly, a'), 3), 'Thirdly,');
  assert.equal(formatMarker(m('- a'), 3), '-');
  assert.equal(formatMarker(m('Finally, a'), 3), null);
  assert.equal(formatMarker(m('最后，a'), 3), null);
});
