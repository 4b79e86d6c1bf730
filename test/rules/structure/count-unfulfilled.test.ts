import { countUnfulfilled } from '../../../server/src/core/rules/structure/count-unfulfilled';
import { ruleTester } from '../../rule-tester';

const eml = (body: string, eol = '\n') =>
  [
    'From: Lin Wei <lin@hengda.example>',
    'To: Jac Chen <jac@buyer.example>',
    'Subject: Carton quote for Q3',
    '',
    body,
  ].join(eol);

ruleTester.run(countUnfulfilled, {
  valid: [
    // Items follow (count-mismatch judges their number).
    '有四件事：\n1. 价格\n2. 交期\n3. 样品\n4. 付款',
    '有三点：\n1. 价格',
    'I have three questions:\n- Price?\n- MOQ?\n- Lead time?',
    '我说三点：\n\n价格低。\n\n交期短。\n\n样品免费。',
    '我们的优势有三点：一是价格低，二是交期短，三是样品免费。',
    // Something follows that may hold the items: not "nothing".
    '我有三个问题：\n价格？交期？样品？',
    'I have 3 questions: A? B? C?',
    '我有三个问题：\n\n[图片]\n\n谢谢',
    '我有三个问题：\n\n[file questions.pdf]',
    // Voice captions: the items are in the recording.
    '[语音 60秒] 这条语音讲三点：',
    '这条语音讲三点：\n\n[语音 60秒]',
    '[voice 0:40] I cover three points:',
    // Not promises.
    '请给我三分钟：',
    'I need 5 minutes.',
    '两天后发货。',
    'We ordered 3 pieces.',
    '我们有三条生产线。',
    'We have two containers.',
    '有一点贵。',
    '请快一点。',
    '第三条：',
    'I agree with the third point.',
    '我们提供一条龙服务。',
    '三点水。',
    '两点一线。',
    '点到为止。',
    '您几点方便？',
    '明天下午三点：',
    '这三点我们都能做到。',
    '以上三点请您确认。',
    'These three points matter.',
    '我们有三条。',
    'We shipped 3 items yesterday.',
    'We can offer the following two options, both are fine.',
    '我们的优势在三个方面。',
    'Thanks for your three questions.',
    // Quoted text.
    '好的。\n\n> 我有三点：',
    // E-mails.
    {
      kind: 'eml',
      code: eml(
        'Hi Jac,\n\nI have three questions:\n1. Price?\n2. MOQ?\n3. Lead time?\n\nBest regards,\nLin',
      ),
    },
    {
      kind: 'eml',
      code: eml('Thanks, agreed.\n\nOn Mon, 3 Mar 2025, Jac wrote:\n> I have three questions:'),
    },
  ],
  invalid: [
    {
      name: 'the draft ends after the promise',
      code: '王经理，您好！\n\n有四件事：',
      errors: [{ messageId: 'none', line: 3, column: 2, endColumn: 5, severity: 'warning' }],
      output: '王经理，您好！\n\n有四件事：\n1. （待补充）\n2. （待补充）\n3. （待补充）\n4. （待补充）',
    },
    {
      name: 'Chinese message',
      code: '以下三点请您注意：',
      locale: 'zh',
      errors: [{ messageId: 'none', message: '说了“三点”，但后面一项也没有列出。' }],
      output: '以下三点请您注意：\n1. （待补充）\n2. （待补充）\n3. （待补充）',
    },
    {
      name: 'English message',
      code: 'I have three questions:',
      errors: [
        {
          messageId: 'none',
          message: 'You promise three questions but no items follow.',
          column: 8,
          endColumn: 23,
        },
      ],
      output: 'I have three questions:\n1. (to be written)\n2. (to be written)\n3. (to be written)',
    },
    {
      name: 'only a closing message follows',
      code: '我说三点：\n\n谢谢！',
      errors: [{ messageId: 'none' }],
      output: '我说三点：\n1. （待补充）\n2. （待补充）\n3. （待补充）\n\n谢谢！',
    },
    {
      name: 'only a closing follows, English',
      code: 'I have two questions.\n\nLooking forward to your reply.',
      errors: [{ messageId: 'none' }],
      output:
        'I have two questions.\n1. (to be written)\n2. (to be written)\n\nLooking forward to your reply.',
    },
    {
      name: 'the closing on the same line',
      code: 'I have two questions. Thanks!',
      errors: [{ messageId: 'none' }],
      output: 'I have two questions.\n1. (to be written)\n2. (to be written)\nThanks!',
    },
    {
      name: 'the following four questions',
      code: 'Please answer the following four questions.',
      errors: [{ messageId: 'none' }],
      output:
        'Please answer the following four questions.\n1. (to be written)\n2. (to be written)\n3. (to be written)\n4. (to be written)',
    },
    {
      name: 'a count noun after 个',
      code: '我有两个问题想请教您：',
      errors: [{ messageId: 'none' }],
      output: '我有两个问题想请教您：\n1. （待补充）\n2. （待补充）',
    },
    {
      name: 'CRLF',
      code: '有两点：\r\n\r\n谢谢\r\n',
      errors: [{ messageId: 'none', line: 1, column: 2 }],
      output: '有两点：\r\n1. （待补充）\r\n2. （待补充）\r\n\r\n谢谢\r\n',
    },
    {
      name: 'emoji before the promise',
      code: '👋 有两点：',
      errors: [{ messageId: 'none', line: 1, column: 5, endColumn: 7 }],
      output: '👋 有两点：\n1. （待补充）\n2. （待补充）',
    },
    {
      name: 'two promises, the second one empty',
      code: '价格有两点：\n1. 含税\n2. 含运费\n\n交期有两点：\n\n谢谢',
      errors: [{ messageId: 'none', line: 5, column: 4 }],
      output: '价格有两点：\n1. 含税\n2. 含运费\n\n交期有两点：\n1. （待补充）\n2. （待补充）\n\n谢谢',
    },
    {
      name: 'e-mail: only the closing and signature follow',
      kind: 'eml',
      code: eml('Hi Jac,\n\nI have three questions:\n\nBest regards,\nLin'),
      errors: [{ messageId: 'none', line: 7, column: 8 }],
      output: eml(
        'Hi Jac,\n\nI have three questions:\n1. (to be written)\n2. (to be written)\n3. (to be written)\n\nBest regards,\nLin',
      ),
    },
    {
      name: 'e-mail with CRLF',
      kind: 'eml',
      code: eml('Dear Jac,\r\n\r\nHere are 2 updates:\r\n\r\nRegards,\r\nLin', '\r\n'),
      errors: [{ messageId: 'none' }],
      output: eml(
        'Dear Jac,\r\n\r\nHere are 2 updates:\r\n1. (to be written)\r\n2. (to be written)\r\n\r\nRegards,\r\nLin',
        '\r\n',
      ),
    },
  ],
});
