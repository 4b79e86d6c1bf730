import { subjectVague } from '../../../server/src/core/rules/email/subject-vague';
import { ruleTester } from '../../rule-tester';
import { eml, gbWord, word } from './helpers';

const EN = 'Dear Jac,\n\nThe samples left today.\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging';
const ZH = '王经理，您好！\n\n样品今天寄出。\n\n此致\n敬礼\n林伟\n恒达包装 销售经理';

ruleTester.run(subjectVague, {
  valid: [
    eml(EN, { subject: 'Carton quote for the Q3 order: 8% below current price' }),
    eml(ZH, { subject: '第三季度纸箱报价' }),
    { code: eml(EN, { subject: 'Re: Carton quote' }), name: 'a reply with a topic' },
    { code: eml(EN, { subject: 'Invoice 4500' }), name: 'a word and a number' },
    { code: eml(ZH, { subject: '纸箱报价' }), name: 'four CJK characters' },
    { code: eml(EN, { subject: 'Urgent: carton delivery moved to 12 May' }), name: 'urgent with a topic' },
    { code: eml(ZH, { subject: '急：5月12日前确认补货方案' }), name: '急 with a topic' },
    { code: eml(EN, { subject: 'Test report for the 5-ply cartons' }), name: '“test” as part of a topic' },
    { code: eml(ZH, { subject: word('样品寄出时间') }), name: 'encoded word with a topic' },
    { code: eml(ZH, { subject: gbWord('关于报价单的说明') }), name: 'GB2312 encoded word with a topic' },
    { code: eml(EN, { subject: 'Samples shipped 🎉', eol: '\r\n' }), name: 'emoji and CRLF' },
    { code: eml(EN, { subject: '' }), name: 'empty: email/subject-missing says so' },
    { code: eml(EN, { subject: null }), name: 'no subject: email/subject-missing says so' },
  ],
  invalid: [
    {
      code: eml(EN, { subject: 'Hi' }),
      errors: [{ messageId: 'vague', line: 3, column: 10, endColumn: 12, data: { subject: 'Hi' } }],
    },
    { code: eml(EN, { subject: 'hello!' }), errors: [{ messageId: 'vague' }] },
    {
      code: eml(ZH, { subject: '你好' }),
      locale: 'zh',
      errors: [{ messageId: 'vague', message: '没有说明邮件内容' }],
    },
    { code: eml(ZH, { subject: '无主题' }), errors: [{ messageId: 'vague' }] },
    { code: eml(EN, { subject: '(no subject)' }), errors: [{ messageId: 'vague' }] },
    { code: eml(EN, { subject: 'TEST' }), errors: [{ messageId: 'vague' }] },
    { code: eml(EN, { subject: 'Question' }), errors: [{ messageId: 'vague' }] },
    { code: eml(ZH, { subject: '问题' }), errors: [{ messageId: 'vague' }] },
    { code: eml(ZH, { subject: '请查收' }), errors: [{ messageId: 'vague' }] },
    { code: eml(ZH, { subject: '急！！' }), errors: [{ messageId: 'vague' }] },
    { code: eml(EN, { subject: 'URGENT' }), errors: [{ messageId: 'vague' }] },
    { code: eml(EN, { subject: 'FYI' }), errors: [{ messageId: 'vague' }] },
    { code: eml(EN, { subject: 'Re: hi' }), errors: [{ messageId: 'vague' }] },
    { code: eml(EN, { subject: 'Re:' }), errors: [{ messageId: 'bareReply', column: 10, endColumn: 13 }] },
    { code: eml(ZH, { subject: '回复：' }), errors: [{ messageId: 'bareReply' }] },
    { code: eml(EN, { subject: 'Invoice' }), errors: [{ messageId: 'short', data: { subject: 'Invoice' } }] },
    { code: eml(ZH, { subject: '报价单' }), errors: [{ messageId: 'short' }] },
    { code: eml(ZH, { subject: 'Re: 样品' }), errors: [{ messageId: 'short' }] },
    {
      name: 'emoji alone says nothing',
      code: eml(EN, { subject: '🎉🎉' }),
      errors: [{ messageId: 'short', column: 10, endColumn: 14 }],
    },
    {
      name: 'CRLF',
      code: eml(EN, { subject: 'hello', eol: '\r\n' }),
      errors: [{ messageId: 'vague', line: 3 }],
    },
    {
      name: 'GB2312 encoded word: the finding sits on the whole Subject line',
      code: eml(ZH, { subject: gbWord('你好') }),
      errors: [{ messageId: 'vague', line: 3, column: 1, message: '你好' }],
    },
    {
      name: 'UTF-8 Q-encoded',
      code: eml(ZH, { subject: word('请查收', 'Q') }),
      errors: [{ messageId: 'vague', line: 3, column: 1 }],
    },
  ],
});
