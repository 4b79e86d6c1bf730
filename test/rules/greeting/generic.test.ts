import { generic } from '../../../server/src/core/rules/greeting/generic';
import { ruleTester } from '../../rule-tester';

ruleTester.run(generic, {
  valid: [
    {
      name: 'in context: internal mail, `Hi,`',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Zhang Min <zhang.min@hengda.example>, ops@hengda.example\nSubject: Weekly report\nContent-Type: text/plain; charset=utf-8\n\nHi,\n\nThe report is on the share.\n',
    },
    {
      name: 'in context: internal mail, `您好！`',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Zhang Min <zhang.min@hengda.example>, ops@hengda.example\nSubject: Weekly report\nContent-Type: text/plain; charset=utf-8\n\n您好！\n\n周报已放到共享盘。\n',
    },
    {
      name: 'in context: a shop answering a customer, `亲，` (emoji)',
      code: '---\nreply: true\n---\n亲，纸箱周五发货哦 😊',
    },
    { name: 'in context: `亲爱的` in an answer', code: '> 什么时候发货？\n\n亲爱的，周五发货。' },
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟。',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.",
    { name: 'familiar follow-up', code: '---\nto: 王总\nrelation: familiar\n---\n王总好！样品周四寄出。' },
    { name: 'reply', code: '> Can you ship before Friday?\n\nHi Jac, yes: Thursday by DHL.' },
    { name: 'Mr + surname of the known name', code: '---\nto: Jac Chen\n---\nDear Mr Chen,\n\nOur quote.' },
    { name: 'same surname and a title', code: '---\nto: 王伟\n---\n王总，您好！' },
    {
      name: 'group greetings address many on purpose',
      code: '---\nto: Jac\n---\nHi all, the meeting moves to 3 pm.',
    },
    '大家好，周五的会议改到三点。',
    {
      name: 'Dear Sir or Madam is right when no name is known',
      code: 'Dear Sir or Madam,\n\nWe make cartons.',
    },
    { name: 'words that only look like greetings', code: '亲自给您送过去。' },
    '你好像忘了附件。',
    'Hi-res images attached.',
    { name: 'no greeting at all is greeting/missing’s business', code: 'Our cartons are 8% cheaper.' },
    { name: 'a generic greeting in quoted text', code: '> 您好，在吗？\n\n王经理，您好！样品已寄出。' },
    {
      name: 'e-mail with a name',
      kind: 'eml',
      code: 'To: Jac Chen <jac@buyer.example>\nSubject: Quote\n\nHi Jac,\n\nOur quote is below.\n',
    },
  ],
  invalid: [
    {
      name: 'Chinese, name known: warning, the name goes before 您好',
      code: '---\nto: 王经理\n---\n您好！我是恒达包装的林伟。',
      errors: [
        {
          messageId: 'generic',
          severity: 'warning',
          line: 4,
          column: 1,
          endColumn: 3,
          data: { name: '王经理' },
        },
      ],
      output: '---\nto: 王经理\n---\n王经理，您好！我是恒达包装的林伟。',
    },
    {
      name: 'English, name known: Hello → Hello Jac',
      code: "---\nto: Jac\n---\nHello, I'm Lin from Hengda.",
      errors: [{ messageId: 'generic', severity: 'warning', line: 4, column: 1, endColumn: 6 }],
      output: "---\nto: Jac\n---\nHello Jac, I'm Lin from Hengda.",
    },
    {
      name: 'Hi there → Hi Jac',
      code: '---\nto: Jac\n---\nHi there, good morning!',
      errors: [{ messageId: 'generic', severity: 'warning' }],
      output: '---\nto: Jac\n---\nHi Jac, good morning!',
    },
    {
      name: 'Hi dear → Hi Mr. Patel (the generic term is replaced, not kept)',
      code: '---\nto: Mr. Patel\n---\nHi dear\n\nThis is Kevin from Sunrise Electronics.',
      errors: [{ messageId: 'generic', severity: 'warning' }],
      output: '---\nto: Mr. Patel\n---\nHi Mr. Patel\n\nThis is Kevin from Sunrise Electronics.',
    },
    {
      name: 'Dear Sir or Madam when the name is known',
      code: '---\nto: Jac Chen\n---\nDear Sir or Madam,\n\nWe make cartons.',
      errors: [{ messageId: 'generic', severity: 'warning' }],
      output: '---\nto: Jac Chen\n---\nDear Jac Chen,\n\nWe make cartons.',
    },
    {
      name: '尊敬的客户 → 尊敬的王经理',
      code: '---\nto: 王经理\n---\n尊敬的客户：您好！',
      errors: [{ messageId: 'generic' }],
      output: '---\nto: 王经理\n---\n尊敬的王经理：您好！',
    },
    {
      name: '亲 is replaced by the name',
      code: '---\nto: 王经理\n---\n亲，样品到了吗？',
      errors: [{ messageId: 'generic' }],
      output: '---\nto: 王经理\n---\n王经理，样品到了吗？',
    },
    {
      name: 'no name known: info, with a placeholder',
      code: '你好，我是恒达包装的林伟。',
      errors: [{ messageId: 'genericUnknown', severity: 'info' }],
      output: '[称呼]，你好，我是恒达包装的林伟。',
    },
    {
      name: 'English, no name known',
      code: 'Hello!\n\nWe make cartons.',
      errors: [{ messageId: 'genericUnknown', severity: 'info' }],
      output: 'Hello [name]!\n\nWe make cartons.',
    },
    {
      name: 'CRLF and emoji',
      code: '---\r\nto: Jac\r\n---\r\nHi 😀\r\n\r\nSamples shipped.',
      errors: [{ messageId: 'generic', line: 4, column: 1, endColumn: 3 }],
      output: '---\r\nto: Jac\r\n---\r\nHi Jac 😀\r\n\r\nSamples shipped.',
    },
    {
      name: 'configured severity wins over the per-finding one',
      code: 'Hello!\n\nWe make cartons.',
      config: { rules: { 'greeting/generic': 'error' } },
      errors: [{ messageId: 'genericUnknown', severity: 'error' }],
      output: 'Hello [name]!\n\nWe make cartons.',
    },
    {
      name: 'e-mail: the To: display name',
      kind: 'eml',
      code: 'To: Jac Chen <jac@buyer.example>\nSubject: Quote\n\nHello,\n\nOur quote is below.\n',
      errors: [{ messageId: 'generic', severity: 'warning', line: 4, column: 1 }],
      output: 'To: Jac Chen <jac@buyer.example>\nSubject: Quote\n\nHello Jac Chen,\n\nOur quote is below.\n',
    },
    {
      name: 'e-mail without a display name',
      kind: 'eml',
      code: 'To: jac@buyer.example\nSubject: Quote\n\nHi,\n\nOur quote is below.\n',
      errors: [{ messageId: 'genericUnknown', severity: 'info' }],
      output: 'To: jac@buyer.example\nSubject: Quote\n\nHi [name],\n\nOur quote is below.\n',
    },
  ],
});
