import { hedge } from '../../../server/src/core/rules/tone/hedge';
import { ruleTester } from '../../rule-tester';

ruleTester.run(hedge, {
  valid: [
    '可以的，周五前发货。',
    '这是估计值，实际以称重为准。',
    'Maybe we could meet on Friday?',
    'Yes, we can ship on Friday.',
    '> 应该可以吧\n\n您好，可以的。',
    { code: '我估计周五能到。', config: { allowedWords: ['估计'] }, name: 'allowed' },
  ],
  invalid: [
    {
      code: '应该可以吧，我去问一下仓库，请稍等。',
      errors: [{ messageId: 'hedge', column: 1, endColumn: 6 }],
      output: null,
    },
    {
      code: '應該可以吧，我去問一下倉庫。',
      errors: [{ messageId: 'hedge', data: { word: '應該可以吧' } }],
      output: null,
    },
    { code: '估计下周能到 🚚', errors: 1, output: null },
    { code: "I'm not sure.\r\nMaybe next week.", errors: 2, output: null },
    { code: 'I think it should arrive soon.', errors: 1, output: null },
  ],
});
