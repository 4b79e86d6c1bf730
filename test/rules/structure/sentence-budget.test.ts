import { readFileSync } from 'node:fs';
import { sentenceBudget } from '../../../server/src/core/rules/structure/sentence-budget';
import { ruleTester } from '../../rule-tester';

const zhGood = readFileSync('test/fixtures/good-chat/zh-first-contact.msg', 'utf8');
const enGood = readFileSync('test/fixtures/good-chat/en-first-contact.msg', 'utf8');
const ten = 'One. Two. Three. Four. Five.\n\nSix. Seven. Eight. Nine. Ten.';

ruleTester.run(sentenceBudget, {
  valid: [
    zhGood,
    enGood,
    readFileSync('test/fixtures/good-chat/zh-follow-up.msg', 'utf8'),
    { name: 'exactly ten', code: ten },
    { name: 'quoted sentences do not count', code: `> Q1? Q2? Q3?\n\n${ten}` },
    { name: 'placeholders are not sentences', code: `${ten}\n\n[image]\n\n[视频 2分钟 1.8MB]` },
    {
      name: 'decimals, abbreviations and list numbers do not end sentences',
      code: '1. Price 3.5 USD, e.g. for 500 pcs.\n2. Lead time approx. 12 days.',
    },
    { name: 'a larger budget', code: `${ten} Eleven.`, config: { budgets: { sentences: 11 } } },
  ],
  invalid: [
    {
      name: 'English, eleven',
      code: `${ten}\n\nEleven.`,
      errors: [
        { messageId: 'over', line: 5, column: 1, endColumn: 8, data: { count: 11, budget: 10, n: 11 } },
      ],
      output: null,
    },
    {
      name: 'Chinese',
      code: '王经理，您好！我是林伟。价格低。交期短。\n\n样品免费。可开票。可定制。\n\n欢迎参观！请回复。谢谢！再见。',
      errors: [{ messageId: 'over', line: 5, column: 13, data: { count: 11 } }],
      output: null,
    },
    {
      name: 'CRLF and emoji',
      code: 'A. B. C. D. E.\r\n\r\nF. G. H. I. J.\r\n\r\n👍',
      errors: [{ messageId: 'over', line: 5, column: 1, endColumn: 3 }],
      output: null,
    },
  ],
});
