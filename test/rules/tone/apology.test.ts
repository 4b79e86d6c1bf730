import { apology } from '../../../server/src/core/rules/tone/apology';
import { ruleTester } from '../../rule-tester';
import { emlReply } from './helpers';

ruleTester.run(apology, {
  valid: [
    '> 有两个杯子到的时候碎了。\n\n王经理您好！非常抱歉，已为您补发两个杯子。',
    '> Two of the cups arrived broken.\n\nDear Jac, thank you for letting us know. We have sent two new cups.',
    '> 价格多少？\n\n您好，单价3.5元。',
    { code: '王经理您好！杯子碎了的话可以补发。', name: 'not a reply' },
    {
      code: '> Can we talk on Friday?\n\nHi Jac, late afternoon works for me.',
      name: '“late” of the writer’s own is no complaint',
    },
    {
      code: emlReply(
        'Dear Jac,\n\nSorry for the trouble; new cups are on the way.\n\nLin',
        'Two cups arrived broken.',
      ),
      kind: 'eml',
    },
  ],
  invalid: [
    {
      code: '> 有两个杯子到的时候碎了。\n\n王经理您好！已为您补发两个杯子，明天发出。',
      errors: [{ messageId: 'apology', line: 3, column: 1, data: { problem: '碎了' } }],
      output:
        '> 有两个杯子到的时候碎了。\n\n王经理您好！非常抱歉给您带来不便。已为您补发两个杯子，明天发出。',
    },
    {
      code: '> 有兩個杯子到的時候碎了。\n\n王經理您好！已為您補發兩個杯子，明天發出。',
      errors: 1,
      output:
        '> 有兩個杯子到的時候碎了。\n\n王經理您好！非常抱歉給您帶來不便。已為您補發兩個杯子，明天發出。',
    },
    {
      code: '> Two of the cups arrived broken.\r\n\r\nDear Jac,\r\n\r\nWe have sent two new cups today 📦',
      errors: [{ messageId: 'apology', data: { problem: 'broken' } }],
      output:
        '> Two of the cups arrived broken.\r\n\r\nDear Jac,\r\n\r\nWe are sorry for the trouble this has caused. We have sent two new cups today 📦',
    },
  ],
});
