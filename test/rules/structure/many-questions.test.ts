import { manyQuestions } from '../../../server/src/core/rules/structure/many-questions';
import { ruleTester } from '../../rule-tester';

ruleTester.run(manyQuestions, {
  valid: [
    '您好，单价多少？交期多久？',
    '您好，想问三个问题：\n1. 单价多少？\n2. 交期多久？\n3. 能印logo吗？',
    '> 单价多少？交期多久？能印logo吗？\n\n您好，单价3.5元。',
    'Hi Jac, what is the price? When can you ship?',
    '在吗？你好吗？最近怎么样？',
    '我们的优势有三点：价格低、质量好、交期短。',
  ],
  invalid: [
    {
      code: '你好，价格多少？交期多久？能印logo吗？',
      errors: [{ messageId: 'many', line: 1, column: 1, data: { count: 3 }, severity: 'info' }],
    },
    {
      code: '你好，價格多少？交期多久？能印logo嗎？',
      errors: [{ messageId: 'many', data: { count: 3 } }],
    },
    {
      code: 'Hi Jac 🙂 How much is it? When can you ship? Can you print our logo?\r\nThanks!',
      errors: [{ messageId: 'many', data: { count: 3 } }],
    },
  ],
});
