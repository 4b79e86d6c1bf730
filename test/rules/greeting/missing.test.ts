import { missing } from '../../../server/src/core/rules/greeting/missing';
import { ruleTester } from '../../rule-tester';

const zhGood =
  '---\nto: 王经理\nrelation: new\n---\n王经理，您好！\n\n我是恒达包装的林伟，专做出口纸箱。\n\n请问您现在方便占用三分钟吗？';
const enGood =
  "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?";

ruleTester.run(missing, {
  valid: [
    // In context: in a reply a bare name with a comma or colon is a greeting; colleagues need none.
    {
      name: 'in context: reply, `Gary:`',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\nSubject: Re: cartons\nContent-Type: text/plain; charset=utf-8\n\nGary:\n\nThe cartons ship Friday.\n',
    },
    {
      name: 'in context: reply, `Vince,` (CRLF, emoji)',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\nSubject: Re: cartons\nContent-Type: text/plain; charset=utf-8\n\nVince, 👍\n\nThe cartons ship Friday.\n'.replace(
        /\n/g,
        '\r\n',
      ),
    },
    {
      name: 'in context: reply, `Guys,`',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\nSubject: Re: cartons\nContent-Type: text/plain; charset=utf-8\n\nGuys,\n\nThe cartons ship Friday.\n',
    },
    {
      name: 'in context: reply, `Hi all`',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\nSubject: Re: cartons\nContent-Type: text/plain; charset=utf-8\n\nHi all\n\nThe cartons ship Friday.\n',
    },
    {
      name: 'in context: reply, `张伟：`',
      kind: 'eml',
      code: 'From: 林伟 <lin.wei@hengda.example>\nTo: 王伟 <wang@buyer.example>\nSubject: 回复: 纸箱报价\nContent-Type: text/plain; charset=utf-8\n\n张伟：\n\n纸箱周五发货。\n',
    },
    {
      name: 'in context: reply, `各位`',
      kind: 'eml',
      code: 'From: 林伟 <lin.wei@hengda.example>\nTo: 王伟 <wang@buyer.example>\nSubject: 回复: 纸箱报价\nContent-Type: text/plain; charset=utf-8\n\n各位：\n\n纸箱周五发货。\n',
    },
    { name: 'in context: chat answer, `亲，`', code: '---\nreply: true\n---\n亲，纸箱周五发货哦。' },
    // real shop and chat answers mid-thread: the customer wrote first, the conversation is open
    {
      name: 'in context: real chat answer, no greeting',
      code: '---\nreply: true\nlang: zh\n---\n> 那要怎样这也不行那也不行\n\n发邮政的哦',
    },
    {
      name: 'in context: real English chat answer (CRLF, emoji)',
      code: '---\r\nreply: true\r\n---\r\n> can you send the invoice again\r\n\r\nSure, sent it just now 👍',
    },
    {
      name: 'in context: internal mail, no greeting',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Zhang Min <zhang.min@hengda.example>, ops@hengda.example\nSubject: Weekly report\nContent-Type: text/plain; charset=utf-8\n\nThe report is on the share.\n',
    },
    {
      name: 'in context: internal mail in Chinese, no greeting',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Zhang Min <zhang.min@hengda.example>, ops@hengda.example\nSubject: Weekly report\nContent-Type: text/plain; charset=utf-8\n\n周报已放到共享盘。\n',
    },
    zhGood,
    enGood,
    {
      name: 'familiar follow-up',
      code: '---\nto: 王总\nrelation: familiar\n---\n王总，您好！样品周四寄出。',
    },
    {
      name: 'reply under a quoted message',
      code: '> Can you ship before Friday?\n\nHi Jac, yes: Thursday by DHL.',
    },
    { name: 'Chinese letter form', code: '尊敬的王经理：\n您好！附上报价。' },
    { name: 'generic greetings are greeting/generic’s business', code: '您好！我是恒达包装的林伟。' },
    'Hello, I’m Lin from Hengda.',
    { name: 'group greeting', code: '大家好，周五的会议改到三点。' },
    { name: 'a bare name is greeting/courtesy’s business', code: '王经理：\n报价附上。' },
    { name: 'a presence check first is presence-check’s business', code: '在吗？\n\n王经理，您好！' },
    { name: 'emoji after the greeting', code: 'Hi Jac 👋 the samples are ready.' },
    { name: 'empty draft', code: '' },
    {
      name: '您好，在吗？ greets: the presence check goes, the greeting stays (no second greeting)',
      code: '---\nto: 林总\n---\n您好，在吗？\n\n我们的新报价出来了，请您看一下。',
    },
    { name: 'front matter only', code: '---\nto: Jac\n---\n' },
    {
      name: 'e-mail with a salutation',
      kind: 'eml',
      code: 'To: Jac Chen <jac@buyer.example>\nSubject: Carton quote\n\nDear Jac,\n\nPlease find our quote below.\n',
    },
    {
      name: 'Chinese e-mail',
      kind: 'eml',
      code: 'To: 王伟 <w@buyer.example>\nSubject: 纸箱报价\nContent-Type: text/plain; charset=utf-8\n\n王经理：\n\n您好！附上报价。\n',
    },
    {
      name: 'in context: real mailing-list reply, no greeting (CRLF)',
      kind: 'eml',
      code: 'From: Karl <karl@mail.example>\r\nTo: dev-list@lists.example.org\r\nSubject: Re: proposal: drop Python 2 support\r\nIn-Reply-To: <h2@mail.example>\r\n\r\n> I think we should drop it.\r\n\r\n+1. Keeping it costs us a CI job. 👍\r\n',
    },
    {
      name: 'in context: reply to a list that says so in List-Id',
      kind: 'eml',
      code: 'From: 林伟 <lin@mail.example>\nTo: 开发组 <dev@example.org>\nList-Id: <dev.example.org>\nSubject: 回复: 发布计划\nContent-Type: text/plain; charset=utf-8\n\n同意，发布说明我来写。\n',
    },
    {
      name: 'e-mail reply: the quoted thread is not the writer’s',
      kind: 'eml',
      code: 'To: Jac <jac@buyer.example>\nSubject: Re: samples\n\nHi Jac,\n\nThursday.\n\nOn Mon, 3 Jun 2024, Jac wrote:\n> ship it\n',
    },
  ],
  invalid: [
    {
      name: 'in context: a first mail to a list address (not a reply) still greets',
      kind: 'eml',
      code: 'From: Karl <karl@mail.example>\nTo: dev-list@lists.example.org\nSubject: proposal: drop Python 2 support\n\nI think we should drop it.\n',
      errors: [{ messageId: 'missing' }],
      output:
        'From: Karl <karl@mail.example>\nTo: dev-list@lists.example.org\nSubject: proposal: drop Python 2 support\n\nDear [name],\n\nI think we should drop it.\n',
    },
    {
      name: 'in context: a cold first e-mail: a bare unknown name is no greeting',
      kind: 'eml',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\nSubject: Cartons\nContent-Type: text/plain; charset=utf-8\n\nVince,\n\nOur cartons are cheap.\n',
      errors: [{ messageId: 'missing' }],
      output:
        'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\nSubject: Cartons\nContent-Type: text/plain; charset=utf-8\n\nDear Jac Chen,\n\nVince,\n\nOur cartons are cheap.\n',
    },
    {
      name: 'in context: a reply that starts with no greeting at all still gets one',
      kind: 'eml',
      code: 'From: 林伟 <lin.wei@hengda.example>\nTo: 王伟 <wang@buyer.example>\nSubject: 回复: 纸箱报价\nContent-Type: text/plain; charset=utf-8\n\n另外，\n\n纸箱周五发货。\n',
      errors: [{ messageId: 'missing' }],
      output:
        'From: 林伟 <lin.wei@hengda.example>\nTo: 王伟 <wang@buyer.example>\nSubject: 回复: 纸箱报价\nContent-Type: text/plain; charset=utf-8\n\n王伟，您好！\n\n另外，\n\n纸箱周五发货。\n',
    },
    {
      name: 'Chinese, name known',
      code: '---\nto: 王经理\nlang: zh\n---\n我们的纸箱比市场价低8%。',
      errors: [{ messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 14 }],
      output: '---\nto: 王经理\nlang: zh\n---\n王经理，您好！\n\n我们的纸箱比市场价低8%。',
    },
    {
      name: 'English, name known',
      code: '---\nto: Jac\n---\nOur cartons are 8% cheaper.',
      errors: [{ messageId: 'missing', line: 4, column: 1 }],
      output: '---\nto: Jac\n---\nDear Jac, good morning!\n\nOur cartons are 8% cheaper.',
    },
    {
      name: 'Chinese, no name: placeholder',
      code: '样品已经寄出。',
      errors: [{ messageId: 'missing' }],
      output: '[称呼]，您好！\n\n样品已经寄出。',
    },
    {
      name: 'English, no name: placeholder',
      code: 'The samples shipped today.\n',
      errors: [{ messageId: 'missing' }],
      output: 'Dear [name], good morning!\n\nThe samples shipped today.\n',
    },
    {
      name: 'CRLF and emoji',
      code: '---\r\nto: Jac\r\n---\r\nPrice list attached 📎\r\n\r\nThanks',
      errors: [{ messageId: 'missing', line: 4, column: 1, endLine: 4, endColumn: 23 }],
      output: '---\r\nto: Jac\r\n---\r\nDear Jac, good morning!\r\n\r\nPrice list attached 📎\r\n\r\nThanks',
    },
    {
      name: 'after a presence check, the first real message',
      code: '在吗？\n\n我想问一下价格。',
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
      output: '在吗？\n\n[称呼]，您好！\n\n我想问一下价格。',
    },
    {
      name: 'a name later in the line is not a greeting',
      code: '---\nto: Jac\n---\nThanks, Jac, for the order.',
      errors: [{ messageId: 'missing' }],
      output: '---\nto: Jac\n---\nDear Jac, good morning!\n\nThanks, Jac, for the order.',
    },
    {
      name: 'e-mail: inserted at the start of the body, with the decoded display name',
      kind: 'eml',
      code: 'To: "Chen, Jac" <jac@buyer.example>\nSubject: Quote\n\nPlease find our quote below.\n',
      errors: [{ messageId: 'missing', line: 4, column: 1 }],
      output:
        'To: "Chen, Jac" <jac@buyer.example>\nSubject: Quote\n\nDear Jac Chen,\n\nPlease find our quote below.\n',
    },
    {
      name: 'Chinese e-mail',
      kind: 'eml',
      code: 'To: 王伟 <w@buyer.example>\nSubject: 报价\nContent-Type: text/plain; charset=utf-8\n\n附上报价单，请查收。\n',
      errors: [{ messageId: 'missing', line: 5 }],
      output:
        'To: 王伟 <w@buyer.example>\nSubject: 报价\nContent-Type: text/plain; charset=utf-8\n\n王伟，您好！\n\n附上报价单，请查收。\n',
    },
  ],
});
