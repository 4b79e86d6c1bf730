import { askTime } from '../../../server/src/core/rules/greeting/ask-time';
import { ruleTester } from '../../rule-tester';

ruleTester.run(askTime, {
  valid: [
    {
      name: 'in context: a chat answer (`reply: true`)',
      code: '---\nto: 王经理\nreply: true\n---\n王经理，您好！\n\n纸箱周五发货。',
    },
    {
      name: 'in context: an answer under the customer’s question (emoji)',
      code: '> How much is a carton?\n\nHi Jac 👋\n\n2.5 USD each.',
    },
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟，专做出口纸箱。\n\n请问您现在方便占用三分钟吗？',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?",
    { name: 'the bridge', code: '王经理，您好！我是林伟。下面是报价，您有空的时候看一下就好。' },
    { name: 'English bridge', code: "Hi Jac, I'm Lin from Hengda. You can read this when convenient." },
    { name: '您现在方便吗', code: '王经理，您好！您现在方便吗？' },
    { name: 'no rush', code: 'Hi Jac, no rush on this.' },
    {
      name: 'familiar follow-up',
      code: '---\nto: 王总\nrelation: familiar\n---\n王总，您好！样品周四寄出。',
    },
    {
      name: 'familiar reply',
      code: '---\nrelation: familiar\n---\n> Can you ship?\n\nHi Jac, yes: Thursday.',
    },
    { name: 'only quoted text', code: '> 在吗？' },
  ],
  invalid: [
    {
      name: 'Chinese: after the opening',
      code: '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟。\n\n1. 价格低8%。',
      errors: [{ messageId: 'missing', severity: 'hint', line: 4, column: 1, endColumn: 7 }],
      output:
        '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟。\n\n请问您现在方便占用三分钟吗？\n\n1. 价格低8%。',
    },
    {
      name: 'English',
      code: "Dear Jac, good morning!\n\nI'm Lin from Hengda.\n\nOur price is 8% lower.",
      errors: [{ messageId: 'missing' }],
      output:
        "Dear Jac, good morning!\n\nI'm Lin from Hengda.\n\nDo you have three minutes?\n\nOur price is 8% lower.",
    },
    {
      name: '三分钟 in a video caption is not the ask',
      code: '王经理，您好！\n\n[视频 3分钟 2M] 生产线，三分钟。',
      errors: [{ messageId: 'missing' }],
      output: '王经理，您好！\n\n请问您现在方便占用三分钟吗？\n\n[视频 3分钟 2M] 生产线，三分钟。',
    },
    {
      name: 'a greeting that runs into content: after the greeting and introduction, not above them',
      code: '---\nto: 王经理\n---\n王经理，您好！我是恒达包装的林伟。我们的优势有两条：\n1. 价格低\n2. 交期快',
      errors: [{ messageId: 'missing' }],
      output:
        '---\nto: 王经理\n---\n王经理，您好！我是恒达包装的林伟。请问您现在方便占用三分钟吗？我们的优势有两条：\n1. 价格低\n2. 交期快',
    },
    {
      name: 'English greeting line of its own: the ask on the next line',
      code: 'Dear Jac,\nOur price is 8% lower.',
      errors: [{ messageId: 'missing' }],
      output: 'Dear Jac,\nDo you have three minutes?\nOur price is 8% lower.',
    },
    {
      name: 'no opening: before the first message',
      code: 'Our price is 8% lower.',
      errors: [{ messageId: 'missing' }],
      output: 'Do you have three minutes?\n\nOur price is 8% lower.',
    },
    {
      name: 'CRLF and emoji',
      code: 'Hi Jac 👋\r\n\r\nNew range out.',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 7 }],
      output: 'Hi Jac 👋\r\n\r\nDo you have three minutes?\r\n\r\nNew range out.',
    },
  ],
});
