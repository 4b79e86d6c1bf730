import { slang } from '../../../server/src/core/rules/tone/slang';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(slang, {
  valid: [
    // Real text (issue 19): addresses, domains and letter-spaced text are not slang.
    'Sure, sent it to bob.lol@example.com just now.',
    'The tracking page is lol.example.com, order 8823.',
    'It was rendered as p l e a s e  u s e  u t f - 8 in my terminal.',
    'Forwarded by Tom Lol/HOU/ECT@ECT on 05/11/2001',
    '报价单请发到 wang886@hengda.example，谢谢。',
    '附件是 报价_886_final.xlsx，请查收。',
    '王经理，您好！我晕船，所以这次不去展会了。',
    '他晕车，我们改坐高铁。',
    '这个方案倒是可以考虑。',
    '司机正在倒车入库。',
    '这是倒数第二批货。',
    '打倒一切困难！',
    '汗衫的报价已更新。',
    '工人出汗较多，我们换了透气面料。',
    'Please use the U-bolt and the U盘 with the 2U rack.',
    'Thank you, we will send the quote today.',
    'Qty: 886 pcs, total USD 886.',
    '总价886元，含运费。',
    'Link: https://example.com/u/lol',
    { code: '> 晕，怎么又涨价了\n\n王经理，您好，价格已确认。', name: 'quoted > line' },
    { code: 'Dear Jac,\n\nOn Mon, Jac wrote:\nthx u r great lol\n', name: 'On … wrote: block' },
    { code: emlReply('Dear Jac, thank you for the order.', 'thx u, lol'), kind: 'eml', name: 'eml reply' },
    { code: eml('Dear Jac,\n\nThe U-bolts ship on Friday.\n\nBest regards,\nLin'), kind: 'eml' },
    { code: 'thx for the update', config: { allowedWords: ['thx'] }, name: 'allowed word' },
  ],
  invalid: [
    {
      code: 'Column F changed. lol, I had it in the wrong column.',
      errors: [{ messageId: 'reaction' }],
      output: 'Column F changed. I had it in the wrong column.',
    },
    {
      code: '晕！价格又涨了',
      errors: [{ messageId: 'reaction', line: 1, column: 1, endColumn: 2 }],
      output: '价格又涨了',
    },
    {
      code: '价格又涨了，汗！',
      errors: [{ messageId: 'reaction', column: 7 }],
      output: '价格又涨了！',
    },
    {
      code: '木有问题，3Q!',
      errors: [{ messageId: 'replace' }, { messageId: 'replace' }],
      output: '没有问题，谢谢!',
    },
    {
      code: '好的，886',
      errors: [{ messageId: 'replace', data: { replacement: '再见' } }],
      output: '好的，再见',
    },
    { code: '神马时候发货？肿么办', errors: 2, output: '什么时候发货？怎么办' },
    {
      code: 'Thank u, pls send the PI 😊',
      errors: [
        { messageId: 'replace', column: 7, endColumn: 8 },
        { messageId: 'replace', column: 10 },
      ],
      output: 'Thank you, please send the PI 😊',
    },
    { code: 'Got it, lol.\r\nThx, see you', errors: 2, output: 'Got it.\r\nThanks, see you' },
    { code: 'OMG, the price went up.', errors: [{ messageId: 'reaction' }], output: 'The price went up.' },
    { code: 'Is ur factory open?', errors: [{ messageId: 'unclear' }], output: null },
    {
      code: eml('Dear Jac,\n\nPls confirm the order, thx.\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'replace', line: 9, column: 1 }, { messageId: 'replace' }],
      output: eml('Dear Jac,\n\nPlease confirm the order, thanks.\n\nBest regards,\nLin'),
    },
    {
      code: emlReply('王经理您好，酱紫可以吗？', '好的'),
      kind: 'eml',
      errors: [{ messageId: 'replace' }],
      output: emlReply('王经理您好，这样可以吗？', '好的'),
    },
  ],
});
