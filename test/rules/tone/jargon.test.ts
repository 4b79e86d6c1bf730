import { jargon } from '../../../server/src/core/rules/tone/jargon';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(jargon, {
  valid: [
    '我们的POS终端设备已通过认证。',
    '门店的实际销量每周更新。',
    'Financial leverage is not our concern.',
    'We will use our network in Europe.',
    'I will get back to you by Friday.',
    'The 4-pole switch is in stock.',
    { code: '> 我们来赋能终端\n\n王经理您好，已发货。', name: 'quoted line' },
    { code: emlReply('Dear Jac, the shelves are ready.', "Let's circle back."), kind: 'eml' },
    { code: '我们会做好铺货。', config: { allowedWords: ['铺货'] }, name: 'allowed word' },
    { code: eml('Dear Jac,\n\nThe cartons ship on 12 May.\n\nBest regards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    {
      code: '我们帮您做好终端动销。',
      errors: [{ messageId: 'jargon', column: 7 }, { messageId: 'jargon' }],
      output: null,
    },
    { code: '这个方案能赋能您的团队😊', errors: 1, output: null },
    { code: 'We can leverage our network.', errors: [{ messageId: 'jargon', column: 8 }], output: null },
    { code: "Let's circle back next week.\r\nSynergy matters.", errors: 2, output: null },
    {
      code: '我们的SPU规划已完成。',
      config: { jargon: ['SPU'] },
      errors: [{ messageId: 'custom', column: 4 }],
      output: null,
    },
    {
      code: eml('Dear Jac,\n\nWe will leverage our low-hanging fruit.\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: 2,
      output: null,
    },
  ],
});
