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
    // In context: a reply or a note to a colleague needs no signature block, only a name after a closing.
    {
      code: eml(reply('Hi Jac,\n\nYes.', 'Is it ok?\n\nBest regards,\nJac Chen\nBuyer, ACME')),
      name: 'in context: a reply without a signature (the quoted one does not matter)',
    },
    {
      code: eml(replyZh(ZH, '样品什么时候寄？\n\n王经理\n采购部')),
      name: 'in context: a Chinese reply, unsigned',
    },
    { code: fixture('eml/outlook-gbk-qp.eml'), name: 'in context: fixture, Outlook GBK QP reply' },
    {
      code: eml(reply('Hi Jac,\n\nYes.\n\nThanks,\nLin', 'Is it ok?')),
      name: 'in context: a reply closed with a name alone',
    },
    {
      code: eml(`Zhang Min,\n\nThe report is on the share.\n\nCheers,\nLin 🎉`, {
        ...{ from: 'Lin Wei <lin.wei@hengda.example>', to: 'Zhang Min <zhang.min@hengda.example>' },
        eol: '\r\n',
      }),
      name: 'in context: internal mail, a name alone (emoji, CRLF)',
    },
    {
      code: eml('张敏：\n\n周报已放到共享盘。\n\n谢谢！\n林伟', {
        from: 'Lin Wei <lin.wei@hengda.example>',
        to: 'Zhang Min <zhang.min@hengda.example>',
      }),
      name: 'in context: internal mail in Chinese, a name alone',
    },
    {
      code: eml('Dear Jac,\n\nSee below.', {
        subject: 'Re: carton order',
        headers: ['In-Reply-To: <a1@buyer.example>'],
      }),
      name: 'in context: a reply by its headers, no quote',
    },
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
      name: 'in context: a reply that closes without a name',
      code: eml(reply('Hi Jac,\n\nYes, Friday works.\n\nBest regards,', 'Is Friday ok?')),
      errors: [{ messageId: 'closingNoName', line: 12 }],
      output: eml(reply('Hi Jac,\n\nYes, Friday works.\n\nBest regards,\n[Your name]', 'Is Friday ok?')),
    },
    {
      name: 'in context: a Chinese reply that closes without a name',
      code: eml(replyZh('王经理：\n\n周五可以发货。\n\n此致\n敬礼', '周五能发吗？')),
      errors: [{ messageId: 'closingNoName' }],
      output: eml(replyZh('王经理：\n\n周五可以发货。\n\n此致\n敬礼\n[姓名]', '周五能发吗？')),
    },
    {
      name: 'in context: a cold first e-mail with a name alone still asks for more',
      code: eml(`${EN}\n\nThanks,\nLin Wei`),
      errors: [{ messageId: 'nameOnly' }],
      output: eml(`${EN}\n\nThanks,\nLin Wei\n[Title], [Company]\n[Phone]`),
    },
  ],
});
