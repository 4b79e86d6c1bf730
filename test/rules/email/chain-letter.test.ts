import { chainLetter } from '../../../server/src/core/rules/email/chain-letter';
import { ruleTester } from '../../rule-tester';
import { eml, encodedMail, reply } from './helpers';

const SIG = '\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging';
const ZSIG = '\n\n此致\n敬礼\n林伟\n恒达包装 销售经理';
const en = (s: string) => eml(`Dear Jac,\n\n${s}${SIG}`);
const zh = (s: string) => eml(`王经理：\n\n${s}${ZSIG}`);

ruleTester.run(chainLetter, {
  valid: [
    en('Please forward this quote to your purchasing team.'),
    en('Could you forward the drawing to 3 people in your QC team?'),
    en('Please send the samples to 10 people for testing.'),
    en('Feel free to forward this to everyone on the project.'),
    en('We ship to 10 countries and serve 500 customers.'),
    en('Please share it with your colleagues if useful.'),
    zh('请把报价转发给采购部的同事。'),
    zh('请转发给各部门负责人。'),
    zh('我们已把样品发给10个客户试用。'),
    zh('本次活动共有10个好友推荐名额。'),
    zh('转账给供应商的3个账户已完成。'),
    {
      code: eml(
        reply(`Hi Jac,\n\nPlease ignore the message below.${SIG}`, 'Forward this to 10 friends or bad luck!'),
      ),
      name: 'quoted chain letter',
    },
    { code: eml(`Dear Jac 🎉,\n\nThe samples left today.${SIG}`, { eol: '\r\n' }), name: 'emoji, CRLF' },
  ],
  invalid: [
    {
      code: en('Forward this to 10 friends today!'),
      errors: [
        {
          messageId: 'chain',
          line: 10,
          column: 1,
          endColumn: 27,
          severity: 'error',
          data: { text: 'Forward this to 10 friends' },
        },
      ],
    },
    { code: en('Please send this e-mail to at least ten people.'), errors: [{ messageId: 'chain' }] },
    {
      code: en('Send this to everyone you know.'),
      errors: [{ messageId: 'chain', data: { text: 'Send this to everyone you know' } }],
    },
    { code: en('Pass it on to all your friends.'), errors: [{ messageId: 'chain' }] },
    {
      code: en('If you don’t forward this, you will have bad luck.'.replace('’', "'")),
      errors: [{ messageId: 'chain' }],
    },
    {
      code: zh('请转发给10个好友，好运就会到来。'),
      locale: 'zh',
      errors: [{ messageId: 'chain', column: 2, endColumn: 10, message: '连锁信' }],
    },
    {
      code: zh('看完请转给你所有的朋友。'),
      errors: [{ messageId: 'chain', data: { text: '转给你所有的朋友' } }],
    },
    { code: zh('转发此邮件给至少十位朋友。'), errors: [{ messageId: 'chain' }] },
    { code: zh('请转发到3个群。'), errors: [{ messageId: 'chain' }] },
    { code: zh('分享给身边5位好友。'), errors: [{ messageId: 'chain' }] },
    { code: zh('不转发的话会倒霉三年。'), errors: [{ messageId: 'chain' }] },
    {
      name: 'emoji, CRLF',
      code: eml(`Dear Jac,\n\n🍀 Forward this to 7 friends 🍀${SIG}`, { eol: '\r\n' }),
      errors: [{ messageId: 'chain', line: 10, column: 4, endColumn: 29 }],
    },
    {
      name: 'quoted-printable body',
      code: encodedMail(`王经理：\n\n请转发给10个好友。${ZSIG}`, 'quoted-printable'),
      errors: [{ messageId: 'chain', line: 11 }],
    },
  ],
});
