import { subjectMissing } from '../../../server/src/core/rules/email/subject-missing';
import { ruleTester } from '../../rule-tester';
import { eml, encodedMail, gbWord, htmlMail, reply, word } from './helpers';

const EN = 'Dear Jac,\n\nThe samples for order 4500 left Ningbo today.\n\nBest regards,\nLin Wei';
const ZH = '王经理，您好！\n\n我是恒达包装的林伟。样品已于今天寄出，预计周五到达。\n\n此致\n敬礼\n林伟';
/** The header block `eml()` writes without a subject, for expected outputs. */
const HEAD =
  'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\nX-Unsent: 1\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n';

ruleTester.run(subjectMissing, {
  valid: [
    eml(EN),
    eml(ZH, { subject: '样品已寄出，预计周五到达' }),
    { code: eml(EN, { subject: word('样品已寄出') }), name: 'UTF-8 encoded word' },
    { code: eml(ZH, { subject: gbWord('关于报价单的说明') }), name: 'GB2312 encoded word' },
    { code: eml(EN, { subject: 'Samples 🎉 shipped today' }), name: 'emoji subject' },
    { code: eml(EN, { eol: '\r\n' }), name: 'CRLF' },
    { code: eml(EN, { subject: 'Re: Carton quote' }), name: 'a reply subject' },
    { code: encodedMail(ZH, 'base64', { subject: '样品寄出' }), name: 'base64 body' },
  ],
  invalid: [
    {
      name: 'no Subject header: one is added in the header block, from the first sentence',
      code: eml(EN, { subject: null }),
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
      output: `${HEAD}Subject: The samples for order 4500 left Ningbo today\n\n${EN}`,
    },
    {
      name: 'Chinese, CRLF: greeting and self-introduction skipped',
      code: eml(ZH, { subject: null, eol: '\r\n' }),
      errors: [{ messageId: 'missing', message: '没有主题' }],
      locale: 'zh',
      output: `${HEAD}Subject: 样品已于今天寄出，预计周五到达\n\n${ZH}`.replace(/\n/g, '\r\n'),
    },
    {
      name: 'empty Subject: the value is written after the colon',
      code: eml(EN, { subject: '' }),
      errors: [{ messageId: 'empty', line: 3, column: 1, endColumn: 10 }],
      output: eml(EN, { subject: 'The samples for order 4500 left Ningbo today' }),
    },
    {
      name: 'white space only',
      code: eml(EN, { subject: '   ' }),
      errors: [{ messageId: 'empty' }],
      output: eml(EN, { subject: 'The samples for order 4500 left Ningbo today' }),
    },
    {
      name: 'emoji in the first sentence',
      code: eml('Hi Jac,\n\nGreat news 🎉 the cartons passed inspection.\n\nThanks,\nLin', { subject: null }),
      errors: [{ messageId: 'missing' }],
      output: `${HEAD}Subject: Great news 🎉 the cartons passed inspection\n\nHi Jac,\n\nGreat news 🎉 the cartons passed inspection.\n\nThanks,\nLin`,
    },
    {
      name: 'a long first sentence is cut at a word, within 60 columns',
      code: eml(
        'Dear Jac,\n\nFollowing our call on Monday we have revised the carton sizes for all three of your export lines and the new prices.',
        { subject: null },
      ),
      errors: [{ messageId: 'missing' }],
      output: `${HEAD}Subject: Following our call on Monday we have revised the carton…\n\nDear Jac,\n\nFollowing our call on Monday we have revised the carton sizes for all three of your export lines and the new prices.`,
    },
    {
      name: 'a long Chinese sentence counts double',
      code: eml(
        '王经理：\n\n根据您上周提出的要求我们重新设计了三种规格的出口纸箱并调整了全部报价请您查看。',
        {
          subject: null,
        },
      ),
      errors: [{ messageId: 'missing' }],
      output: `${HEAD}Subject: 根据您上周提出的要求我们重新设计了三种规格的出口纸箱并调整…\n\n王经理：\n\n根据您上周提出的要求我们重新设计了三种规格的出口纸箱并调整了全部报价请您查看。`,
    },
    {
      name: 'a reply: the suggestion comes from the writer, not the quoted thread',
      code: eml(reply('Hi Jac,\n\nYes, the price includes printing.', 'Does the price include printing?'), {
        subject: null,
      }),
      errors: [{ messageId: 'missing' }],
      output: `${HEAD}Subject: Yes, the price includes printing\n\n${reply('Hi Jac,\n\nYes, the price includes printing.', 'Does the price include printing?')}`,
    },
    {
      name: 'quoted-printable Chinese body (multipart as Thunderbird saves it)',
      code: encodedMail(ZH, 'quoted-printable', { subject: null }),
      errors: [{ messageId: 'missing' }],
      output: encodedMail(ZH, 'quoted-printable', { subject: null }).replace(
        'Content-Transfer-Encoding: quoted-printable\r\n',
        'Content-Transfer-Encoding: quoted-printable\r\nSubject: 样品已于今天寄出，预计周五到达\r\n',
      ),
    },
    {
      name: 'HTML-only body',
      code: htmlMail('<p>Dear Jac,</p><p>The <b>samples</b> left today.</p>', null, { subject: null }),
      errors: [{ messageId: 'missing' }],
      output: htmlMail('<p>Dear Jac,</p><p>The <b>samples</b> left today.</p>', null, {
        subject: null,
      }).replace('quoted-printable\r\n\r\n', 'quoted-printable\r\nSubject: The samples left today\r\n\r\n'),
    },
    {
      name: 'no body and no final line break: the message stays valid',
      code: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac <jac@buyer.example>',
      errors: [{ messageId: 'missing' }],
      output: 'From: Lin Wei <lin.wei@hengda.example>\nTo: Jac <jac@buyer.example>\nSubject: [Subject]\n',
    },
    {
      name: 'no blank line before the body: one is added after the new header',
      code: 'From: Lin Wei <lin.wei@hengda.example>\r\nTo: Jac <jac@buyer.example>\r\nThe price list is ready.\r\n',
      errors: [{ messageId: 'missing' }],
      output:
        'From: Lin Wei <lin.wei@hengda.example>\r\nTo: Jac <jac@buyer.example>\r\nSubject: The price list is ready\r\n\r\nThe price list is ready.\r\n',
    },
  ],
});
