import { selfIntro } from '../../../server/src/core/rules/greeting/self-intro';
import { ruleTester } from '../../rule-tester';

ruleTester.run(selfIntro, {
  valid: [
    {
      name: 'in context: a reply (subject prefix)',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\nSubject: Re: cartons\nContent-Type: text/plain; charset=utf-8\n\nJac,\n\nThe cartons ship Friday.\n',
    },
    {
      name: 'in context: a Chinese reply',
      kind: 'eml',
      code: 'From: 林伟 <lin.wei@hengda.example>\nTo: 王伟 <wang@buyer.example>\nSubject: 回复: 纸箱报价\nContent-Type: text/plain; charset=utf-8\n\n王伟：\n\n纸箱周五发货。\n',
    },
    {
      name: 'in context: internal mail (CRLF)',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Zhang Min <zhang.min@hengda.example>, ops@hengda.example\nSubject: Weekly report\nContent-Type: text/plain; charset=utf-8\n\nZhang Min,\n\nThe report is on the share.\n'.replace(
        /\n/g,
        '\r\n',
      ),
    },
    {
      name: 'in context: a chat answer (`reply: true`)',
      code: '---\nto: 王经理\nreply: true\n---\n王经理：\n\n纸箱周五发货。',
    },
    {
      name: 'in context: a chat answer under the customer’s question',
      code: '> How much is a carton?\n\nJac,\n\n2.5 USD each.',
    },
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟，专做出口纸箱。\n\n请问您现在方便占用三分钟吗？',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?",
    { name: 'in the greeting message', code: '王经理，您好！我这边是恒达包装的小林。' },
    { name: 'in the second content message', code: 'Hi Jac!\n\nQuick note first.\n\nThis is Lin at Hengda.' },
    { name: 'my name is', code: 'Hello Jac, my name is Lin Wei, sales manager at Hengda.' },
    {
      name: 'familiar follow-up',
      code: '---\nto: 王总\nrelation: familiar\n---\n王总，您好！样品周四寄出。',
    },
    {
      name: 'familiar reply',
      code: '---\nrelation: familiar\n---\n> Can you ship?\n\nHi Jac, yes: Thursday.',
    },
    {
      name: 'an ask for three minutes before the introduction is not content',
      code: '---\nto: Mr. Patel\n---\nHi Mr. Patel\n\nDo you have three minutes?\n\nThis is Kevin from Sunrise Electronics. We make chargers.',
    },
    {
      name: 'e-mail: the first paragraph',
      kind: 'eml',
      code: "To: Jac <jac@buyer.example>\nSubject: Cartons\n\nDear Jac,\n\nI'm Lin from Hengda Packaging.\n",
    },
    {
      name: 'e-mail: the signature says who you are',
      kind: 'eml',
      code: 'To: Jac <jac@buyer.example>\nSubject: Cartons\n\nDear Jac,\n\nOur quote is below.\n\nBest regards,\nLin Wei\nHengda Packaging\n',
    },
    {
      name: 'e-mail: a Chinese sign-off',
      kind: 'eml',
      code: 'To: 王伟 <w@buyer.example>\nSubject: 报价\nContent-Type: text/plain; charset=utf-8\n\n王经理：\n\n您好！附上报价。\n\n祝好\n林伟\n恒达包装\n',
    },
    {
      name: 'e-mail reply',
      kind: 'eml',
      code: 'To: Jac <jac@buyer.example>\nSubject: Re: samples\n\nHi Jac,\n\nThursday.\n\nOn Mon, 3 Jun 2024, Jac wrote:\n> ship it\n',
    },
  ],
  invalid: [
    {
      name: 'Chinese: after a greeting message, a new message',
      code: '---\nto: 王经理\n---\n王经理，您好！\n\n我们的纸箱比市场价低8%。',
      errors: [{ messageId: 'missing', line: 4, column: 1, endColumn: 7 }],
      output:
        '---\nto: 王经理\n---\n王经理，您好！\n\n我是[公司]的[姓名]，[一句话说明能为您做什么]。\n\n我们的纸箱比市场价低8%。',
    },
    {
      name: 'English: after the greeting in the same message',
      code: '---\nto: Jac\n---\nDear Jac, good morning! Our cartons are 8% cheaper.',
      errors: [{ messageId: 'missing' }],
      output:
        "---\nto: Jac\n---\nDear Jac, good morning! I'm [your name] from [company]. [What you can do for them, in one sentence.] Our cartons are 8% cheaper.",
    },
    {
      name: 'no greeting: before the first message',
      code: '我们的纸箱比市场价低8%。',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
      output: '我是[公司]的[姓名]，[一句话说明能为您做什么]。\n\n我们的纸箱比市场价低8%。',
    },
    {
      name: '“I am glad” is not an introduction',
      code: 'Hi Jac, I am glad to write to you about cartons.',
      errors: [{ messageId: 'missing' }],
      output:
        "Hi Jac, I'm [your name] from [company]. [What you can do for them, in one sentence.] I am glad to write to you about cartons.",
    },
    {
      name: '“我是说” is not an introduction',
      code: '王经理，您好！我是说价格可以谈。',
      errors: [{ messageId: 'missing' }],
      output: '王经理，您好！我是[公司]的[姓名]，[一句话说明能为您做什么]。我是说价格可以谈。',
    },
    {
      name: 'CRLF and emoji',
      code: '王经理，您好！\r\n\r\n新品到了 🎉',
      errors: [{ messageId: 'missing', line: 1 }],
      output: '王经理，您好！\r\n\r\n我是[公司]的[姓名]，[一句话说明能为您做什么]。\r\n\r\n新品到了 🎉',
    },
    {
      name: 'e-mail to a stranger, unsigned',
      kind: 'eml',
      code: 'To: Jac <jac@buyer.example>\nSubject: Cartons\n\nDear Jac,\n\nOur quote is below.\n',
      errors: [{ messageId: 'missing', line: 4 }],
      output:
        "To: Jac <jac@buyer.example>\nSubject: Cartons\n\nDear Jac,\n\nI'm [your name] from [company]. [What you can do for them, in one sentence.]\n\nOur quote is below.\n",
    },
  ],
});
