import { readFileSync } from 'node:fs';
import { messageBudget } from '../../../server/src/core/rules/structure/message-budget';
import { ruleTester } from '../../rule-tester';

const zhGood = readFileSync('test/fixtures/good-chat/zh-first-contact.msg', 'utf8');
const enGood = readFileSync('test/fixtures/good-chat/en-first-contact.msg', 'utf8');
const opening = "Dear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?\n\n";

ruleTester.run(messageBudget, {
  valid: [
    zhGood,
    enGood,
    {
      name: 'familiar follow-up, three messages',
      code: '---\nrelation: familiar\n---\n王总，您好！样品周四寄出。\n\n单号 SF123。\n\n周一到。',
    },
    {
      name: 'quoted messages do not count',
      code: '> 样品呢？\n\n> 还有报价？\n\n王总，您好！\n\n样品周四寄出。\n\n报价见附件。\n\n有问题随时找我。',
    },
    { name: 'the opening does not count', code: `${opening}Point one.\n\nPoint two.\n\nPoint three.` },
    {
      name: 'a larger budget from configuration',
      code: 'a1\n\na2\n\na3\n\na4',
      config: { budgets: { messages: 4 } },
    },
  ],
  invalid: [
    {
      name: 'English, four content messages: info',
      code: `${opening}Point one.\n\nPoint two.\n\nPoint three.\n\nPoint four.`,
      errors: [
        {
          messageId: 'over',
          severity: 'info',
          line: 13,
          column: 1,
          endColumn: 12,
          data: { count: 4, budget: 3 },
        },
      ],
      output: null,
    },
    {
      name: 'Chinese, six content messages: warning',
      code: '王经理，您好！\n\n价格低8%。\n\n交期12天。\n\n样品免费。\n\n可开发票。\n\n支持定制。\n\n欢迎来厂参观。',
      errors: [{ messageId: 'farOver', severity: 'warning', line: 9, data: { count: 6, max: 5 } }],
      output: null,
    },
    {
      name: 'a greeting that goes straight into content is content',
      code: 'Hi Jac, price is down 8%.\n\nLead time 12 days.\n\nSamples free.\n\nInvoices too.',
      errors: [{ messageId: 'over', severity: 'info', line: 7 }],
      output: null,
    },
    {
      name: 'CRLF and emoji',
      code: '王总好！\r\n\r\n样品到了 📦\r\n\r\n请查收。\r\n\r\n有问题找我。\r\n\r\n🙏',
      errors: [{ messageId: 'over', line: 9, column: 1, endColumn: 3 }],
      output: null,
    },
    {
      name: 'a smaller budget from configuration',
      code: 'a1\n\na2',
      config: { budgets: { messages: 1, messagesMax: 1 } },
      errors: [{ messageId: 'farOver', severity: 'warning', line: 3 }],
      output: null,
    },
  ],
});
