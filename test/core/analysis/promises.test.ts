import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDraft } from '../../../server/src/core';
import {
  analyzeCounts,
  findPromises,
  isClosing,
  placeholderText,
} from '../../../server/src/core/analysis/promises';

const phrases = (text: string) => findPromises(text).map((p) => p.text);

test('Chinese promises: numeral + measure word, with or without an introducing word', () => {
  const table: [string, string, number][] = [
    ['我想说三条：', '三条', 3],
    ['有两点需要确认：', '两点', 2],
    ['以下3个方面请您注意：', '3个方面', 3],
    ['有四件事想跟您说：', '四件事', 4],
    ['我有三个问题：', '三个问题', 3],
    ['三条建议：', '三条建议', 3],
    ['分享十二个技巧：', '十二个技巧', 12],
    ['只需三步：', '三步', 3],
    ['分三部分介绍：', '三部分', 3],
    ['主要有两个原因。', '两个原因', 2],
    ['以下３项：', '３项', 3],
    ['我提两点建议，供您参考。', '两点建议', 2],
  ];
  for (const [text, phrase, value] of table) {
    const ps = findPromises(text);
    assert.equal(ps.length, 1, text);
    assert.equal(ps[0]!.text, phrase, text);
    assert.equal(ps[0]!.value, value, text);
    assert.equal(ps[0]!.lang, 'zh');
  }
});

test('English promises: number + count noun', () => {
  const table: [string, string, number][] = [
    ['I have three points:', 'three points', 3],
    ['2 things:', '2 things', 2],
    ['Please see the following four questions.', 'four questions', 4],
    ['Here are 3 reasons:', '3 reasons', 3],
    ['I have three questions.', 'three questions', 3],
    ['Three key points:', 'Three key points', 3],
    ['THREE TIPS:', 'THREE TIPS', 3],
    ['I want to share two quick updates.', 'two quick updates', 2],
    ['I will list the three points below so you can read them.', 'three points', 3],
  ];
  for (const [text, phrase, value] of table) {
    const ps = findPromises(text);
    assert.equal(ps.length, 1, text);
    assert.equal(ps[0]!.text, phrase, text);
    assert.equal(ps[0]!.value, value, text);
    assert.equal(ps[0]!.lang, 'en');
  }
});

test('not promises: durations, quantities, ordinals, times, idioms, a little, backward references', () => {
  for (const text of [
    '请给我三分钟：',
    'I need 5 minutes:',
    '两天后发货：',
    'We ordered 3 pieces:',
    '视频2.0M：',
    '我们有三条生产线：',
    'We have two containers:',
    '快一点：',
    '有一点贵：',
    '一点点心意：',
    '第三条：',
    'the third point:',
    '一条龙服务：',
    '三点水：',
    '两点一线：',
    '点到为止：',
    '您几点方便：',
    '3条装：',
    '明天下午三点：',
    '下午3点到：',
    '三点半见：',
    '这三点我都同意。',
    '以上三点请确认。',
    '前三条：',
    'These three points matter.',
    'Regarding the 3 points you raised:',
    'Your two questions:',
    'I have 2 or 3 questions:',
    '我有三四个问题：',
    '我有一个问题：',
    'I have one question:',
    '有二十五条：',
    'We shipped 3 items yesterday and they arrived.',
    '为了省三个步骤，我们改了流程：',
  ])
    assert.deepEqual(phrases(text), [], text);
});

test('strength: a colon, a leading word or a saying verb makes a promise strong', () => {
  const s = (text: string) => findPromises(text)[0]!;
  assert.equal(s('有三点：').strength, 'strong');
  assert.equal(s('有三点：').announces, true);
  assert.equal(s('我们的优势在三个方面。').strength, 'weak');
  assert.equal(s('我们的优势在三个方面。').announces, false);
  assert.equal(s('We can offer the following two options, both fine').strength, 'strong');
  assert.equal(s('We can offer the following two options, both fine').announces, false);
  assert.equal(s('I have three questions.').announces, true);
  // A bare 条 after 有 may count goods: weak.
  assert.equal(s('我们有三条。').strength, 'weak');
});

test('quoted spans hold no promise', () => {
  assert.deepEqual(findPromises('> 我有三点：', [{ start: 0, end: 7 }]), []);
});

test('isClosing', () => {
  for (const t of [
    '谢谢！',
    '期待您的回复',
    'Thanks!',
    'Thank you.',
    'Looking forward to your reply.',
    'Best regards,',
    'Best,',
    'Cheers',
  ])
    assert.ok(isClosing(t), t);
  for (const t of ['Thanks to our new line, lead time is 12 days.', 'Best price in town', '价格低', ''])
    assert.ok(!isClosing(t), t);
});

const msg = (text: string) => analyzeCounts(parseDraft({ kind: 'msg', text }));

test('binding: the list right after each promise, not beyond the next one', () => {
  const b = msg('价格方面有两点：\n1. a\n2. b\n交期方面有三点：\n1. c\n2. d');
  assert.equal(b.length, 2);
  assert.deepEqual(
    b.map((x) => [x.promise.text, x.mode, x.delivered]),
    [
      ['两点', 'list', 2],
      ['三点', 'list', 2],
    ],
  );
});

test('binding: a nested promise binds to its own sub-list', () => {
  const b = msg('有两点：\n1. 价格方面有三条：\n   - a\n   - b\n2. 交期');
  assert.deepEqual(
    b.map((x) => [x.promise.text, x.delivered]),
    [
      ['两点', 2],
      ['三条', 2],
    ],
  );
});

test('binding: messages after the promise are the items in a .msg, up to a closing', () => {
  const b = msg('我说三点：\n\n价格低\n\n[图片]\n\n交期短\n\n谢谢！');
  assert.equal(b[0]!.mode, 'messages');
  assert.equal(b[0]!.delivered, 2);
});

test('binding: nothing after the promise (or only a closing)', () => {
  assert.equal(msg('有四件事：')[0]!.mode, 'none');
  assert.equal(msg('I have three questions.\n\nThanks!')[0]!.mode, 'none');
  // A picture or a voice note may hold the items: no binding at all.
  assert.deepEqual(msg('我有三个问题：\n\n[图片]\n\n谢谢'), []);
  assert.deepEqual(msg('我有三个问题：\n\n[语音 50秒]'), []);
});

test('binding: a voice caption promises nothing (the items are in the recording)', () => {
  assert.deepEqual(msg('[语音 40秒] 这条语音讲三点：'), []);
  assert.deepEqual(msg('这条语音讲三点：[voice 0:40]\n\n谢谢'), []);
});

test('binding: text that is not a list after a colon is not counted', () => {
  assert.deepEqual(msg('我有三个问题：\n价格？\n交期？'), []);
  assert.deepEqual(msg('I have 3 questions: A? B? C?'), []);
});

test('binding in an e-mail: quoted text and signature are not the writer’s items', () => {
  const eml = (body: string) =>
    analyzeCounts(
      parseDraft({ kind: 'eml', text: `From: a@b.example\nTo: c@d.example\nSubject: Q3 order\n\n${body}` }),
    );
  const b = eml('Hi Jac,\n\nI have three questions:\n1. Price?\n2. MOQ?\n\nBest regards,\nLin');
  assert.equal(b[0]!.delivered, 2);
  const none = eml('Hi Jac,\n\nI have three questions:\n\nBest regards,\nLin');
  assert.equal(none[0]!.mode, 'none');
});

test('placeholderText writes missing items in the list style', () => {
  const ins = msg('有三点：\n1. a\n2. b')[0]!.insertion!;
  assert.equal(placeholderText(ins, 1, '（待补充）'), '\n3. （待补充）');
  const zh = msg('有四点：\n一、a\n二、b')[0]!.insertion!;
  assert.equal(placeholderText(zh, 2, '（待补充）'), '\n三、（待补充）\n四、（待补充）');
  const circled = msg('有三点：\n① a\n② b')[0]!.insertion!;
  assert.equal(placeholderText(circled, 1, 'x'), '\n③ x');
  const inline = msg('有三点：一是价格，二是交期。')[0]!.insertion!;
  assert.equal(placeholderText(inline, 1, '（待补充）'), '，三是（待补充）');
  const messages = msg('我说三点：\n\n价格低\n\n交期短')[0]!.insertion!;
  assert.equal(placeholderText(messages, 1, '（待补充）'), '\n\n（待补充）');
  const fin = msg('有四点：\n首先，a\n其次，b\n最后，c')[0]!.insertion;
  assert.equal(fin, null);
});
