import { voiceLong } from '../../../server/src/core/rules/media/voice-long';
import { ruleTester } from '../../rule-tester';

ruleTester.run(voiceLong, {
  valid: [
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟，专做出口纸箱。\n\n请问您现在方便占用三分钟吗？',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?",
    { name: 'exactly a minute', code: '交期说明：[语音 60秒]' },
    { name: 'no length stated', code: 'The two options: [voice]' },
    '[voice 0:59] the two options',
    { name: 'a long quoted voice note', code: '> [语音 3分钟]\n\n王总，收到。' },
    { name: 'a long video is not a voice note', code: '生产线：[视频 3分钟 20M]' },
  ],
  invalid: [
    {
      name: 'Traditional Chinese: 語音 and 分鐘',
      code: '交期說明：[語音 1分鐘20秒]',
      errors: [{ messageId: 'long', data: { seconds: 80, limit: 60 } }],
      output: null,
    },
    {
      name: 'Chinese minutes and seconds',
      code: '交期说明：[语音 1分20秒]',
      errors: [{ messageId: 'long', data: { seconds: 80, limit: 60 }, line: 1, column: 6, endColumn: 16 }],
      output: null,
    },
    {
      name: 'English clock form',
      code: 'Two options: [voice 2:05]',
      errors: [{ messageId: 'long', data: { seconds: 125 } }],
      output: null,
    },
    {
      name: 'CRLF and emoji',
      code: 'Hi 👋\r\n\r\n【语音 90s】 the details',
      errors: [{ messageId: 'long', line: 3, column: 1, endColumn: 9 }],
      output: null,
    },
  ],
});
