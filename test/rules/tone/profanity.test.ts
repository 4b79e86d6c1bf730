import { profanity } from '../../../server/src/core/rules/tone/profanity';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(profanity, {
  valid: [
    'Our warehouse is near Scunthorpe.',
    'We also supply shiitake and dried mushrooms.',
    'Our assistant will send the class A report.',
    'Please use the USB cable, model SB-200.',
    '请查看操作说明。',
    '我靠自己的渠道找到了货源。',
    '你妹妹也在这家公司吗？',
    '滚筒已经更换。',
    'This was a stupid mistake on my part, sorry.',
    '王经理，您好！问题已经解决。',
    { code: '> 这他妈的太贵了\n\n王经理您好，价格已更新。', name: 'quoted line' },
    { code: emlReply('Dear Jac, thank you for the feedback.', 'This is bullshit'), kind: 'eml' },
    { code: eml('Dear Jac,\n\nThe class B cartons ship today.\n\nBest regards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    {
      code: '这他妈的太贵了',
      errors: [{ messageId: 'profanity', column: 2, endColumn: 5 }],
      output: '这太贵了',
    },
    { code: '你个SB', errors: [{ messageId: 'profanity', column: 3 }], output: '你个' },
    { code: '滚！', errors: [{ messageId: 'profanity' }], output: '' },
    { code: '我靠，又涨价了', errors: [{ messageId: 'profanity' }], output: '又涨价了' },
    {
      code: 'This is fucking ridiculous.',
      errors: [{ messageId: 'profanity', column: 9 }],
      output: 'This is ridiculous.',
    },
    { code: 'Are you stupid? 😠', errors: 1, output: '😠' },
    { code: 'Damn, the shipment is late again.\r\n傻逼', errors: 2, output: 'The shipment is late again.' },
    {
      code: eml('Jac,\n\nYour idiot forwarder lost the cargo.\n\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'profanity', severity: 'error', line: 9, column: 6 }],
      output: eml('Jac,\n\nYour forwarder lost the cargo.\n\nLin'),
    },
  ],
});
