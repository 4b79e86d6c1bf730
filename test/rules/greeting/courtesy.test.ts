import { courtesy } from '../../../server/src/core/rules/greeting/courtesy';
import { ruleTester } from '../../rule-tester';

ruleTester.run(courtesy, {
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
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟。',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.",
    {
      name: 'familiar: the name alone is fine',
      code: '---\nto: 王总\nrelation: familiar\n---\n王总，样品周四寄出。',
    },
    {
      name: 'familiar, English',
      code: '---\nto: Jac\nrelation: familiar\n---\nJac, the samples left today.',
    },
    { name: 'Chinese letter: the courtesy on the next line', code: '王经理：\n您好！附上报价。' },
    { name: 'Chinese letter: the courtesy in the next paragraph', code: '王经理：\n\n您好！附上报价。' },
    { name: '王经理好 written together', code: '王经理好！样品已寄出。' },
    { name: 'a name inside a sentence is no greeting', code: '王总说的方案我们已经准备好了。' },
    { name: 'generic greetings are greeting/generic’s business', code: '您好，我是林伟。' },
    { name: 'Thanks, Jac is not a greeting', code: '---\nto: Jac\n---\nThanks, Jac, for the order.' },
    { name: 'quoted text', code: '> 王经理：\n> 报价呢\n\n王经理，您好！报价已发。' },
    {
      name: 'e-mail reply: the name alone is fine',
      kind: 'eml',
      code: 'To: Jac <jac@buyer.example>\nSubject: Re: samples\n\nJac,\n\nThursday.\n\nOn Mon, 3 Jun 2024, Jac wrote:\n> ship it\n',
    },
  ],
  invalid: [
    {
      name: 'Chinese colon form',
      code: '---\nto: 王经理\n---\n王经理：\n报价附上，请查收。',
      errors: [{ messageId: 'courtesy', line: 4, column: 1, endColumn: 4, data: { name: '王经理' } }],
      output: '---\nto: 王经理\n---\n王经理：您好！\n报价附上，请查收。',
    },
    {
      name: 'Chinese comma form, content on the same line',
      code: '王经理，报价附上，请查收。',
      errors: [{ messageId: 'courtesy' }],
      output: '王经理，您好！报价附上，请查收。',
    },
    {
      name: 'the recipient’s full name',
      code: '---\nto: 王伟\n---\n王伟：\n\n附上报价。',
      errors: [{ messageId: 'courtesy' }],
      output: '---\nto: 王伟\n---\n王伟：您好！\n\n附上报价。',
    },
    {
      name: 'English: Dear is added',
      code: '---\nto: Jac Chen\n---\nJac,\n\nOur quote is below.',
      errors: [{ messageId: 'courtesy', line: 4, column: 1, endColumn: 4 }],
      output: '---\nto: Jac Chen\n---\nDear Jac,\n\nOur quote is below.',
    },
    {
      name: 'a title without a known name',
      code: 'Mr Chen,\n\nOur quote is below.',
      errors: [{ messageId: 'courtesy' }],
      output: 'Dear Mr Chen,\n\nOur quote is below.',
    },
    {
      name: 'CRLF and emoji',
      code: '---\r\nto: 李总\r\n---\r\n李总，\r\n样品到了 📦',
      errors: [{ messageId: 'courtesy', line: 4, column: 1, endColumn: 3 }],
      output: '---\r\nto: 李总\r\n---\r\n李总，您好！\r\n样品到了 📦',
    },
    {
      name: 'e-mail to a stranger',
      kind: 'eml',
      code: 'To: Jac Chen <jac@buyer.example>\nSubject: Quote\n\nJac,\n\nOur quote is below.\n',
      errors: [{ messageId: 'courtesy', line: 4 }],
      output: 'To: Jac Chen <jac@buyer.example>\nSubject: Quote\n\nDear Jac,\n\nOur quote is below.\n',
    },
  ],
});
