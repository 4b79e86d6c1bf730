import { filler } from '../../../server/src/core/rules/tone/filler';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(filler, {
  valid: [
    '也就是说，价格保持不变。',
    '这就是说，交期提前两天。',
    '那个价格已经是最新的。',
    '金额已确认，额度足够。',
    '额外费用由我方承担。',
    'The film is 5 um thick.',
    'Could you confirm the delivery date by Friday?',
    'We will touch on base prices in the next section.',
    { code: '> 嗯嗯，好的\n\n王经理您好，已确认。', name: 'quoted line' },
    { code: emlReply('Dear Jac, the quote is attached below.', 'Just checking in.'), kind: 'eml' },
    { code: eml('Dear Jac,\n\nThe order ships on 12 May.\n\nBest regards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    { code: '嗯嗯，好的', errors: [{ messageId: 'filler', column: 1, endColumn: 3 }], output: '好的' },
    { code: '然后然后我们再确认', errors: [{ messageId: 'stutter' }], output: '然后我们再确认' },
    { code: '就是说，价格不变。', errors: [{ messageId: 'filler' }], output: '价格不变。' },
    { code: '额，这个价格😅', errors: 1, output: '这个价格😅' },
    { code: 'Just checking in.\r\nThe quote?', errors: [{ messageId: 'checkIn' }], output: 'The quote?' },
    {
      code: 'Hi Jac, just checking in on the quote.',
      errors: [{ messageId: 'checkIn', column: 9 }],
      output: null,
    },
    { code: 'Um, the price is fine.', errors: [{ messageId: 'filler' }], output: 'The price is fine.' },
    {
      code: eml('Dear Jac,\n\nJust touching base.\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'checkIn', line: 9 }],
      output: eml('Dear Jac,\n\n\nBest regards,\nLin'),
    },
  ],
});
