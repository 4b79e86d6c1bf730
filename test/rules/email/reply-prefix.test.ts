import { replyPrefix } from '../../../server/src/core/rules/email/reply-prefix';
import { ruleTester } from '../../rule-tester';
import { eml, gbWord, reply, word } from './helpers';

const EN =
  'Hi Jac,\n\nYes, the price includes printing.\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging';
const ZH = '王经理，您好！\n\n价格含印刷。\n\n此致\n敬礼\n林伟\n恒达包装 销售经理';

ruleTester.run(replyPrefix, {
  valid: [
    eml(EN, { subject: 'Re: Carton quote' }),
    eml(ZH, { subject: '回复：纸箱报价' }),
    { code: eml(EN, { subject: 'Fwd: Carton quote' }), name: 'one forward prefix' },
    { code: eml(EN, { subject: 'Carton quote: re-print of the labels' }), name: 're- inside the subject' },
    { code: eml(EN, { subject: 'Reply needed: carton sizes' }), name: 'a word that starts with re' },
    { code: eml(EN, { subject: 'Regarding: the Q3 quote' }), name: 'Regarding:' },
    { code: eml(ZH, { subject: word('回复：纸箱报价') }), name: 'one prefix, encoded' },
    {
      code: eml(reply(EN, 'Re: Re: old'), { subject: 'Re: Carton quote 🎉', eol: '\r\n' }),
      name: 'emoji, CRLF, quoted',
    },
  ],
  invalid: [
    {
      code: eml(EN, { subject: 'Re: RE: Re: Carton quote' }),
      errors: [{ messageId: 'stacked', line: 3, column: 10, endColumn: 22, data: { count: 3 } }],
      output: eml(EN, { subject: 'Re: Carton quote' }),
    },
    {
      code: eml(ZH, { subject: '回复：回复：答复：纸箱报价' }),
      locale: 'zh',
      errors: [{ messageId: 'stacked', message: '3个前缀' }],
      output: eml(ZH, { subject: '回复：纸箱报价' }),
    },
    {
      name: 'mixed languages and colons, any case',
      code: eml(ZH, { subject: '回复: RE：Fwd: 转发：AW: FW: 报价' }),
      errors: [{ messageId: 'stacked', data: { count: 6 } }],
      output: eml(ZH, { subject: '回复: 报价' }),
    },
    {
      name: 'no space after the colons',
      code: eml(EN, { subject: 'RE:RE:Carton quote' }),
      errors: [{ messageId: 'stacked' }],
      output: eml(EN, { subject: 'RE: Carton quote' }),
    },
    {
      name: 'Re[2]: counters',
      code: eml(EN, { subject: 'Re[2]: Re: Carton quote' }),
      errors: [{ messageId: 'stacked' }],
      output: eml(EN, { subject: 'Re[2]: Carton quote' }),
    },
    {
      name: 'emoji after the stack, CRLF',
      code: eml(EN, { subject: 'Fwd: Re: 🎉 Samples passed', eol: '\r\n' }),
      errors: [{ messageId: 'stacked', line: 3, column: 10, endColumn: 19 }],
      output: eml(EN, { subject: 'Fwd: 🎉 Samples passed', eol: '\r\n' }),
    },
    {
      name: 'encoded subject (as in a GB2312 Outlook reply): reported on the Subject line, no fix',
      code: eml(ZH, { subject: gbWord('回复：回复：样品寄出时间') }),
      errors: [{ messageId: 'stacked', line: 3, column: 1 }],
      output: null,
    },
    {
      name: 'UTF-8 B-encoded subject: no fix',
      code: eml(ZH, { subject: word('回复: RE: 回复: 报价') }),
      errors: [{ messageId: 'stacked', data: { count: 3 } }],
      output: null,
    },
  ],
});
