import { length } from '../../../server/src/core/rules/email/length';
import { ruleTester } from '../../rule-tester';
import { eml, encodedMail, reply } from './helpers';

const SIG = '\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging';
const ZSIG = '\n\n此致\n敬礼\n林伟\n恒达包装 销售经理';
/** `n` English words in paragraphs of 50. */
const words = (n: number) =>
  Array.from({ length: Math.ceil(n / 50) }, (_, p) =>
    Array.from({ length: Math.min(50, n - p * 50) }, () => 'carton').join(' '),
  ).join('\n\n');
/** `n` Han characters in paragraphs of 100. */
const han = (n: number) =>
  Array.from({ length: Math.ceil(n / 100) }, (_, p) => '纸'.repeat(Math.min(100, n - p * 100))).join('\n\n');

ruleTester.run(length, {
  valid: [
    eml(`Dear Jac,\n\n${words(296)}${SIG}`),
    eml(`王经理：\n\n${han(597)}${ZSIG}`),
    {
      code: eml(`Dear Jac,\n\n${words(150)}\n\n${han(290)}${SIG}`),
      name: 'mixed, under one budget together',
    },
    {
      code: eml(reply(`Hi Jac,\n\n${words(100)}${SIG}`, words(900))),
      name: 'the quoted thread does not count',
    },
    {
      code: eml(`Dear Jac,\n\n${words(200)}\n\n-- \nLin Wei\n${words(200)}`),
      name: 'the signature does not count',
    },
    {
      code: eml(
        `Dear Jac,\n\n${words(280)}${SIG}\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. ${words(40)}`,
      ),
      name: 'a disclaimer does not count',
    },
    {
      code: eml(`Dear Jac,\n\n${words(400)}${SIG}`),
      config: { budgets: { emailWords: 500 } },
      name: 'a larger budget',
    },
    { code: eml(`Dear Jac 🎉,\n\n${words(200)}${SIG}`, { eol: '\r\n' }), name: 'emoji, CRLF' },
  ],
  invalid: [
    {
      code: eml(`Dear Jac,\n\n${words(350)}${SIG}`),
      errors: [
        {
          messageId: 'long',
          line: 20,
          column: 1,
          severity: 'info',
          data: { words: 352, chars: 0, wordBudget: 300 },
        },
      ],
    },
    {
      code: eml(`王经理：\n\n${han(700)}${ZSIG}`),
      locale: 'zh',
      errors: [{ messageId: 'long', line: 20, data: { chars: 703 }, message: '要点放在最前面' }],
    },
    {
      name: 'mixed: the two shares add up',
      code: eml(`Dear Jac,\n\n${words(200)}\n\n${han(300)}${SIG}`),
      errors: [{ messageId: 'long', line: 20, data: { words: 202, chars: 300 } }],
    },
    {
      name: 'a smaller budget',
      code: eml(`Dear Jac,\n\n${words(150)}${SIG}`),
      config: { budgets: { emailWords: 100 } },
      errors: [{ messageId: 'long', line: 12, data: { wordBudget: 100 } }],
    },
    {
      name: 'emoji, CRLF',
      code: eml(`Dear Jac 🎉,\n\n${words(400)}${SIG}`, { eol: '\r\n' }),
      errors: [{ messageId: 'long', line: 20 }],
    },
    {
      name: 'base64 Chinese body',
      code: encodedMail(`王经理：\n\n${han(700)}${ZSIG}`, 'base64'),
      errors: [{ messageId: 'long' }],
    },
  ],
});
