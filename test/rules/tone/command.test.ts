import { command } from '../../../server/src/core/rules/tone/command';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(command, {
  valid: [
    // Real text (issue 19): asked and reported orders are not the writer's.
    'Do you have to sign it now?',
    'The bank said you must sign page 4 as well.',
    '银行表示，您必须在周五前签字。',
    '你必须今天付款吗？',
    '我们会赶紧处理，今天下午回复您。',
    '请您在周五前付款。',
    '麻烦您确认一下样品。',
    'You must be tired after the fair.',
    'You must have received the samples by now.',
    'You need to check the carton size first.',
    'Could you please confirm the order by Friday?',
    'We must ship before the holiday.',
    { code: '> 你必须马上付款\n\n王经理您好，已付款。', name: 'quoted line' },
    { code: emlReply('Dear Jac, the deposit was paid today.', 'You must pay now.'), kind: 'eml' },
    { code: eml('Dear Jac,\n\nCould you please sign the PI by Friday?\n\nBest regards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    {
      code: 'You must sign page 4 as well; the bank will reject it otherwise.',
      errors: [{ messageId: 'command' }],
      output: 'Please sign page 4 as well; the bank will reject it otherwise.',
    },
    {
      code: '这批货您必须在周五前确认颜色，否则赶不上船期。',
      errors: [{ messageId: 'command' }],
      output: '这批货请您在周五前确认颜色，否则赶不上船期。',
    },
    {
      code: '你必须在周五前付款。',
      errors: [{ messageId: 'command', column: 1, endColumn: 4 }],
      output: '请您在周五前付款。',
    },
    { code: '赶紧发货！', errors: [{ messageId: 'command' }], output: '请尽早发货！' },
    { code: '你赶紧给我发货😤', errors: 1, output: '请您尽早给我发货😤' },
    { code: 'You must pay by Friday.', errors: [{ messageId: 'command' }], output: 'Please pay by Friday.' },
    {
      code: 'you need to send it now\r\nthanks',
      errors: 1,
      output: 'Could you please send it now?\r\nthanks',
    },
    {
      name: 'a request rephrased as a question ends with a question mark',
      code: 'You need to confirm the artwork now. Thanks!',
      errors: 1,
      output: 'Could you please confirm the artwork now? Thanks!',
    },
    { code: 'Just do it ASAP.', errors: [{ messageId: 'command', column: 6 }], output: null },
    {
      code: eml('Jac,\n\nYou must not change the artwork now.\n\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'command', line: 9 }],
      output: eml('Jac,\n\nPlease do not change the artwork now.\n\nLin'),
    },
  ],
});
