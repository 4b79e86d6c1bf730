import { blame } from '../../../server/src/core/rules/tone/blame';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(blame, {
  valid: [
    // Real text (issue 19): the customer's words quoted, or reported, are not the writer's blame.
    '客户原话是“你们搞错了”，我已经核实过了，发票是对的。',
    '"You got it wrong," the customer wrote, but the invoice is correct.',
    '这不是你的问题，我们来处理。',
    '不怪你们，是物流延误了。',
    '可能是我没说清楚，尺寸是40×30厘米。',
    'It is not your fault; the carrier lost the box.',
    'To clarify, the price is per carton.',
    'You are right, the invoice was wrong.',
    "Don't worry, it wasn't your mistake.",
    { code: '> 你搞错了\n\n王经理您好，已更正。', name: 'quoted line' },
    { code: emlReply('Dear Jac, we corrected the invoice.', 'You are wrong.'), kind: 'eml' },
    { code: eml('Dear Jac,\n\nTo clarify, the price is FOB Ningbo.\n\nBest regards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    { code: 'As I told you, the price is final.\r\nLin', errors: [{ messageId: 'blame' }], output: null },
    {
      code: '你搞错了，尺寸是40厘米。',
      errors: [{ messageId: 'blame', column: 1, endColumn: 5 }],
      output: null,
    },
    { code: '我早就说过要先付定金。', errors: 1, output: null },
    { code: '这是你们的责任😒', errors: 1, output: null },
    { code: 'You are wrong about the size.', errors: [{ messageId: 'blame' }], output: null },
    { code: 'As per my last email, the price is final.\r\nYou failed to pay.', errors: 2, output: null },
    {
      code: eml('Jac,\n\nAs I already told you, the MOQ is 500.\n\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'blame', line: 9, column: 1 }],
      output: null,
    },
  ],
});
