import { voiceNote } from '../../../server/src/core/rules/media/voice-note';
import { ruleTester } from '../../rule-tester';

ruleTester.run(voiceNote, {
  valid: [
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟，专做出口纸箱。\n\n请问您现在方便占用三分钟吗？',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?",
    {
      name: 'caption in the same message',
      code: '---\nrelation: familiar\n---\n[语音 40秒] 关于交期的三点说明',
    },
    { name: 'caption in the message before', code: '这条语音讲的是交期，共两点。\n\n[语音 0:40]' },
    {
      name: 'caption in the message after',
      code: '[voice 40s]\n\nThat voice note covers the two delivery options.',
    },
    { name: 'English caption in the same message', code: 'Delivery options explained: [voice 40s]' },
    { name: 'quoted voice notes are not yours', code: '> [语音 20秒]\n\n王总，您好！收到，稍后回复。' },
    { name: 'a bracket that is not media', code: '[注意] 价格含税。' },
  ],
  invalid: [
    {
      name: 'Chinese, alone',
      code: '---\nlang: zh\n---\n王经理，您好！\n\n[语音 40秒]',
      errors: [{ messageId: 'uncaptioned', line: 6, column: 1, endColumn: 9 }],
      output:
        '---\nlang: zh\n---\n王经理，您好！\n\n这条语音讲的是：[要点]，共[几]点，请您抽空听一下。[语音 40秒]',
    },
    {
      name: 'English, a greeting next to it is no caption',
      code: 'Hi Jac!\n\n[voice 40s]',
      errors: [{ messageId: 'uncaptioned', line: 3 }],
      output: 'Hi Jac!\n\nThis voice note covers [topic]; please listen when convenient. [voice 40s]',
    },
    {
      name: 'full-width brackets, CRLF and emoji',
      code: 'Hi Jac 👋\r\n\r\n【voice 1:20】',
      errors: [{ messageId: 'uncaptioned', line: 3, column: 1, endColumn: 13 }],
      output:
        'Hi Jac 👋\r\n\r\nThis voice note covers [topic]; please listen when convenient. 【voice 1:20】',
    },
    {
      name: 'two voice notes',
      code: '[语音 10秒]\n\n[语音 1分20秒]',
      errors: 2,
      output:
        '这条语音讲的是：[要点]，共[几]点，请您抽空听一下。[语音 10秒]\n\n这条语音讲的是：[要点]，共[几]点，请您抽空听一下。[语音 1分20秒]',
    },
  ],
});
