import { videoAnnotation } from '../../../server/src/core/rules/media/video-annotation';
import { ruleTester } from '../../rule-tester';

ruleTester.run(videoAnnotation, {
  valid: [
    '---\nto: 王经理\n---\n王经理，您好！\n\n【视频 2分钟 1.8MB】这是我们生产线的实拍。',
    '---\nto: Jac Chen\n---\nDear Jac, good morning!\n\n[video 2min 1.8MB] Our production line',
    { name: 'Chinese units in the placeholder', code: '[视频 3分钟 2.0M]' },
    { name: 'length and size in the caption', code: '生产线实拍，约3分钟，2.0M：[视频]' },
    { name: 'caption in the message before', code: 'Our line on video (3 min, 1.8MB):\n\n[video]' },
    { name: 'caption in the message after', code: '[视频]\n\n上面的视频约2分钟，1.5MB。' },
    { name: 'size in KB', code: '[video 0:40 900KB] the carton test' },
    { name: 'quoted video', code: '> [视频]\n\n王总，收到。' },
    { name: 'placeholders a fix wrote', code: '[视频]（约[时长]分钟，约[大小]MB）生产线' },
    { name: 'an image needs neither', code: '[图片 产品图]' },
  ],
  invalid: [
    {
      name: 'Chinese, neither',
      code: '---\nlang: zh\n---\n【视频】生产线实拍',
      errors: [{ messageId: 'both', line: 4, column: 1, endColumn: 5 }],
      output: '---\nlang: zh\n---\n【视频】（约[时长]分钟，约[大小]MB）生产线实拍',
    },
    {
      name: 'English, size missing',
      code: 'Our production line: [video 3min]',
      errors: [{ messageId: 'size' }],
      output: 'Our production line: [video 3min] ([size] MB)',
    },
    {
      name: 'length missing; 2.0M is a size, not two minutes',
      code: 'Our production line: [video 2.0M]',
      errors: [{ messageId: 'length' }],
      output: 'Our production line: [video 2.0M] (about [length] min)',
    },
    {
      name: '三分钟 in an unrelated message next to it does not count',
      code: '王经理，请问您方便占用三分钟吗？\n\n[视频]',
      errors: [{ messageId: 'both', line: 3 }],
      output: '王经理，请问您方便占用三分钟吗？\n\n[视频]（约[时长]分钟，约[大小]MB）',
    },
    {
      name: 'CRLF and emoji',
      code: 'Hi Jac 👋\r\n\r\n[video] 🏭',
      errors: [{ messageId: 'both', line: 3, column: 1, endColumn: 8 }],
      output: 'Hi Jac 👋\r\n\r\n[video] (about [length] min, [size] MB) 🏭',
    },
  ],
});
