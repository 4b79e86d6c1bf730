import { subjectLong } from '../../../server/src/core/rules/email/subject-long';
import { ruleTester } from '../../rule-tester';
import { eml, gbWord, word } from './helpers';

const EN = 'Dear Jac,\n\nThe samples left today.\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging';
const ZH = '王经理，您好！\n\n样品今天寄出。\n\n此致\n敬礼\n林伟\n恒达包装 销售经理';
/** 60 columns exactly. */
const SIXTY = 'Carton quote for the Q3 order: USD 0.42 per piece, 12 days.!';

ruleTester.run(subjectLong, {
  valid: [
    eml(EN, { subject: 'Carton quotation for the Q3 order: 8% below current price' }),
    { code: eml(EN, { subject: SIXTY }), name: 'exactly 60 columns' },
    {
      code: eml(ZH, { subject: '第三季度纸箱报价：比现价低8%，12天交货' }),
      name: 'Chinese, under 60 columns',
    },
    {
      code: eml(ZH, { subject: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十' }),
      name: '30 CJK = 60 columns',
    },
    { code: eml(ZH, { subject: word('第三季度纸箱报价：比现价低8%') }), name: 'encoded word' },
    { code: eml(EN, { subject: 'Samples shipped 🎉', eol: '\r\n' }), name: 'emoji and CRLF' },
    { code: eml(EN, { subject: null }), name: 'no subject' },
  ],
  invalid: [
    {
      code: eml(EN, { subject: `${SIXTY}?` }),
      errors: [
        {
          messageId: 'long',
          line: 3,
          column: 10,
          endColumn: 71,
          severity: 'info',
          data: { width: 61, max: 60 },
        },
      ],
    },
    {
      name: 'CJK counts double: 31 characters are 62 columns',
      code: eml(ZH, { subject: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一' }),
      locale: 'zh',
      errors: [{ messageId: 'long', data: { width: 62 }, message: '手机' }],
    },
    {
      name: 'full-width punctuation counts double',
      code: eml(ZH, { subject: '关于第三季度纸箱报价的说明：价格、交期、付款方式、包装规格，请确认' }),
      errors: [{ messageId: 'long', data: { width: 66 } }],
    },
    {
      name: 'GB2312 encoded word: on the Subject line',
      code: eml(ZH, {
        subject: gbWord('关于第三季度纸箱报价的说明：价格、交期、付款方式、包装规格，请确认'),
      }),
      errors: [{ messageId: 'long', line: 3, column: 1 }],
    },
    {
      name: 'emoji count double, CRLF',
      code: eml(EN, { subject: `${SIXTY.slice(0, 58)} 🎉`, eol: '\r\n' }),
      errors: [{ messageId: 'long', data: { width: 61 } }],
    },
  ],
});
