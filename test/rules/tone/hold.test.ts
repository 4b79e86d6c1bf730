import { hold } from '../../../server/src/core/rules/tone/hold';
import { ruleTester } from '../../rule-tester';

ruleTester.run(hold, {
  valid: [
    '请稍等2分钟，我查一下库存。',
    '我问一下仓库，今天下班前回复您。',
    "Hold on, I'll check and reply by 5 pm.",
    "I'll get back to you tomorrow.",
    '> 请稍等\n\n好的。',
    '请稍等（[预计时间]）。',
  ],
  invalid: [
    {
      code: '应该可以吧，我去问一下仓库，请稍等。',
      errors: [{ messageId: 'hold', column: 15, endColumn: 18 }],
      output: '应该可以吧，我去问一下仓库，请稍等（[预计时间]）。',
    },
    {
      code: '我去問一下倉庫，請稍等。',
      errors: [{ messageId: 'hold', data: { word: '請稍等' } }],
      output: '我去問一下倉庫，請稍等（[預計時間]）。',
    },
    {
      code: "Thanks 🙏 I'll get back to you.\r\nLin",
      errors: 1,
      output: "Thanks 🙏 I'll get back to you ([time]).\r\nLin",
    },
  ],
});
