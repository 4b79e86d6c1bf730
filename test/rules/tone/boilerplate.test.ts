import { boilerplate } from '../../../server/src/core/rules/tone/boilerplate';
import { ruleTester } from '../../rule-tester';

ruleTester.run(boilerplate, {
  valid: [
    'We have made cups for 15 years; our defect rate last year was 0.3%.',
    '我们专业生产杯子15年，去年不良率0.3%。',
    'Our price is competitive with what you pay now.',
    '> We are a professional manufacturer.\n\nThanks, Jac.',
  ],
  invalid: [
    {
      code: 'We are a professional manufacturer with high quality and competitive price.',
      errors: [
        { messageId: 'boilerplate', data: { word: 'professional manufacturer' } },
        { messageId: 'boilerplate', data: { word: 'high quality and competitive price' } },
      ],
      output: null,
    },
    {
      code: '我们质量好、价格优、服务一流。',
      errors: [{ messageId: 'boilerplate', column: 3, data: { word: '质量好、价格优、服务一流' } }],
      output: null,
    },
    { code: '我們質量好、價格優、服務一流。', errors: 1, output: null },
    { code: '信誉第一 👍\r\n欢迎咨询。', errors: 1, output: null },
  ],
});
