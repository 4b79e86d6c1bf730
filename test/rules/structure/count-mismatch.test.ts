import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../server/src/core/engine/fix';
import { countMismatch } from '../../../server/src/core/rules/structure/count-mismatch';
import { ruleTester, runRule } from '../../rule-tester';

const eml = (body: string, eol = '\n') =>
  [
    'From: Lin Wei <lin@hengda.example>',
    'To: Jac Chen <jac@buyer.example>',
    'Subject: Carton quote for Q3',
    '',
    body,
  ].join(eol);

ruleTester.run(countMismatch, {
  valid: [
    // Promise kept, in every marker style.
    '我想说三点：\n1. 价格\n2. 交期\n3. 样品',
    '有三点：\n1) 价格\n2) 交期\n3) 样品',
    '有三点：\n1）价格\n2）交期\n3）样品',
    '有三点：\n1、价格\n2、交期\n3、样品',
    '有三点：\n(1) 价格\n(2) 交期\n(3) 样品',
    '有三点：\n（1）价格\n（2）交期\n（3）样品',
    '有三点：\n① 价格\n② 交期\n③ 样品',
    '有三点：\n1️⃣ 价格\n2️⃣ 交期\n3️⃣ 样品',
    '有三个方面：\n一、价格\n二、交期\n三、样品',
    '有三个方面：\n（一）价格\n（二）交期\n（三）样品',
    '有三点：\n第一，价格；\n第二，交期；\n第三，样品。',
    '有三点：\n首先，价格低；\n其次，交期短；\n最后，样品免费。',
    '有两点：\n- 价格\n- 交期',
    '有两点：\n• 价格\n• 交期',
    'I have three questions:\n- Price?\n- MOQ?\n- Lead time?',
    'Three things:\n* price\n* timing\n* samples',
    'Two reasons:\nFirst, price.\nSecond, timing.',
    'I have three points:\na) price\nb) timing\nc) samples',
    // Inline lists.
    '我们的优势有三点：一是价格低，二是交期短，三是样品免费。',
    '有两点：1) 价格 2) 交期',
    '有三点：①价格②交期③样品',
    'Two things: first, price; second, timing.',
    // Items in separate messages.
    '我想说三点：\n\n1. 价格\n\n2. 交期\n\n3. 样品\n\n谢谢！',
    '我说三点：\n\n价格比现在低8%。\n\n交期12天。\n\n样品免费。\n\n期待您的回复！',
    'I have two questions:\n\nWhat is the MOQ?\n\nCan you ship in May?\n\nThanks!',
    // Continuation and nested lines are not items.
    '有两点：\n1. 价格\n   含税\n   - 现货\n   - 期货\n2. 交期',
    '有两点：\n1. 价格\n- 含税\n- 现货\n2. 交期',
    // Several promises, each with its own list.
    '价格方面有两点：\n1. 含税\n2. 含运费\n交期方面有三点：\n1. 12天\n2. 可加急\n3. 分批',
    // Not promises at all.
    '会议大概三分钟：\n1. 价格\n2. 交期',
    'I need 5 minutes:\n1. price\n2. timing',
    '两天后发货：\n1. 价格',
    'We ordered 3 pieces:\n- a\n- b',
    '视频大小2.0M，请查收：\n1. a',
    '我们有三条生产线：\n1. 纸箱\n2. 彩盒',
    'We have two containers:\n1. 40HQ',
    '有一点贵，您看：\n1. 价格\n2. 交期',
    '请快一点：\n1. 价格\n2. 交期',
    '一点点心意：\n1. 茶叶\n2. 月饼',
    '第三条：\n1. 价格\n2. 交期',
    'About the third point:\n1. price\n2. timing',
    '我们提供一条龙服务：\n1. 设计\n2. 印刷',
    '三点水的字：\n1. 河\n2. 海',
    '两点一线的生活：\n1. 工厂',
    '点到为止：\n1. 价格\n2. 交期',
    '您几点方便：\n1. 上午\n2. 下午',
    '3条装的价格：\n1. 10元\n2. 20元',
    '明天下午3点：\n1. 签到\n2. 开会',
    '这三点我们都能做到：\n1. 价格\n2. 交期',
    '以上三点请您确认。\n1. 价格',
    'These three points matter:\n1. price',
    'Regarding the 3 points you raised:\n1. price\n2. timing',
    'I have 2 or 3 questions:\n1. price',
    '我有三四个问题：\n1. 价格',
    '我们有三条。\n\n您要几条？',
    'We shipped 3 items yesterday and they all arrived safely.\n1. box\n2. bag',
    '为了省三个步骤，我们改了流程：\n1. 下单\n2. 付款',
    // Quoted and forwarded text is not the writer's.
    '好的，收到。\n\n> 我有三点：\n> 1. 价格\n> 2. 交期',
    // A voice note's caption: the items are in the recording.
    '[语音 60秒] 这条语音讲三点：\n1. 价格',
    '这条语音讲了三点，请您抽空听一下：\n\n[语音 60秒]\n\n1. 价格',
    // Text after the colon that is no list cannot be counted.
    '我有三个问题：价格、交期和样品。',
    'I have 3 questions: A? B? C?',
    // A weak promise (no colon, no introducing word) with prose after it.
    '我们的优势在三个方面。\n\n价格低。',
    // E-mails.
    {
      kind: 'eml',
      code: eml(
        'Hi Jac,\n\nI have three questions:\n1. Price?\n2. MOQ?\n3. Lead time?\n\nBest regards,\nLin',
      ),
    },
    { kind: 'eml', code: eml('Hi Jac,\n\nThanks for your order of 3 items.\n\nBest regards,\nLin') },
    {
      kind: 'eml',
      code: eml('Thanks, agreed.\n\nOn Mon, 3 Mar 2025, Jac wrote:\n> I have three questions:\n> 1. Price?'),
    },
  ],
  invalid: [
    {
      name: '三条 → 两条: fewer, the finding on the count phrase',
      code: '王经理，您好！\n我想说三条：\n1. 价格\n2. 交期',
      errors: [
        {
          messageId: 'fewer',
          line: 2,
          column: 4,
          endLine: 2,
          endColumn: 6,
          data: { promised: '三条', delivered: 2 },
        },
      ],
      output: '王经理，您好！\n我想说两条：\n1. 价格\n2. 交期',
    },
    {
      name: 'Chinese message in the Chinese locale',
      code: '我想说三条：\n1. 价格\n2. 交期',
      locale: 'zh',
      errors: [{ messageId: 'fewer', message: '说了“三条”，但只列了2条。' }],
      output: '我想说两条：\n1. 价格\n2. 交期',
    },
    {
      name: 'a promise that opens the sentence is quoted in lower case, with CRLF',
      code: 'Hi Jac,\r\n\r\nThree points:\r\n1. Price\r\n2. Lead time',
      errors: [{ messageId: 'fewer', message: 'You promise three points but list two.' }],
      output: 'Hi Jac,\r\n\r\nTwo points:\r\n1. Price\r\n2. Lead time',
    },
    {
      name: 'English message in words: You promise three points but list two.',
      code: 'I have three points:\n1. Price\n2. Lead time',
      errors: [
        {
          messageId: 'fewer',
          message: 'You promise three points but list two.',
          line: 1,
          column: 8,
          endColumn: 20,
        },
      ],
      output: 'I have two points:\n1. Price\n2. Lead time',
    },
    {
      name: '3 → 2 (Arabic kept)',
      code: '以下3个方面请您注意：\n1. 价格\n2. 交期',
      errors: [{ messageId: 'fewer', column: 3, endColumn: 7 }],
      output: '以下2个方面请您注意：\n1. 价格\n2. 交期',
    },
    {
      name: '３ → ２ (full width kept)',
      code: '以下３项请您确认：\n1. 价格\n2. 交期',
      errors: [{ messageId: 'fewer' }],
      output: '以下２项请您确认：\n1. 价格\n2. 交期',
    },
    {
      name: 'three → two',
      code: 'Here are three things to check:\n- price\n- timing',
      errors: [{ messageId: 'fewer' }],
      output: 'Here are two things to check:\n- price\n- timing',
    },
    {
      name: 'Three → Two',
      code: 'Three questions:\n1. Price?\n2. MOQ?',
      errors: [{ messageId: 'fewer', line: 1, column: 1, endColumn: 16 }],
      output: 'Two questions:\n1. Price?\n2. MOQ?',
    },
    {
      name: 'THREE → TWO',
      code: 'I want to share THREE tips:\n1) a\n2) b',
      errors: [{ messageId: 'fewer' }],
      output: 'I want to share TWO tips:\n1) a\n2) b',
    },
    {
      name: 'the following four questions',
      code: 'Please answer the following four questions:\n1. Price?\n2. MOQ?\n3. Lead time?',
      errors: [{ messageId: 'fewer', data: { promised: 'four questions', delivered: 'three' } }],
      output: 'Please answer the following three questions:\n1. Price?\n2. MOQ?\n3. Lead time?',
    },
    {
      name: 'more items than promised',
      code: '有三点：\n① 价格\n② 交期\n③ 样品\n④ 付款',
      errors: [{ messageId: 'more', data: { delivered: 4 } }],
      output: '有四点：\n① 价格\n② 交期\n③ 样品\n④ 付款',
    },
    {
      name: 'more items, English',
      code: 'I have 2 questions:\n- Price?\n- MOQ?\n- Lead time?',
      errors: [{ messageId: 'more' }],
      output: 'I have 3 questions:\n- Price?\n- MOQ?\n- Lead time?',
    },
    {
      name: '1) style',
      code: '有四个问题：\n1) 价格\n2) 交期\n3) 样品',
      errors: [{ messageId: 'fewer' }],
      output: '有三个问题：\n1) 价格\n2) 交期\n3) 样品',
    },
    {
      name: '1、 style',
      code: '有三条建议：\n1、价格\n2、交期',
      errors: [{ messageId: 'fewer' }],
      output: '有两条建议：\n1、价格\n2、交期',
    },
    {
      name: '(1) style',
      code: '有三点：\n(1) 价格\n(2) 交期',
      errors: [{ messageId: 'fewer' }],
      output: '有两点：\n(1) 价格\n(2) 交期',
    },
    {
      name: '（1） style',
      code: '有三点：\n（1）价格\n（2）交期',
      errors: [{ messageId: 'fewer' }],
      output: '有两点：\n（1）价格\n（2）交期',
    },
    {
      name: '一、 style',
      code: '主要有三个方面：\n一、价格\n二、交期',
      errors: [{ messageId: 'fewer' }],
      output: '主要有两个方面：\n一、价格\n二、交期',
    },
    {
      name: '（一） style',
      code: '分三部分介绍：\n（一）价格\n（二）交期',
      errors: [{ messageId: 'fewer' }],
      output: '分两部分介绍：\n（一）价格\n（二）交期',
    },
    {
      name: '第一， style',
      code: '有三点：\n第一，价格；\n第二，交期。',
      errors: [{ messageId: 'fewer' }],
      output: '有两点：\n第一，价格；\n第二，交期。',
    },
    {
      name: '首先/其次/最后',
      code: '有两点：\n首先，价格；\n其次，交期；\n最后，样品。',
      errors: [{ messageId: 'more' }],
      output: '有三点：\n首先，价格；\n其次，交期；\n最后，样品。',
    },
    {
      name: 'First,/Finally,',
      code: 'I have four suggestions:\nFirst, cut the price.\nSecond, ship earlier.\nFinally, send samples.',
      errors: [{ messageId: 'fewer' }],
      output:
        'I have three suggestions:\nFirst, cut the price.\nSecond, ship earlier.\nFinally, send samples.',
    },
    {
      name: 'bullets',
      code: '有三点：\n• 价格\n• 交期',
      errors: [{ messageId: 'fewer' }],
      output: '有两点：\n• 价格\n• 交期',
    },
    {
      name: 'keycap emoji markers',
      code: '有三点：\n1️⃣ 价格\n2️⃣ 交期',
      errors: [{ messageId: 'fewer' }],
      output: '有两点：\n1️⃣ 价格\n2️⃣ 交期',
    },
    {
      name: 'inline 一是…二是…',
      code: '我们的优势有三点：一是价格低，二是交期短。',
      errors: [{ messageId: 'fewer' }],
      output: '我们的优势有两点：一是价格低，二是交期短。',
    },
    {
      name: 'inline 1) … 2) …',
      code: 'I have three questions: 1) price? 2) MOQ?',
      errors: [{ messageId: 'fewer' }],
      output: 'I have two questions: 1) price? 2) MOQ?',
    },
    {
      name: 'inline ①②③④',
      code: '有三点：①价格②交期③样品④付款',
      errors: [{ messageId: 'more' }],
      output: '有四点：①价格②交期③样品④付款',
    },
    {
      name: 'numbered items in separate messages',
      code: '我想说三点：\n\n1. 价格\n\n2. 交期\n\n谢谢！',
      errors: [{ messageId: 'fewer' }],
      output: '我想说两点：\n\n1. 价格\n\n2. 交期\n\n谢谢！',
    },
    {
      name: 'messages as items, up to a closing (media-only messages excluded)',
      code: '我说三点：\n\n价格比现在低8%。\n\n[图片]\n\n交期12天。\n\n期待您的回复！',
      errors: [{ messageId: 'fewer', data: { delivered: 2 } }],
      output: '我说两点：\n\n价格比现在低8%。\n\n[图片]\n\n交期12天。\n\n期待您的回复！',
    },
    {
      name: 'messages as items, to the end',
      code: "I'll cover 3 topics.\n\nPrice: 8% below.\n\nTiming: 12 days.",
      errors: [{ messageId: 'fewer' }],
      output: "I'll cover 2 topics.\n\nPrice: 8% below.\n\nTiming: 12 days.",
    },
    {
      name: 'several promises: each binds to its own list',
      code: '价格方面有两点：\n1. 含税\n2. 含运费\n交期方面有三点：\n1. 12天\n2. 可加急',
      errors: [{ messageId: 'fewer', line: 4, column: 6 }],
      output: '价格方面有两点：\n1. 含税\n2. 含运费\n交期方面有两点：\n1. 12天\n2. 可加急',
    },
    {
      name: 'two promises both wrong',
      code: '价格有三点：\n1. 含税\n2. 含运费\n\n交期有两点：\n1. 12天\n2. 可加急\n3. 分批',
      errors: [{ messageId: 'fewer' }, { messageId: 'more' }],
      output: '价格有两点：\n1. 含税\n2. 含运费\n\n交期有三点：\n1. 12天\n2. 可加急\n3. 分批',
    },
    {
      name: 'a nested promise with its own sub-list',
      code: '有两点：\n1. 价格方面有三条：\n   - 含税\n   - 含运费\n2. 交期',
      errors: [{ messageId: 'fewer', line: 2, column: 9 }],
      output: '有两点：\n1. 价格方面有两条：\n   - 含税\n   - 含运费\n2. 交期',
    },
    {
      name: 'CRLF line endings',
      code: '有三点：\r\n1. 价格\r\n2. 交期\r\n',
      errors: [{ messageId: 'fewer', line: 1, column: 2 }],
      output: '有两点：\r\n1. 价格\r\n2. 交期\r\n',
    },
    {
      name: 'emoji before the promise (UTF-16 columns)',
      code: '😀😀 我想说三点：\n1. 价格 👍\n2. 交期',
      errors: [{ messageId: 'fewer', line: 1, column: 9, endColumn: 11 }],
      output: '😀😀 我想说两点：\n1. 价格 👍\n2. 交期',
    },
    {
      name: 'front matter and the example chat draft',
      code: "---\nto: Jac Chen\nlang: en\n---\nDear Jac, good morning!\n\nDo you have three minutes? I'll list the three points below so you can read them when convenient.\n\n1. Price: 8% below your current supplier.\n2. Lead time: 12 days from deposit.",
      errors: [{ messageId: 'fewer', line: 7, column: 42 }],
      output:
        "---\nto: Jac Chen\nlang: en\n---\nDear Jac, good morning!\n\nDo you have three minutes? I'll list the two points below so you can read them when convenient.\n\n1. Price: 8% below your current supplier.\n2. Lead time: 12 days from deposit.",
    },
    {
      name: 'only one item in English: the placeholders are the preferred fix',
      code: 'I have three questions:\n1. Price?',
      errors: [{ messageId: 'fewer' }],
      output: 'I have three questions:\n1. Price?\n2. (to be written)\n3. (to be written)',
    },
    {
      name: 'only one item in Chinese: 三个问题 → 一个问题',
      code: '我有三个问题：\n1. 价格？',
      errors: [{ messageId: 'fewer' }],
      output: '我有一个问题：\n1. 价格？',
    },
    {
      name: 'e-mail, fewer',
      kind: 'eml',
      code: eml('Hi Jac,\n\nI have three questions:\n1. Price?\n2. MOQ?\n\nBest regards,\nLin'),
      errors: [{ messageId: 'fewer', line: 7, column: 8 }],
      output: eml('Hi Jac,\n\nI have two questions:\n1. Price?\n2. MOQ?\n\nBest regards,\nLin'),
    },
    {
      name: 'e-mail, more, CRLF',
      kind: 'eml',
      code: eml(
        'Dear Jac,\r\n\r\nHere are 2 updates:\r\n- price\r\n- timing\r\n- samples\r\n\r\nRegards,\r\nLin',
        '\r\n',
      ),
      errors: [{ messageId: 'more' }],
      output: eml(
        'Dear Jac,\r\n\r\nHere are 3 updates:\r\n- price\r\n- timing\r\n- samples\r\n\r\nRegards,\r\nLin',
        '\r\n',
      ),
    },
    {
      name: 'e-mail in Chinese',
      kind: 'eml',
      code: eml(
        '王经理：\n\n您好！我们的报价有以下两点说明：\n一、含税\n二、含运费\n三、含包装\n\n此致\n敬礼',
      ),
      errors: [{ messageId: 'more' }],
      output: eml(
        '王经理：\n\n您好！我们的报价有以下三点说明：\n一、含税\n二、含运费\n三、含包装\n\n此致\n敬礼',
      ),
    },
  ],
});

/** The second fix (placeholders), applied alone. */
function placeholders(code: string): string {
  const f = runRule(countMismatch, { code })[0]!;
  const fix = f.fixes.find((x) => x.title.startsWith('Add'));
  assert.ok(fix, `no placeholder fix for ${code}`);
  return applyEdits(code, fix.edits).output;
}

test('structure/count-mismatch: placeholders follow the list style', () => {
  const table: [string, string][] = [
    ['有三点：\n1. 价格\n2. 交期', '有三点：\n1. 价格\n2. 交期\n3. （待补充）'],
    ['有四点：\n1) 价格\n2) 交期', '有四点：\n1) 价格\n2) 交期\n3) （待补充）\n4) （待补充）'],
    ['有三点：\n（1）价格\n（2）交期', '有三点：\n（1）价格\n（2）交期\n（3）（待补充）'],
    ['有三点：\n① 价格\n② 交期', '有三点：\n① 价格\n② 交期\n③ （待补充）'],
    ['有三个方面：\n一、价格\n二、交期', '有三个方面：\n一、价格\n二、交期\n三、（待补充）'],
    ['有三点：\n第一，价格；\n第二，交期。', '有三点：\n第一，价格；\n第二，交期。\n第三，（待补充）'],
    ['有三点：\n- 价格\n- 交期', '有三点：\n- 价格\n- 交期\n- （待补充）'],
    ['有三点：一是价格低，二是交期短。', '有三点：一是价格低，二是交期短，三是（待补充）。'],
    [
      'I have three questions: 1) price? 2) MOQ?',
      'I have three questions: 1) price? 2) MOQ? 3) (to be written)?',
    ],
    ['有三点：\n\n1. 价格\n\n2. 交期', '有三点：\n\n1. 价格\n\n2. 交期\n\n3. （待补充）'],
    [
      '我说三点：\n\n价格低。\n\n交期短。\n\n谢谢',
      '我说三点：\n\n价格低。\n\n交期短。\n\n（待补充）\n\n谢谢',
    ],
    ['有三点：\r\n1. 价格\r\n2. 交期\r\n', '有三点：\r\n1. 价格\r\n2. 交期\r\n3. （待补充）\r\n'],
    ['有三点：\n  1. 价格\n  2. 交期\n谢谢', '有三点：\n  1. 价格\n  2. 交期\n  3. （待补充）\n谢谢'],
    [
      'Three reasons:\nFirst, price.\nSecond, timing.',
      'Three reasons:\nFirst, price.\nSecond, timing.\nThird, (to be written)',
    ],
    ['有三点：\n1.价格\n2.交期', '有三点：\n1.价格\n2.交期\n3.（待补充）'],
    ['有三点：\n1. 价格 😀\n2. 交期 👍', '有三点：\n1. 价格 😀\n2. 交期 👍\n3. （待补充）'],
  ];
  for (const [code, out] of table) assert.equal(placeholders(code), out, code);
});

test('structure/count-mismatch: no placeholder after 最后/Finally, and none when there are more items', () => {
  const fin = runRule(countMismatch, { code: '有四点：\n首先，价格；\n其次，交期；\n最后，样品。' })[0]!;
  assert.equal(fin.fixes.length, 1);
  const more = runRule(countMismatch, { code: '有两点：\n1. a\n2. b\n3. c' })[0]!;
  assert.equal(more.fixes.length, 1);
});

test('structure/count-mismatch: related information points at each counted item', () => {
  const code = '有三点：\n1. 价格\n2. 交期';
  const f = runRule(countMismatch, { code })[0]!;
  assert.deepEqual(
    f.related.map((r) => code.slice(r.start, r.end)),
    ['1. 价格', '2. 交期'],
  );
  assert.equal(f.related[0]!.message, 'Counted item 1 of 2');
  assert.equal(f.fixes[0]!.title, 'Change “三点” to “两点”');
  const zh = runRule(countMismatch, { code, locale: 'zh' })[0]!;
  assert.equal(zh.fixes[0]!.title, '把“三点”改为“两点”');
  assert.equal(zh.fixes[1]!.title, '在最后一项后补上1个待补充项');
});
