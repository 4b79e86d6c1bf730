import { presenceCheck } from '../../../server/src/core/rules/greeting/presence-check';
import { ruleTester } from '../../rule-tester';

ruleTester.run(presenceCheck, {
  valid: [
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟，专做出口纸箱。\n\n请问您现在方便占用三分钟吗？',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?",
    { name: 'familiar follow-up', code: '---\nrelation: familiar\n---\n王总，您好！样品周四寄出。' },
    { name: 'reply quoting a presence check', code: '> 在吗？\n\n王经理，您好！在的，样品周四寄出。' },
    { name: 'asking for time politely', code: '您现在方便吗？我想占用您三分钟。' },
    {
      name: 'availability with the reason in minutes',
      code: '王经理，您现在有空吗？想占用您三分钟介绍新品。',
    },
    { name: 'a question about a third person', code: '请问王经理在吗？我有一份报价要给他。' },
    { name: 'not at the start', code: '我们明天在吗？我查一下排班。' },
    'Are you free on Tuesday for a call?',
    {
      name: 'ping inside a word, and ping as a verb',
      code: 'Shipping is free.\n\nPing me when the samples arrive.',
    },
    'Hello Jac, the samples left today.',
    {
      name: 'e-mail: a later paragraph is not the opening line',
      kind: 'eml',
      code: 'To: Jac <jac@buyer.example>\nSubject: Cartons\n\nDear Jac,\n\nThe samples left today.\n\nAre you there next week?\n',
    },
  ],
  invalid: [
    {
      name: 'a message that is only the check: deleted with its separator',
      code: '在吗？\n\n王经理，您好！我是林伟。',
      errors: [{ messageId: 'presence', line: 1, column: 1, endColumn: 3, data: { check: '在吗' } }],
      output: '王经理，您好！我是林伟。',
    },
    {
      name: 'the last message: deleted with the separator before it',
      code: 'Hi Jac!\n\nare you there?\n',
      errors: [{ messageId: 'presence', line: 3 }],
      output: 'Hi Jac!\n',
    },
    {
      name: 'at the start of a longer message: only the check',
      code: '在吗？我想问一下报价。',
      errors: [{ messageId: 'presence' }],
      output: '我想问一下报价。',
    },
    {
      name: 'after a greeting, with more after it',
      code: '你好，在吗？我想问一下报价。',
      errors: [{ messageId: 'presence', column: 4 }],
      output: '你好，我想问一下报价。',
    },
    {
      name: 'after a greeting, nothing after it: the comma goes too',
      code: '王经理，在吗？',
      errors: [{ messageId: 'presence' }],
      output: '王经理',
    },
    {
      name: 'after 您好, nothing after it: the greeting is kept, ended with ！ (one greeting, not two)',
      code: '---\nto: 林总\n---\n您好，在吗？\n\n新报价出来了，请您看一下。',
      errors: [{ messageId: 'presence' }],
      output: '---\nto: 林总\n---\n您好！\n\n新报价出来了，请您看一下。',
    },
    {
      name: 'after a greeting that ends with ！',
      code: '王经理，您好！忙吗？',
      errors: [{ messageId: 'presence' }],
      output: '王经理，您好！',
    },
    {
      name: 'several checks in a row',
      code: 'Hello? Are you there? I have a question about MOQ.',
      errors: [
        { messageId: 'presence', column: 1, endColumn: 7 },
        { messageId: 'presence', column: 8, endColumn: 21 },
      ],
      output: 'I have a question about MOQ.',
    },
    {
      name: 'English after a greeting',
      code: '---\nto: Jac\n---\nHi Jac, are you free now? We cut prices.',
      errors: [{ messageId: 'presence', data: { check: 'are you free now' } }],
      output: '---\nto: Jac\n---\nHi Jac! We cut prices.',
    },
    {
      name: 'ping, 打扰一下, 有空吗 and you there? in later messages',
      code: 'ping\n\n打扰一下，请问交期？\n\n有空吗\n\nyou there?',
      errors: 4,
      output: '请问交期？',
    },
    {
      name: 'a draft of nothing but checks',
      code: '在吗？\n\n在不在？\n',
      errors: 2,
      output: '\n',
    },
    {
      name: 'CRLF and emoji',
      code: '在不在 🙏\r\n\r\n王经理，您好！',
      errors: [{ messageId: 'presence', line: 1, column: 1, endColumn: 4 }],
      output: '王经理，您好！',
    },
    {
      name: 'e-mail opening line',
      kind: 'eml',
      code: 'To: Jac <jac@buyer.example>\nSubject: Cartons\n\nHi Jac, are you there?\n\nOur quote is below.\n',
      errors: [{ messageId: 'presence', line: 4, column: 9 }],
      output: 'To: Jac <jac@buyer.example>\nSubject: Cartons\n\nHi Jac,\n\nOur quote is below.\n',
    },
  ],
});
