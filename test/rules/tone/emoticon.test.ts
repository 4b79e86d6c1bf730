import { emoticon } from '../../../server/src/core/rules/tone/emoticon';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from './helpers';

ruleTester.run(emoticon, {
  valid: [
    // Real text (issue 19): identifiers are not emoticons.
    'Heap dump attached to the bug: MKT_TYPE objects are never freed.',
    'The get_token call times out first, then the loader gives up.',
    '报错信息是 ERR_T_TIMEOUT，说明会话超时。',
    'the only warning was a deprecated flag in `config_t_type.yaml`, fixed',
    {
      code: eml('Hi Helen,\n\nThe error "ACCESS_DENIED_T_TOKEN" means the session expired.\n\nBest,\nPaul'),
      kind: 'eml',
      name: 'identifier in an e-mail',
    },
    '王经理，您好！样品已寄出。',
    'Dear Jac, the samples left today.',
    'Our Brand® cartons, ©2025 Hengda™.',
    'Ratio 1:D, connector Type:Dual, see note (A:)',
    'Model XD-200 and the XD series are in stock.',
    'Press 1 and then #.',
    'Mixing ratio 3:1, time 10:30.',
    'Details: https://example.com/a:b/:)',
    '第一批货已发出（详见附表:）',
    '[图片 产品图] 这是新款纸箱。',
    { code: '> 好的😊\n\n王经理，您好，已安排发货。', name: 'quoted line' },
    { code: emlReply('Dear Jac, the order is confirmed.', 'Great :) 👍'), kind: 'eml', name: 'eml reply' },
    {
      code: eml('Dear Jac,\n\nThe order is confirmed.\n\n-- \nLin Wei 😊\nHengda Packaging'),
      kind: 'eml',
      name: 'signature',
    },
    { code: 'Thanks 😊', config: { allowedWords: ['😊'] }, name: 'allowed emoji' },
  ],
  invalid: [
    { code: 'Sorry T_T\r\nI missed it', errors: [{ messageId: 'emoticon' }], output: 'Sorry\r\nI missed it' },
    { code: '好吧 T_T 我再等等', errors: [{ messageId: 'emoticon' }], output: '好吧 我再等等' },
    {
      code: '好的👍',
      errors: [{ messageId: 'emoji', column: 3, endColumn: 5, severity: 'info' }],
      output: '好的',
    },
    {
      name: 'an emoji between two sentences leaves a full stop',
      code: 'This is Kevin from Sunrise Electronics 😊 We make chargers.',
      errors: 1,
      output: 'This is Kevin from Sunrise Electronics. We make chargers.',
    },
    {
      name: 'an emoji between two Chinese clauses leaves a comma',
      code: '很高兴认识您😊我们专做出口纸箱。',
      errors: 1,
      output: '很高兴认识您，我们专做出口纸箱。',
    },
    {
      code: 'Thanks 😊 See you',
      errors: [{ messageId: 'emoji', column: 8, endColumn: 10 }],
      output: 'Thanks. See you',
    },
    {
      code: '👨‍👩‍👧 family 👍🏽 ok',
      errors: [
        { messageId: 'emoji', column: 1, endColumn: 9 },
        { messageId: 'emoji', column: 17, endColumn: 21 },
      ],
      output: 'family ok',
    },
    { code: 'We ship to 🇨🇳 and 🇺🇸.', errors: 2, output: 'We ship to and.' },
    {
      code: 'Press 1️⃣ to confirm',
      errors: [{ messageId: 'emoji', column: 7, endColumn: 10 }],
      output: 'Press to confirm',
    },
    { code: 'ok 😊😊 fine', errors: [{ messageId: 'emoji', endColumn: 8 }], output: 'ok fine' },
    { code: 'Thanks:)', errors: [{ messageId: 'emoticon', column: 7 }], output: 'Thanks' },
    { code: 'Great :D\r\n^_^ 好的', errors: 2, output: 'Great\r\n好的' },
    { code: '好的[微笑]', errors: [{ messageId: 'emoticon' }], output: '好的' },
    {
      code: '王经理，您好！\n\n[表情]\n\n样品已寄出。',
      errors: [{ messageId: 'sticker', line: 3 }],
      output: '王经理，您好！\n\n\n样品已寄出。',
    },
    { code: 'haha XD', errors: [{ messageId: 'emoticon' }], output: 'haha' },
    {
      code: eml('Dear Jac,\n\nThe samples are on their way 😊\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: [{ messageId: 'emoji', severity: 'warning', line: 9 }],
      output: eml('Dear Jac,\n\nThe samples are on their way\n\nBest regards,\nLin'),
    },
    {
      code: emlReply('王经理您好，已发货^_^', '收到'),
      kind: 'eml',
      errors: [{ messageId: 'emoticon' }],
      output: emlReply('王经理您好，已发货', '收到'),
    },
  ],
});
