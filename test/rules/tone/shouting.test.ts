import { shouting } from '../../../server/src/core/rules/tone/shouting';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(shouting, {
  valid: [
    // Real text (issue 19): pasted log lines and code are not shouting.
    '!!! 05/14/01 08:12:33 ERROR ProductLoader: NULL_PRICE for product 33411\n!!! 05/14/01 08:12:34 ERROR retry 1 failed',
    {
      code: eml('Hi all,\n\nThe build fails:\n\n    make: *** [Makefile:88: io.o] Error 1\n\nAnna'),
      kind: 'eml',
    },
    'Set `READ_TIMEOUT_NOW` in the config.',
    '日志如下：\n2021-06-02 23:55:03 ERROR 写入失败！！！\n我已经清理了旧的备份。',
    'Price: USD 2.35 FOB Ningbo, MOQ 500, ETA 12 May, ETD 2 May.',
    'ISO 9001, SGS, CE and FDA reports for the LED and USB models.',
    'Terms: T/T or L/C, B/L on release, FCL or LCL by DHL or UPS.',
    'Model ABCD-1200 and ABCD1200 from HENGDA, shipping mark SHANGHAI.',
    'Please reply ASAP.',
    'The label reads "MADE IN CHINA".',
    'Really?! That is great news!',
    '真的吗？！太好了！',
    '王经理，您好！收到了吗？',
    { code: '> PLEASE PAY NOW!!!\n\nDear Jac, thank you.', name: 'quoted line' },
    { code: emlReply('Dear Jac, thank you for the payment.', 'URGENT!!!'), kind: 'eml' },
    {
      code: eml('Dear Jac,\n\nThe order ships today.\n\n-- \nLIN WEI\nHENGDA PACKAGING'),
      kind: 'eml',
      name: 'signature',
    },
  ],
  invalid: [
    {
      code: 'THE FIRST EVENT IS NEXT WEEK.',
      errors: [{ messageId: 'caps', column: 1, endColumn: 29 }],
      output: 'The first event is next week.',
    },
    {
      code: 'PLEASE SEND THE FOB PRICE TODAY\r\nThanks',
      errors: [{ messageId: 'caps' }],
      output: 'Please send the FOB price today\r\nThanks',
    },
    { code: '太贵了！！！', errors: [{ messageId: 'marks', column: 4, endColumn: 7 }], output: '太贵了！' },
    { code: '收到了吗？？？', errors: 1, output: '收到了吗？' },
    { code: 'What?!?!', errors: [{ messageId: 'marks' }], output: 'What?' },
    {
      code: 'PLEASE PAY NOW!!!',
      errors: [{ messageId: 'caps', column: 1, endColumn: 15 }, { messageId: 'marks' }],
      output: 'Please pay now!',
    },
    { code: 'URGENT: the order 😟', errors: [{ messageId: 'caps' }], output: 'Urgent: the order 😟' },
    {
      code: 'We need it TODAY.\r\nThanks',
      errors: [{ messageId: 'caps', column: 12 }],
      output: 'We need it today.\r\nThanks',
    },
    {
      code: eml('Dear Jac,\n\nThis is VERY IMPORTANT!!!\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'caps', line: 9, column: 9 }, { messageId: 'marks' }],
      output: eml('Dear Jac,\n\nThis is very important!\n\nBest regards,\nLin'),
    },
  ],
});
