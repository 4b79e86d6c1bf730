import { personalData } from '../../../server/src/core/rules/privacy/personal-data';
import { ruleTester } from '../../rule-tester';

ruleTester.run(personalData, {
  valid: [
    { code: '订单号：202505121234567890，请查收。', name: 'an order number (no valid birth date)' },
    { code: '身份证号：110105194912310021', name: 'an 18-digit number with a wrong check digit' },
    { code: '手机：13812345678，运单号：SF1234567890123', name: 'phone and tracking numbers' },
    { code: '卡号尾号7894，已收到退款。', name: 'only the last four' },
    { code: '卡号：6222021234567890', name: 'fails the Luhn check' },
    { code: '订单号 6222021234567894', name: 'an order number that happens to pass Luhn' },
    { code: 'The password is ******.', name: 'already masked' },
    { code: '密码：[新密码]', name: 'a placeholder' },
    { code: '> 我的身份证号是11010519491231002X\n\n您好，已收到。', name: 'quoted text' },
    'Please reset your password on the website.',
  ],
  invalid: [
    {
      code: '我的身份证号是11010519491231002X，请帮我登记。',
      errors: [{ messageId: 'id', column: 8, endColumn: 26 }],
      output: '我的身份证号是**************002X，请帮我登记。',
    },
    {
      code: '我的身份證號是11010519491231002X。',
      errors: [{ messageId: 'id' }],
      output: '我的身份證號是**************002X。',
    },
    {
      code: '退款请打到这张卡：6222 0212 3456 7894 🙏',
      errors: [{ messageId: 'card' }],
      output: '退款请打到这张卡：**** **** **** 7894 🙏',
    },
    {
      code: 'Card: 6222021234567894\r\nThanks',
      errors: [{ messageId: 'card', column: 7 }],
      output: 'Card: ************7894\r\nThanks',
    },
    {
      code: '后台账号admin，密码：Abc12345!',
      errors: [{ messageId: 'password' }],
      output: '后台账号admin，密码：*****345!',
    },
    {
      code: 'The password is hunter2.',
      errors: [{ messageId: 'password' }],
      output: 'The password is ***ter2.',
    },
  ],
});
