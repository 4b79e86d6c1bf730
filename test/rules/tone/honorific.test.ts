import { honorific } from '../../../server/src/core/rules/tone/honorific';
import { ruleTester } from '../../rule-tester';
import { eml } from './helpers';

ruleTester.run(honorific, {
  valid: [
    '您好，您的快递昨天已经到杭州了。',
    '你们公司的样品已经寄出。',
    '这款迷你风扇很受欢迎。',
    {
      name: 'an order: tone/command rewrites it whole (请您尽早), no second fix on its 你',
      code: '李总，您好！\r\n\r\n你赶紧给我回个话😤',
    },
    '大家你一言我一语，讨论得很热烈。',
    { code: '---\nrelation: familiar\n---\n你好，明天一起吃饭？', name: 'familiar relation' },
    { code: '> 你好，价格多少？\n\n您好，单价3.5元。', name: 'quoted text is the customer’s' },
    'Hello Jac, the sample is ready.',
  ],
  invalid: [
    {
      code: '你好，你的快递昨天已经到杭州了。',
      errors: [
        { messageId: 'honorific', column: 1, data: { word: '你好', fixed: '您好' } },
        { messageId: 'honorific', column: 4, data: { word: '你的', fixed: '您的' } },
      ],
      output: '您好，您的快递昨天已经到杭州了。',
    },
    {
      code: '你好，你的快遞昨天已經到杭州了。',
      errors: 2,
      output: '您好，您的快遞昨天已經到杭州了。',
    },
    {
      code: '> 杯子碎了\r\n\r\n给你补发了两个 📦',
      errors: [{ messageId: 'honorific', line: 3, column: 2 }],
      output: '> 杯子碎了\r\n\r\n给您补发了两个 📦',
    },
    {
      code: eml('王经理：\n\n你看一下附件里的报价。\n\n林伟'),
      kind: 'eml',
      errors: [{ messageId: 'honorific', line: 9, column: 1 }],
      output: eml('王经理：\n\n您看一下附件里的报价。\n\n林伟'),
    },
  ],
});
