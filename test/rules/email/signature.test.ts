import { signature } from '../../../server/src/core/rules/email/signature';
import { ruleTester } from '../../rule-tester';
import { eml, encodedMail, fixture, htmlMail, reply, replyZh } from './helpers';

const EN = 'Dear Jac,\n\nThe samples left today.';
const ZH = '王经理：\n\n样品已寄出。';

ruleTester.run(signature, {
  valid: [
    eml(`${EN}\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging Co., Ltd.\nTel: +86 574 8888 0000`),
    eml(`${ZH}\n\n此致\n敬礼\n\n林伟\n外贸经理 | 恒达包装有限公司\n电话：+86 574 8888 0000`),
    { code: eml(`${ZH}\n\n顺祝商祺\n林伟\n13800138000`), name: 'a name and a phone' },
    { code: eml(`${EN}\n\nKind regards,\nLin Wei\nHengda Packaging`), name: 'a name and a company' },
    { code: eml(`${EN}\n\nThanks,\nLin Wei | Sales Manager`), name: 'a name and a title on one line' },
    { code: eml(`${EN}\n\n-- \nLin Wei\nHengda Packaging`), name: 'after -- ' },
    {
      code: eml(`${EN}\n\nLin Wei\nSales Manager, Hengda Packaging\nTel: +86 574 8888 0000`),
      name: 'no closing: a name line and a title',
    },
    { code: eml(`${ZH}\n\n林伟 | 恒达包装`), name: 'no closing: name | company' },
    {
      code: eml(`${EN}\n\nSincerely,\nDr. Lin Wei\n88 Zhongshan Road, Ningbo`),
      name: 'a name and an address',
    },
    {
      code: eml(`${EN}\n\nBest regards,\n[Your name]\n[Title], [Company]\n[Phone]`),
      name: 'the placeholder',
    },
    {
      code: eml(reply('Hi Jac,\n\nYes.\n\nRegards,\nLin Wei\nHengda Packaging', 'Is it ok?')),
      name: 'a reply, signed',
    },
    {
      code: eml(`${EN} 🎉\n\nBest regards,\nLin Wei 🎉\nHengda Packaging`, { eol: '\r\n' }),
      name: 'emoji, CRLF',
    },
    { code: fixture('eml/reply-en.eml'), name: 'fixture: a reply with a -- signature' },
    { code: fixture('eml/thunderbird-alt-qp-zh.eml'), name: 'fixture: Thunderbird QP Chinese' },
    { code: fixture('eml/gmail-mixed-attachments.eml'), name: 'fixture: Gmail multipart/mixed' },
  ],
  invalid: [
    {
      name: 'no signature at all',
      code: eml(EN),
      errors: [{ messageId: 'missing', line: 10, column: 1, endColumn: 24 }],
      output: eml(`${EN}\n\nBest regards,\n[Your name]\n[Title], [Company]\n[Phone]`),
    },
    {
      name: 'ends with a closing: the name goes under it, no second closing',
      code: eml(`${EN}\n\nThanks`),
      errors: [{ messageId: 'noName' }],
      output: eml(`${EN}\n\nThanks\n[Your name]\n[Title], [Company]\n[Phone]`),
    },
    {
      name: 'ends with a slang closing: written out, then the name',
      code: eml(`${EN}\n\nThx`),
      errors: [{ messageId: 'missing' }],
      output: eml(`${EN}\n\nThanks\n[Your name]\n[Title], [Company]\n[Phone]`),
    },
    {
      name: 'Chinese, CRLF',
      code: eml(ZH, { eol: '\r\n' }),
      locale: 'zh',
      errors: [{ messageId: 'missing', message: '没有签名' }],
      output: eml(`${ZH}\n\n此致\n敬礼\n\n[姓名]\n[职位]，[公司]\n[电话]`, { eol: '\r\n' }),
    },
    {
      name: 'a closing and a first name only',
      code: eml(`${EN}\n\nThanks,\nLin`),
      errors: [{ messageId: 'nameOnly', line: 12, column: 1, endColumn: 8 }],
      output: eml(`${EN}\n\nThanks,\nLin\n[Title], [Company]\n[Phone]`),
    },
    {
      name: '谢谢！ and a name',
      code: eml(`${ZH}\n\n谢谢！\n林伟`),
      errors: [{ messageId: 'nameOnly' }],
      output: eml(`${ZH}\n\n谢谢！\n林伟\n[职位]，[公司]\n[电话]`),
    },
    {
      name: 'a closing and nothing after it',
      code: eml(`${EN}\n\nBest regards,`),
      errors: [{ messageId: 'noName' }],
      output: eml(`${EN}\n\nBest regards,\n[Your name]\n[Title], [Company]\n[Phone]`),
    },
    {
      name: 'a signature with emoji and no name, CRLF',
      code: eml(`${EN}\n\nCheers 🎉`, { eol: '\r\n' }),
      errors: [{ messageId: 'noName' }],
      output: eml(`${EN}\n\nCheers 🎉\n[Your name]\n[Title], [Company]\n[Phone]`, { eol: '\r\n' }),
    },
    {
      name: 'a reply: the placeholder goes before the quoted thread; a quoted signature does not count',
      code: eml(reply('Hi Jac,\n\nYes.', 'Is it ok?\n\nBest regards,\nJac Chen\nBuyer, ACME')),
      errors: [{ messageId: 'missing', line: 10 }],
      output: eml(
        reply(
          'Hi Jac,\n\nYes.\n\nBest regards,\n[Your name]\n[Title], [Company]\n[Phone]',
          'Is it ok?\n\nBest regards,\nJac Chen\nBuyer, ACME',
        ),
      ),
    },
    {
      name: 'a Chinese reply',
      code: eml(replyZh(ZH, '样品什么时候寄？\n\n王经理\n采购部')),
      errors: [{ messageId: 'missing' }],
      output: eml(
        replyZh(
          `${ZH}\n\n此致\n敬礼\n\n[姓名]\n[职位]，[公司]\n[电话]`,
          '样品什么时候寄？\n\n王经理\n采购部',
        ),
      ),
    },
    {
      name: 'quoted-printable body: reported on the encoded line, no fix',
      code: encodedMail(`${ZH}\n\n谢谢！\n林伟`, 'quoted-printable'),
      errors: [{ messageId: 'nameOnly', line: 13 }],
      output: null,
    },
    {
      name: 'HTML only: no fix',
      code: htmlMail('<p>Dear Jac,</p><p>The samples left today.</p><p>Kind regards,<br>Lin</p>', null),
      errors: [{ messageId: 'nameOnly' }],
      output: null,
    },
    {
      name: 'fixture: Outlook GBK QP reply',
      code: fixture('eml/outlook-gbk-qp.eml'),
      errors: [{ messageId: 'missing' }],
      output: null,
    },
  ],
});
