import { absolute } from '../../../server/src/core/rules/tone/absolute';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(absolute, {
  valid: [
    // Real text (issue 19): negated, contractual and reported claims are not the writer's boast.
    'Delivery dates cannot be guaranteed beyond the force majeure clause.',
    'Payment is contractually guaranteed.',
    '"The combined company will be the best in the industry, no question," the analyst said.',
    'Shares rose 4%. The analyst said synergies were guaranteed to exceed $200 million.',
    '据业内人士称，该公司的新产品将是全网最低价。',
    '这款不是全网最低价，但质量更稳定。',
    '这是我们第一次合作，第一批货下周发。',
    '第一季度的订单已排产，第一步是打样。',
    '您最好先确认尺寸。',
    '最好的办法是海运。',
    '明天最好。',
    '我们坚持质量第一。',
    '合格率100%，有SGS报告。',
    '100%棉，克重180克。',
    '这是你们的最低价吗？',
    '我们是国家级高新技术企业。',
    'The fabric is 100% cotton; payment 30% deposit, 70% before shipment.',
    'Our factory is ISO 9001 certified.',
    'Is this your best price?',
    'Payment guaranteed by L/C.',
    'The motor is guaranteed for 12 months.',
    'We will do our best. Best regards.',
    { code: '> 我们是行业第一\n\n王经理您好，合格率99.2%。', name: 'quoted line' },
    { code: emlReply('Dear Jac, our pass rate was 99.2%.', 'The best in the world!'), kind: 'eml' },
    { code: eml('Dear Jac,\n\nOur pass rate was 99.2% last year.\n\nBest regards,\nLin'), kind: 'eml' },
  ],
  invalid: [
    { code: 'Quality is guaranteed.\r\nThanks', errors: [{ messageId: 'absolute' }], output: null },
    { code: '我们是全网最低价，保证正品。', errors: [{ messageId: 'absolute' }], output: null },
    { code: '我们的产品最好。', errors: [{ messageId: 'absolute', column: 6, endColumn: 8 }], output: null },
    { code: '我们有最好的产品。', errors: 1, output: null },
    { code: '我们是行业第一，全网最低价😎', errors: 2, output: null },
    { code: '100%满意，零风险。', errors: 2, output: null },
    { code: 'We offer the best quality.', errors: [{ messageId: 'absolute', column: 10 }], output: null },
    { code: 'Delivery guaranteed!\r\nWe are the No.1 supplier.', errors: 2, output: null },
    {
      code: eml('Dear Jac,\n\nOur cartons are the best in the world, 100% safe.\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'absolute', line: 9 }, { messageId: 'absolute' }],
      output: null,
    },
  ],
});
