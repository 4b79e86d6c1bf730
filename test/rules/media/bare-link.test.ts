import { bareLink } from '../../../server/src/core/rules/media/bare-link';
import { ruleTester } from '../../rule-tester';

ruleTester.run(bareLink, {
  valid: [
    '---\nto: 王经理\n---\n王经理，您好！\n\n我是恒达包装的林伟，专做出口纸箱。\n\n请问您现在方便占用三分钟吗？',
    "---\nto: Jac Chen\n---\nDear Jac, good morning!\n\nI'm Lin from Hengda Packaging.\n\nDo you have three minutes?",
    { name: 'described, Chinese', code: '我们的产品目录（PDF，3MB）：https://example.com/catalogue.pdf' },
    { name: 'described, English', code: 'Our catalogue (PDF, 3 MB): https://example.com/catalogue.pdf' },
    { name: 'announced in the message before', code: '产品目录如下：\n\nhttps://example.com/catalogue.pdf' },
    {
      name: 'announced in English',
      code: 'Here is the tracking link for your samples:\n\nhttps://www.dhl.com/track?id=1',
    },
    { name: 'described after the link', code: 'www.example.com/spec — the full carton spec sheet' },
    { name: 'quoted link', code: '> https://example.com/x\n\n王总，收到，我看一下。' },
    { name: 'no link', code: 'Visit our booth at the fair.' },
  ],
  invalid: [
    {
      name: 'Chinese, only a URL',
      code: '---\nlang: zh\n---\n王经理，您好！\n\nhttps://example.com/catalogue.pdf',
      errors: [{ messageId: 'bare', line: 6, column: 1, endColumn: 34 }],
      output: '---\nlang: zh\n---\n王经理，您好！\n\n[链接说明]：https://example.com/catalogue.pdf',
    },
    {
      name: 'English, a URL with empty words',
      code: 'Hi Jac!\n\nSee this link: www.example.com/x.',
      errors: [{ messageId: 'bare', line: 3, column: 16, endColumn: 33 }],
      output: 'Hi Jac!\n\nSee this link: [what this link is]: www.example.com/x.',
    },
    {
      name: '请看一下 says nothing about the link',
      code: '请看一下 https://example.com/a',
      errors: [{ messageId: 'bare', column: 6 }],
      output: '请看一下 [链接说明]：https://example.com/a',
    },
    {
      name: 'CRLF and emoji',
      code: 'Hi Jac 👋\r\n\r\nhttps://example.com/x 👉',
      errors: [{ messageId: 'bare', line: 3, column: 1, endColumn: 22 }],
      output: 'Hi Jac 👋\r\n\r\n[what this link is]: https://example.com/x 👉',
    },
  ],
});
