import { disparage } from '../../../server/src/core/rules/tone/disparage';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(disparage, {
  valid: [
    '其他供应商的价格比我们低，但我们交期快5天。',
    '同行都在用这种纸板。',
    '我们回收垃圾分类用的纸箱。',
    'Other suppliers quote lower; our edge is a 12-day lead time.',
    'Their products are popular in Germany.',
    'Our competitors also offer FSC paper.',
    'We sort garbage at the plant.',
    { code: '> 别家都是垃圾\n\n王经理您好，附上检测报告。', name: 'quoted line' },
    { code: emlReply('Dear Jac, our test report is below.', 'Their product is junk.'), kind: 'eml' },
    { code: eml('Dear Jac,\n\nOur pass rate was 99.2% last year.\n\nBest regards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    { code: '别家都是垃圾。', errors: [{ messageId: 'disparage', column: 1, endColumn: 7 }], output: null },
    { code: '他们的产品很差，我们的好多了😏', errors: 1, output: null },
    { code: '其他厂家偷工减料。', errors: 1, output: null },
    { code: 'Their product is junk.', errors: [{ messageId: 'disparage', endColumn: 22 }], output: null },
    { code: 'Other suppliers are scammers.\r\nOur competitors cut corners.', errors: 2, output: null },
    {
      code: eml('Dear Jac,\n\nOther factories use poor quality board.\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'disparage', line: 9 }],
      output: null,
    },
  ],
});
