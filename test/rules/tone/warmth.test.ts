import { warmth } from '../../../server/src/core/rules/tone/warmth';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(warmth, {
  valid: [
    '王经理，您好！货已发出。',
    '货已发出，请查收。',
    '货已发出，谢谢。',
    'Shipped today. Thank you.',
    // Slang thanks is turned into 谢谢 by tone/slang: adding 谢谢！ as well would thank twice.
    { name: '3Q is thanks (tone/slang fixes the word)', code: '木有问题的话尽快回复我，3Q' },
    { name: 'thx is thanks', code: 'Shipped today, thx' },
    'Dear Jac, the goods left today.',
    'Good morning! The goods left today.',
    'The goods left today. Best regards, Lin',
    '',
    { code: emlReply('Dear Jac, the goods left today.', 'Where is my order?'), kind: 'eml' },
    { code: eml('Jac,\n\nThe goods left today.\n\nRegards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    {
      code: '货已发出。\n\n单号：SF123。',
      errors: [{ messageId: 'cold', line: 1, column: 1, endColumn: 6 }],
      output: '货已发出。\n\n单号：SF123。\n\n谢谢！',
    },
    {
      code: 'Shipped today.\r\nTracking: SF123 📦',
      errors: [{ messageId: 'cold', severity: 'info' }],
      output: 'Shipped today.\r\nTracking: SF123 📦\r\n\r\nThank you!',
    },
    {
      code: 'Shipped today.\n\n> Where is my order? Thanks',
      errors: 1,
      output: 'Shipped today.\n\nThank you!\n\n> Where is my order? Thanks',
    },
    {
      code: eml('Jac,\n\nThe goods left today.\n\n-- \nLin Wei\nHengda Packaging'),
      kind: 'eml',
      errors: [{ messageId: 'cold', line: 7 }],
      output: eml('Jac,\n\nThe goods left today.\n\nThank you!\n\n-- \nLin Wei\nHengda Packaging'),
    },
    {
      code: eml('王经理：\n\n货已发出。\n\n林伟'),
      kind: 'eml',
      errors: 1,
      output: eml('王经理：\n\n货已发出。\n\n林伟\n\n谢谢！'),
    },
  ],
});
