import { voiceFirstContact } from '../../../server/src/core/rules/media/voice-first-contact';
import { ruleTester } from '../../rule-tester';

ruleTester.run(voiceFirstContact, {
  valid: [
    {
      name: 'in context: a shop answering a customer',
      code: '---\nreply: true\n---\n亲，尺寸说明：[语音 20秒]',
    },
    {
      name: 'in context: under the customer’s question',
      code: '> Which size fits?\n\nHi Jac, see: [voice 20s]',
    },
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟，专做出口纸箱。\n\n请问您现在方便占用三分钟吗？',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?",
    { name: 'familiar', code: '---\nrelation: familiar\n---\n王总，交期的两点说明：[语音 40秒]' },
    { name: 'familiar, English', code: '---\nrelation: familiar\n---\nHi Jac, the two options: [voice 40s]' },
    { name: 'quoted voice note', code: '> [语音 20秒]\n\n王经理，您好！我是林伟。' },
    { name: 'the word voice is no placeholder', code: 'Hi Jac, your voice matters to us.' },
  ],
  invalid: [
    {
      name: 'Chinese, default relation',
      code: '王经理，您好！交期说明：[语音 40秒]',
      errors: [{ messageId: 'voice', line: 1, column: 13, endColumn: 21 }],
      output: null,
    },
    {
      name: 'English, relation: new, CRLF and emoji',
      code: '---\r\nrelation: new\r\n---\r\nHi Jac 👋\r\n\r\n[voice 0:40] the two options',
      errors: [{ messageId: 'voice', line: 6, column: 1, endColumn: 13 }],
      output: null,
    },
  ],
});
