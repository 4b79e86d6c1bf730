import { negative } from '../../../server/src/core/rules/tone/negative';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(negative, {
  valid: [
    // Real text (issue 19): questions, problems described, alternatives offered.
    'Since this morning browsing is almost impossible from the 32nd floor.',
    '没办法收件了吗？我这两天出差',
    '亲这边没办法收件了吗',
    "It's the flaky test again. No way to reproduce it locally so far.",
    '亲，今天到是做不到的哦，最快明天，我给您加急发出',
    '如果还是不行，请把出错时间发给我。',
    '据客户说，这个方案根本不可能。',
    {
      code: eml(
        "Mike,\n\nThe get_token call times out first. I don't know\nwhy yet; I'll have an answer by noon.\n\nLiz",
      ),
      kind: 'eml',
      name: 'hard-wrapped line',
    },
    '这个价格行不行？',
    '不行的话我们再商量。',
    '有没有办法提前发货？',
    '我们不能退款，但可以为您换货。',
    '我不知道您是否方便下午通话？',
    'We cannot refund, but we can replace the cartons.',
    "Sorry, we can't ship on Sunday; Monday morning works.",
    "I don't know if you have seen the new catalogue.",
    'It is not impossible: we will check with the mill.',
    { code: '> 我们不能退款。\n\n王经理您好，已为您换货。', name: 'quoted line' },
    { code: emlReply('Dear Jac, we will replace the cartons.', 'No way.'), kind: 'eml' },
    { code: eml('Dear Jac,\n\nWe can replace the cartons by Friday.\n\nBest regards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    {
      code: "Hi Omar,\r\n\r\nUnfortunately we can't deliver to site B on Saturday.",
      errors: [{ messageId: 'refusal' }],
      output: null,
    },
    { code: '这个真的没办法。', errors: [{ messageId: 'negative' }], output: null },
    {
      code: '我们不能退款。',
      errors: [{ messageId: 'refusal', column: 1, endColumn: 5, severity: 'info' }],
      output: null,
    },
    { code: '这样不行。', errors: [{ messageId: 'negative', column: 3 }], output: null },
    { code: '没办法，这个不归我管😅', errors: 2, output: null },
    { code: 'We cannot refund.', errors: [{ messageId: 'refusal' }], output: null },
    { code: "That's impossible.\r\nI don't know.", errors: 2, output: null },
    {
      code: eml('Jac,\n\nSorry, this is not my job.\n\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'negative', line: 9, column: 16 }],
      output: null,
    },
  ],
});
