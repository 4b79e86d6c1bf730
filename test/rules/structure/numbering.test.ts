import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numbering } from '../../../server/src/core/rules/structure/numbering';
import { ruleTester, runRule } from '../../rule-tester';

const eml = (body: string, eol = '\n') =>
  [
    'From: Lin Wei <lin@hengda.example>',
    'To: Jac Chen <jac@buyer.example>',
    'Subject: Carton quote for Q3',
    '',
    body,
  ].join(eol);

ruleTester.run(numbering, {
  valid: [
    // Lists counted right, in every numbering style.
    '1. 价格\n2. 交期\n3. 样品',
    '1) price\n2) timing\n3) samples',
    '1、价格\n2、交期\n3、样品',
    '一、价格\n二、交期\n三、样品',
    '（一）价格\n（二）交期\n（三）样品',
    '① 价格\n② 交期\n③ 样品',
    '(1) price\n(2) timing\n(3) samples',
    '第一，价格；\n第二，交期；\n第三，样品。',
    '一是价格\n二是交期\n三是样品',
    'a) price\nb) timing\nc) samples',
    '1️⃣ 价格 👍\n2️⃣ 交期\n3️⃣ 样品',
    'First, price.\nSecond, timing.\nFinally, samples.',
    '1. 价格\r\n2. 交期 😀\r\n3. 样品',
    // A list that starts above 1 on purpose, a countdown, and a single item.
    '3. 铜牌\n2. 银牌\n1. 金牌',
    '3. 价格\n4. 交期\n5. 样品',
    '3. 最后一点：样品免费。',
    // Full-width and half-width marks, and the measure word of an ordinal, are not a change of style.
    '1. 价格\n2．交期\n3. 样品',
    '（1）价格\n(2) 交期\n（3）样品',
    '第一，价格\n第二点，交期\n第三点，样品',
    // Bullets carry no numbers.
    '- price\n- price\n- timing',
    '• 价格\n• 交期\n* 样品',
    // Chinese sequence words carry no number to skip (`再次` is also “again”).
    '首先，价格\n再次，交期\n最后，样品',
    '首先，价格\n其次，交期\n其次，样品',
    // English sequence words repeat naturally.
    'First of all, thank you.\nFirst, the price.\nSecond, the timing.',
    // Nested lists are counted separately.
    '1. 价格\n   1. 含税\n   2. 含运费\n2. 交期\n   1. 12天\n   2. 可加急',
    '1. 价格\n(1) 含税\n(2) 含运费\n2. 交期',
    '1. 价格\n(1) 含税\n2. 交期',
    '1. 价格\n- 含税\n- 现货\n2. 交期',
    // A list that starts again at 1 after a heading is a new list; one that goes on after a note continues.
    '价格：\n1. 含税\n2. 含运费\n交期：\n1. 12天\n2. 可加急',
    '1. 价格\n说明一下\n2. 交期',
    // A .msg where each message starts with a number.
    '您好！\n\n1. 价格\n\n2. 交期\n\n3. 样品',
    // After a blank line, a number that does not continue the count starts a new list.
    '1. 价格\n2. 交期\n\n4楼的会议室见。',
    // Dates, prices, versions, quantities and times that start a line are not markers.
    'Price list:\n3.5 USD for 500 pcs\n3.2 USD for 1000 pcs\n2.9 USD for 5000 pcs',
    '版本说明：\n1.2 修复了登录\n1.4 新增了导出',
    '2024. 是关键的一年\n2026. 会更好',
    '10:30 开会\n11:30 午饭\n14:00 看样品',
    // `、` joining two numbers: “the 1st and 2nd”, “Q1 and Q2”.
    '1、2号发货\n3、4号到货',
    '一、二季度销量稳定\n三、四季度会更好',
    // Inline lists.
    '我们的优势有三点：一是价格低，二是交期短，三是样品免费。',
    '有两点：1) 价格 2) 交期',
    '①价格 ②交期 ③样品',
    // Quoted text is not the writer's.
    '好的，收到。\n\n> 1. 价格\n> 2. 交期\n> 4. 样品',
    {
      kind: 'eml',
      code: eml('Hi Jac,\n\nThree questions:\n1. Price?\n2. MOQ?\n3. Lead time?\n\nBest regards,\nLin'),
    },
    {
      kind: 'eml',
      code: eml('Thanks, agreed.\n\nOn Mon, 3 Mar 2025, Jac wrote:\n> 1. Price?\n> 1. MOQ?\n> 4. Lead time?'),
    },
    {
      kind: 'eml',
      code: eml('Thanks, agreed.\n\n-----Original Message-----\nFrom: Jac\n\n一、价格\n二、交期\n四、样品'),
    },
    // Turned off.
    { code: '1. 价格\n2. 交期\n4. 样品', config: { rules: { 'structure/numbering': 'off' } } },
    '---\ncordial: { disable: [structure/numbering] }\n---\n1. 价格\n2. 交期\n4. 样品',
    {
      kind: 'eml',
      code: [
        'From: Lin Wei <lin@hengda.example>',
        'To: Jac Chen <jac@buyer.example>',
        'X-Cordial-Disable: structure/numbering',
        'Subject: Carton quote for Q3',
        '',
        '1. Price\n2. MOQ\n4. Lead time',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: '1. 2. 4.: skip, on the first wrong marker',
      code: '您好！\n1. 价格\n2. 交期\n4. 样品',
      errors: [
        { messageId: 'skip', line: 4, column: 1, endLine: 4, endColumn: 3, data: { from: '2.', to: '4.' } },
      ],
      output: '您好！\n1. 价格\n2. 交期\n3. 样品',
    },
    {
      name: 'the Chinese message',
      code: '1. 价格\n2. 交期\n4. 样品',
      locale: 'zh',
      errors: [{ messageId: 'skip', message: '编号从“2.”跳到了“4.”' }],
      output: '1. 价格\n2. 交期\n3. 样品',
    },
    {
      name: 'the English message',
      code: '1. Price\n2. MOQ\n4. Lead time',
      errors: [{ messageId: 'skip', message: 'The numbering skips from “2.” to “4.”' }],
      output: '1. Price\n2. MOQ\n3. Lead time',
    },
    {
      name: '一、二、四、',
      code: '一、价格\n二、交期\n四、样品',
      errors: [{ messageId: 'skip', line: 3, column: 1, endColumn: 3 }],
      output: '一、价格\n二、交期\n三、样品',
    },
    {
      name: '①②④',
      code: '①价格\n②交期\n④样品',
      errors: [{ messageId: 'skip', line: 3, column: 1, endColumn: 2 }],
      output: '①价格\n②交期\n③样品',
    },
    {
      name: '(1)(1)(2): repeat',
      code: '(1) price\n(1) timing\n(2) samples',
      errors: [{ messageId: 'repeat', line: 2, column: 1, endColumn: 4, data: { marker: '(1)' } }],
      output: '(1) price\n(2) timing\n(3) samples',
    },
    {
      name: '（一）（二）（二）',
      code: '（一）价格\n（二）交期\n（二）样品',
      locale: 'zh',
      errors: [{ messageId: 'repeat', line: 3, message: '编号“（二）”重复了' }],
      output: '（一）价格\n（二）交期\n（三）样品',
    },
    {
      name: '第一，第二，第四，',
      code: '第一，价格；\n第二，交期；\n第四，样品。',
      errors: [{ messageId: 'skip', line: 3, column: 1, endColumn: 4 }],
      output: '第一，价格；\n第二，交期；\n第三，样品。',
    },
    {
      name: '第一点 … 第四点: the measure word stays',
      code: '第一点：价格\n第二点：交期\n第四点：样品',
      errors: [{ messageId: 'skip' }],
      output: '第一点：价格\n第二点：交期\n第三点：样品',
    },
    {
      name: '一是 二是 二是',
      code: '一是价格\n二是交期\n二是样品',
      errors: [{ messageId: 'repeat', line: 3 }],
      output: '一是价格\n二是交期\n三是样品',
    },
    {
      name: 'First, Second, Fourth,',
      code: 'First, price.\nSecond, timing.\nFourth, samples.',
      errors: [
        { messageId: 'skip', line: 3, column: 1, endColumn: 8, data: { from: 'Second,', to: 'Fourth,' } },
      ],
      output: 'First, price.\nSecond, timing.\nThird, samples.',
    },
    {
      name: 'Firstly, Thirdly, Finally: the -ly and the final word stay',
      code: 'Firstly, price.\nThirdly, timing.\nFinally, samples.',
      errors: [{ messageId: 'skip', line: 2 }],
      output: 'Firstly, price.\nSecondly, timing.\nFinally, samples.',
    },
    {
      name: 'a sequence that repeats a word and skips one: reported, no fix',
      code: 'First of all, thank you.\nFirst, the price.\nThird, the timing.',
      errors: [{ messageId: 'skip', line: 3 }],
      output: null,
    },
    {
      name: 'a) b) d)',
      code: 'a) price\nb) timing\nd) samples',
      errors: [{ messageId: 'skip', line: 3 }],
      output: 'a) price\nb) timing\nc) samples',
    },
    {
      name: 'style change 1. 2) 三、: one finding, every marker in the first style',
      code: '1. 价格\n2) 交期\n三、样品',
      errors: [{ messageId: 'style', line: 2, column: 1, endColumn: 3, data: { from: '1.', to: '2)' } }],
      output: '1. 价格\n2. 交期\n3. 样品',
    },
    {
      name: 'style change, Chinese message',
      code: '一、价格\n二、交期\n3. 样品',
      locale: 'zh',
      errors: [{ messageId: 'style', line: 3, message: '编号样式从“二、”变成了“3.”' }],
      output: '一、价格\n二、交期\n三、样品',
    },
    {
      name: 'style change 1、 → 2.',
      code: '1、价格\n2. 交期\n3. 样品',
      errors: [{ messageId: 'style', line: 2 }],
      output: '1、价格\n2、交期\n3、样品',
    },
    {
      name: 'style change ① → ⑵',
      code: '① 价格\n⑵ 交期',
      errors: [{ messageId: 'style' }],
      output: '① 价格\n② 交期',
    },
    {
      name: 'a list starting at 3 keeps its start',
      code: '3. 价格\n4. 交期\n6. 样品',
      errors: [{ messageId: 'skip', line: 3 }],
      output: '3. 价格\n4. 交期\n5. 样品',
    },
    {
      name: 'full-width digits and marks are kept',
      code: '１．价格\n２．交期\n４．样品',
      errors: [{ messageId: 'skip', line: 3 }],
      output: '１．价格\n２．交期\n３．样品',
    },
    {
      name: 'a marker that goes back',
      code: '1. a\n3. b\n2. c',
      errors: [{ messageId: 'skip', line: 2 }],
      output: '1. a\n2. b\n3. c',
    },
    {
      name: 'a restart at 1 with no heading in between is a repeat',
      code: '1. 价格\n2. 交期\n1. 样品\n2. 付款',
      errors: [{ messageId: 'repeat', line: 3 }],
      output: '1. 价格\n2. 交期\n3. 样品\n4. 付款',
    },
    {
      name: 'a nested list is checked on its own',
      code: '1. 价格\n   1. 含税\n   1. 含运费\n2. 交期',
      errors: [{ messageId: 'repeat', line: 3, column: 4, endColumn: 6 }],
      output: '1. 价格\n   1. 含税\n   2. 含运费\n2. 交期',
    },
    {
      name: 'two lists, two findings',
      code: '价格：\n1. 含税\n1. 含运费\n交期：\n① 12天\n③ 可加急',
      errors: [
        { messageId: 'repeat', line: 3 },
        { messageId: 'skip', line: 6 },
      ],
      output: '价格：\n1. 含税\n2. 含运费\n交期：\n① 12天\n② 可加急',
    },
    {
      name: 'CRLF and emoji: UTF-16 columns',
      code: '😀 您好！\r\n1. 价格 👍\r\n2. 交期\r\n2. 样品 🎉',
      errors: [{ messageId: 'repeat', line: 4, column: 1, endColumn: 3 }],
      output: '😀 您好！\r\n1. 价格 👍\r\n2. 交期\r\n3. 样品 🎉',
    },
    {
      name: 'keycap emoji markers',
      code: '1️⃣ 价格\n2️⃣ 交期\n4️⃣ 样品',
      errors: [{ messageId: 'skip', line: 3, column: 1, endColumn: 4 }],
      output: '1️⃣ 价格\n2️⃣ 交期\n3️⃣ 样品',
    },
    {
      name: 'one message per item: a style change across messages',
      code: '您好！\n\n1. 价格\n\n2) 交期\n\n3) 样品',
      errors: [{ messageId: 'style', line: 5 }],
      output: '您好！\n\n1. 价格\n\n2. 交期\n\n3. 样品',
    },
    {
      name: 'front matter before the list',
      code: '---\nto: 王经理\n---\n王经理，您好！\n1. 价格\n1. 交期',
      errors: [{ messageId: 'repeat', line: 6 }],
      output: '---\nto: 王经理\n---\n王经理，您好！\n1. 价格\n2. 交期',
    },
    {
      name: 'a plain-text e-mail',
      kind: 'eml',
      code: eml('Hi Jac,\n\nThree questions:\n1. Price?\n2. MOQ?\n4. Lead time?\n\nBest regards,\nLin'),
      errors: [{ messageId: 'skip', line: 10, column: 1, endColumn: 3 }],
      output: eml('Hi Jac,\n\nThree questions:\n1. Price?\n2. MOQ?\n3. Lead time?\n\nBest regards,\nLin'),
    },
    {
      name: 'an e-mail with CRLF, quoted text below left alone',
      kind: 'eml',
      code: eml(
        '王经理，您好！\r\n\r\n一、价格\r\n二、交期\r\n二、样品\r\n\r\n林伟\r\n\r\n> 1. a\r\n> 3. b',
        '\r\n',
      ),
      errors: [{ messageId: 'repeat', line: 9 }],
      output: eml(
        '王经理，您好！\r\n\r\n一、价格\r\n二、交期\r\n三、样品\r\n\r\n林伟\r\n\r\n> 1. a\r\n> 3. b',
        '\r\n',
      ),
    },
  ],
});

test('related information points at the previous item and at the other wrong markers', () => {
  const code = '1. 价格\n2) 交期\n4) 样品';
  const [f] = runRule(numbering, { code });
  assert.ok(f);
  assert.equal(f.messageId, 'style');
  assert.deepEqual(
    f.related.map((r) => [code.slice(r.start, r.end), r.message]),
    [
      ['1.', 'The first item sets the style: “1.”'],
      [
        '4)',
        'The numbering skips from “2)” to “4)”: the reader will look for the item in between. Renumber the list, or add the missing item.',
      ],
    ],
  );
  assert.equal(f.fixes[0]!.title, 'Renumber the list from “1.”');
});

test('a skip points at the item before; a repeat at the first use of the number', () => {
  const skip = runRule(numbering, { code: '1. a\n2. b\n4. c' })[0]!;
  assert.deepEqual(
    skip.related.map((r) => [r.start, r.message]),
    [[5, 'The item before: “2.”']],
  );
  const repeat = runRule(numbering, { code: '1. a\n2. b\n3. c\n2. d', locale: 'zh' })[0]!;
  assert.equal(repeat.messageId, 'repeat');
  assert.deepEqual(
    repeat.related.map((r) => [r.start, r.message]),
    [[5, '“2.”第一次出现在这里']],
  );
  assert.equal(repeat.fixes[0]!.title, '从“1.”起重新编号');
});

test('a number that goes back is named in the related information', () => {
  const [f] = runRule(numbering, { code: '1. a\n3. b\n2. c' });
  assert.ok(f);
  assert.deepEqual(
    f.related.map((r) => r.message),
    [
      'The item before: “1.”',
      'The numbering goes back from “3.” to “2.”: the reader loses count. Renumber the list.',
    ],
  );
  const [head] = runRule(numbering, { code: '2. a\n1. b\n3. c', locale: 'zh' });
  assert.equal(head?.messageId, 'back');
  assert.ok(head.message.startsWith('编号从“2.”倒回了“1.”'));
});

test('the severity is warning in both kinds of file', () => {
  assert.equal(numbering.defaultSeverity('msg'), 'warning');
  assert.equal(numbering.defaultSeverity('eml'), 'warning');
  assert.equal(runRule(numbering, { code: '1. a\n1. b' })[0]!.severity, 'warning');
});
