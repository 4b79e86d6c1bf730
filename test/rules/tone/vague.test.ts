import { vague } from '../../../server/src/core/rules/tone/vague';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(vague, {
  valid: [
    // Real text (issue 19): comparatives are not vague quantities.
    '亲，这款偏小一些，建议您拍大一码哦',
    '这款比上次那款轻一些，价格也便宜一些，就是颜色少两种。',
    '无纺布和纯棉差不多软，就是吸水慢一点。',
    '大概10天可以到港。',
    '差不多三周完成生产。',
    '大约200件，周五前发出。',
    '回头客占我们订单的六成。',
    'We will ship as soon as we receive the deposit.',
    'Delivery within 3 days after the deposit.',
    '请在5月12日下午5点前确认。',
    'The sample leaves on Friday 9 May.',
    { code: '> 请尽快回复\n\n王经理您好，5月12日发货。', name: 'quoted line' },
    { code: emlReply('Dear Jac, we ship on 12 May.', 'Please reply ASAP.'), kind: 'eml' },
    { code: 'Please reply soon.', config: { allowedWords: ['soon'] }, name: 'allowed' },
  ],
  invalid: [
    { code: '请再给我一些时间。\r\n谢谢', errors: [{ messageId: 'vague' }], output: null },
    {
      code: '请尽快回复。',
      errors: [{ messageId: 'vague', column: 2, endColumn: 4, severity: 'hint' }],
      output: null,
    },
    { code: '近期会有一些新款。', errors: 2, output: null },
    { code: '大概需要一周。', errors: 1, output: null },
    { code: 'Please reply ASAP 🙏', errors: [{ messageId: 'vague', column: 14 }], output: null },
    { code: 'We will ship soon.\r\nSee you at some point.', errors: 2, output: null },
    {
      code: eml('Dear Jac,\n\nWe will reply as soon as possible.\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'vague', line: 9 }],
      output: null,
    },
  ],
});
