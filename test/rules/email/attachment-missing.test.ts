import { attachmentMissing } from '../../../server/src/core/rules/email/attachment-missing';
import { ruleTester } from '../../rule-tester';
import { eml, encodedMail, fixture, mixed, reply, replyZh } from './helpers';

const SIG = '\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging';
const ZSIG = '\n\n此致\n敬礼\n林伟\n恒达包装 销售经理';

ruleTester.run(attachmentMissing, {
  valid: [
    eml(`Dear Jac,\n\nThe samples left today.${SIG}`),
    {
      code: mixed(`Dear Jac,\n\nPlease find attached our price list.${SIG}`, [{ name: 'price-list.pdf' }]),
      name: 'attached',
    },
    {
      code: mixed(`王经理：\n\n报价单见附件，请查收。${ZSIG}`, [{ name: '报价单.pdf' }]),
      name: 'zh attached',
    },
    { code: eml(`Dear Jac,\n\nThe label is attached to each carton.${SIG}`), name: 'attached to' },
    { code: eml(`Dear Jac,\n\nThe motor is fully enclosed in a steel housing.${SIG}`), name: 'enclosed in' },
    { code: eml(`Dear Jac,\n\nPlease find below the schedule.${SIG}`), name: 'please find below' },
    {
      code: eml(`Dear Jac,\n\nThanks for your attachment, we will check it.${SIG}`),
      name: 'your attachment',
    },
    { code: eml(`Dear Jac,\n\nThe file you attached opens fine.${SIG}`), name: 'you attached' },
    {
      code: eml(`Dear Jac,\n\nNo strings attached: the samples are free.${SIG}`),
      name: 'no strings attached',
    },
    { code: eml(`王经理：\n\n我们是汽车附件生产商。${ZSIG}`), name: '汽车附件 (fittings)' },
    { code: eml(`王经理：\n\n您发来的附件已收到，谢谢。${ZSIG}`), name: '您发来的附件' },
    {
      code: eml(reply(`Hi Jac,\n\nSure, see you then.${SIG}`, 'Please see the attached drawing.')),
      name: 'mention in > lines of a reply',
    },
    {
      code: eml(replyZh(`王经理：\n\n好的，周五见。${ZSIG}`, '报价单见附件。')),
      name: 'mention below 在 … 写道：',
    },
    {
      code: eml(
        `Hi Jac,\n\nSee you on Friday.${SIG}\n\n-----Original Message-----\nFrom: Jac Chen\nSent: Monday\nSubject: drawing\n\nPlease find attached the drawing.`,
      ),
      name: 'mention under -----Original Message-----',
    },
    {
      code: eml(
        `Dear Jac,\n\nThe samples left today.\n\n-- \nLin Wei\nHengda Packaging\nAttachments are scanned for viruses.`,
      ),
      name: 'mention in the signature',
    },
    {
      code: eml(
        `Dear Jac,\n\nThe samples left today.${SIG}\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.`,
      ),
      name: 'English disclaimer',
    },
    {
      code: eml(
        `王经理：\n\n样品已寄出。${ZSIG}\n\n本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。`,
      ),
      name: 'Chinese disclaimer',
    },
    { code: eml(`Dear Jac 😊,\n\nThe samples left today.${SIG}`, { eol: '\r\n' }), name: 'emoji, CRLF' },
    { code: fixture('eml/gmail-mixed-attachments.eml'), name: 'Gmail multipart/mixed with attachments' },
  ],
  invalid: [
    {
      code: eml(`Dear Jac,\n\nPlease find attached our price list.${SIG}`),
      errors: [{ messageId: 'missing', line: 10, column: 1, endColumn: 12, data: { word: 'Please find' } }],
    },
    {
      code: eml(`王经理：\n\n报价单见附件，请查收。${ZSIG}`),
      locale: 'zh',
      errors: [{ messageId: 'missing', line: 10, column: 4, endColumn: 7, message: '没有附件' }],
    },
    {
      code: eml(`王经理：\n\n随信附上产品目录。${ZSIG}`),
      errors: [{ messageId: 'missing', data: { word: '随信附上' } }],
    },
    {
      code: eml(`王经理：\n\n附上报价单，请查收。${ZSIG}`),
      errors: [{ messageId: 'missing', data: { word: '附上' } }],
    },
    {
      code: eml(`Dear Jac,\n\nEnclosed is our invoice.${SIG}`),
      errors: [{ messageId: 'missing', data: { word: 'Enclosed' } }],
    },
    { code: eml(`Dear Jac,\n\nThe invoice is enclosed.${SIG}`), errors: [{ messageId: 'missing' }] },
    { code: eml(`Dear Jac,\n\nThe drawing is in the attachment.${SIG}`), errors: [{ messageId: 'missing' }] },
    {
      name: 'one finding for several mentions',
      code: eml(`Dear Jac,\n\nThe quote is attached. The drawing is attached too.${SIG}`),
      errors: [{ messageId: 'missing', column: 14 }],
    },
    {
      name: 'own text of a reply',
      code: eml(reply(`Hi Jac,\n\nThe revised drawing is attached.${SIG}`, 'Can you revise the drawing?')),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'emoji before it, CRLF',
      code: eml(`Dear Jac 😊\n\nThe quote is attached.${SIG}`, { eol: '\r\n' }),
      errors: [{ messageId: 'missing', line: 10, column: 14, endColumn: 22 }],
    },
    {
      name: 'quoted-printable Chinese body: mapped into the encoded source',
      code: encodedMail(`王经理：\n\n报价单见附件，请查收。${ZSIG}`, 'quoted-printable'),
      errors: [{ messageId: 'missing', line: 11 }],
    },
    {
      name: 'base64 Chinese body: on the encoded lines',
      code: encodedMail(`王经理：\n\n报价单见附件，请查收。${ZSIG}`, 'base64'),
      errors: [{ messageId: 'missing', message: '见附件' }],
    },
    {
      name: 'Foxmail GB2312 base64 multipart/alternative',
      code: fixture('eml/foxmail-gb2312-base64.eml'),
      errors: [{ messageId: 'missing' }],
    },
  ],
});
