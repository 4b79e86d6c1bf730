import { quoteTerms } from '../../../server/src/core/rules/email/quote-terms';
import { ruleTester } from '../../rule-tester';
import { eml, emlReply } from '../tone/helpers';

ruleTester.run(quoteTerms, {
  valid: [
    {
      name: 'internal mail: a price between colleagues is not a quotation',
      kind: 'eml',
      code: 'From: Lin <lin@hengda.example>\r\nTo: Wang <wang@hengda.example>\r\nSubject: Cost\r\n\r\nWang,\r\n\r\nOur price is 0.42 per piece 👍\r\n',
    },
    {
      name: 'a pasted log line (real mail, shortened)',
      kind: 'eml',
      code: 'From: Liz <liz@a.example>\nTo: Jac <jac@b.example>\nSubject: Load error\n\nJac,\n\nHere is what the log shows:\n\n!!! 05/14/01 08:12:33 ERROR ProductLoader: NULL_PRICE for product 33411\n',
    },
    'Price: USD 0.42/pc FOB Ningbo, valid until 30 June.',
    '王经理您好，单价3.5元，报价有效期30天。',
    '王經理您好，單價3.5元，報價有效期30天。',
    { code: '您好，请问单价多少？', name: 'a question about the price is no quotation' },
    { code: '> Our price is 0.42 per piece.\n\nThanks, we will compare.', name: 'quoted' },
    { code: 'The price list is attached.', name: 'no figure' },
    {
      code: '单价3.5元 🙂\r\n欢迎下单',
      name: 'a domestic price in a chat: currency given, validity not asked',
    },
    { code: 'Price: 8% below your current supplier.', name: 'a share is no price' },
    { code: '我们的优势有3点。', name: 'no price word' },
    {
      code: eml(
        'Dear Jac,\n\nOur price is USD 0.42 per piece, CIF Hamburg.\nThe quotation is valid for 30 days.\n\nBest regards,\nLin',
      ),
      kind: 'eml',
      name: 'pieces in other sentences count',
    },
  ],
  invalid: [
    {
      code: 'Dear Jac, our price is 0.42 per piece.',
      errors: [{ messageId: 'missing', data: { missing: 'the currency or the trade term' } }],
      output: 'Dear Jac, our price is 0.42 per piece ([currency], [trade term and port]).',
    },
    {
      code: eml('Dear Jac,\n\nOur price is 0.42 per piece.\n\nBest regards,\nLin'),
      kind: 'eml',
      errors: [
        {
          messageId: 'missing',
          data: { missing: 'the currency, the trade term or how long the price holds' },
        },
      ],
      output: eml(
        'Dear Jac,\n\nOur price is 0.42 per piece ([currency], [trade term and port], valid until [date]).\n\nBest regards,\nLin',
      ),
    },
    {
      code: '王经理您好，这款杯子报价0.42美元每个。',
      errors: [{ messageId: 'missing', data: { missing: '贸易术语' } }],
      output: '王经理您好，这款杯子报价0.42美元每个（[贸易术语及港口]）。',
    },
    {
      code: '王經理您好，這款杯子報價0.42美元每個。',
      errors: 1,
      output: '王經理您好，這款杯子報價0.42美元每個（[貿易術語及港口]）。',
    },
    {
      code: eml('王经理：\n\n单价3.5元 🙂\n\n林伟', '\r\n'),
      kind: 'eml',
      errors: [{ messageId: 'missing', data: { missing: '报价有效期' } }],
      output: eml('王经理：\n\n单价3.5元 🙂（报价有效期至[日期]）\n\n林伟', '\r\n'),
    },
    {
      code: emlReply(
        'Dear Jac,\n\nThe unit price is USD 0.42, FOB Ningbo.\n\nBest regards,\nLin',
        'Please quote.',
      ),
      kind: 'eml',
      errors: [{ messageId: 'missing', line: 9, data: { missing: 'how long the price holds' } }],
      output: emlReply(
        'Dear Jac,\n\nThe unit price is USD 0.42, FOB Ningbo (valid until [date]).\n\nBest regards,\nLin',
        'Please quote.',
      ),
    },
  ],
});
