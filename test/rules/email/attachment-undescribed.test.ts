import { attachmentUndescribed } from '../../../server/src/core/rules/email/attachment-undescribed';
import { ruleTester } from '../../rule-tester';
import { eml, fixture, mixed, reply } from './helpers';

const SIG = '\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging';
const ZSIG = '\n\n此致\n敬礼\n林伟\n恒达包装 销售经理';
const PDF = [{ name: 'Q3 quote.pdf' }];
/** Plain text only (no HTML copy): a fix can be written where the reader will see it. */
const plain = { html: false } as const;

ruleTester.run(attachmentUndescribed, {
  valid: [
    eml(`Dear Jac,\n\nThe samples left today.${SIG}`),
    {
      code: mixed(`Dear Jac,\n\nThe attached quotation lists three sizes.${SIG}`, PDF),
      name: 'the attached quotation',
    },
    { code: mixed(`王经理：\n\n附件是报价单，请查收。${ZSIG}`, PDF), name: '附件是报价单' },
    {
      code: mixed(`Dear Jac,\n\nAttached is our price list (PDF).${SIG}`, PDF),
      name: 'attached is our price list (PDF)',
    },
    { code: mixed(`Dear Jac,\n\nPlease see the attached PDF.${SIG}`, PDF), name: 'see the attached PDF' },
    {
      code: mixed(`Dear Jac,\n\nQ3 quote.pdf has the prices for all sizes.${SIG}`, PDF),
      name: 'the file name',
    },
    { code: mixed(`Dear Jac,\n\nThe Q3 quote covers all sizes.${SIG}`, PDF), name: 'the base name' },
    {
      code: mixed(`王经理：\n\n随信附上产品目录，供您参考。${ZSIG}`, [{ name: 'catalogue.pdf' }]),
      name: '随信附上产品目录',
    },
    {
      code: mixed(`Dear Jac,\n\nHere is the drawing.${SIG}`, [
        { name: 'logo.png', type: 'image/png', disposition: 'inline' },
      ]),
      name: 'an inline image is not an attachment to describe',
    },
    {
      code: mixed(`Dear Jac 😊,\n\nThe attached invoice is due on 12 May.${SIG}`, PDF, { eol: '\n' }),
      name: 'emoji, LF',
    },
    {
      code: fixture('eml/gmail-mixed-attachments.eml'),
      name: 'Gmail: “the quote and the spec sheet are attached”',
    },
  ],
  invalid: [
    {
      name: '“See attached.” says nothing about what it is',
      code: mixed(`Hi Jac,\n\nSee attached.${SIG}`, PDF, plain),
      errors: [
        { messageId: 'undescribed', line: 21, column: 1, endColumn: 57, data: { names: 'Q3 quote.pdf' } },
      ],
      output: mixed(`Hi Jac,\n\nSee attached.\n\nAttached: Q3 quote.pdf — [what it is]${SIG}`, PDF, plain),
    },
    {
      name: 'Chinese: the line goes before 此致',
      code: mixed(`王经理：\n\n请查收。${ZSIG}`, [{ name: '报价单.pdf' }], { ...plain, eol: '\n' }),
      locale: 'zh',
      errors: [{ messageId: 'undescribed', message: '报价单.pdf' }],
      output: mixed(`王经理：\n\n请查收。\n\n附件：报价单.pdf — [说明]${ZSIG}`, [{ name: '报价单.pdf' }], {
        ...plain,
        eol: '\n',
      }),
    },
    {
      name: 'two attachments: one finding, one line each',
      code: mixed(
        `Hi Jac,\n\nHere you go.${SIG}`,
        [{ name: 'Q3.pdf' }, { name: 'photo 🎉.jpg', type: 'image/jpeg' }],
        plain,
      ),
      errors: [{ messageId: 'undescribed', data: { names: 'Q3.pdf”, “photo 🎉.jpg' } }],
      output: mixed(
        `Hi Jac,\n\nHere you go.\n\nAttached: Q3.pdf — [what it is]\nAttached: photo 🎉.jpg — [what it is]${SIG}`,
        [{ name: 'Q3.pdf' }, { name: 'photo 🎉.jpg', type: 'image/jpeg' }],
        plain,
      ),
    },
    {
      name: 'one named, one not',
      code: mixed(
        `Hi Jac,\n\nQ3.pdf has the prices.${SIG}`,
        [{ name: 'Q3.pdf' }, { name: 'photo.jpg', type: 'image/jpeg' }],
        plain,
      ),
      errors: [{ messageId: 'undescribed', data: { names: 'photo.jpg' } }],
      output: mixed(
        `Hi Jac,\n\nQ3.pdf has the prices.\n\nAttached: photo.jpg — [what it is]${SIG}`,
        [{ name: 'Q3.pdf' }, { name: 'photo.jpg', type: 'image/jpeg' }],
        plain,
      ),
    },
    {
      name: 'no signature: at the end of the writer’s text, before the quoted thread',
      code: mixed(reply('Hi Jac,\n\nHere you go.', 'Could you send the Q3 prices?'), PDF, plain),
      errors: [{ messageId: 'undescribed' }],
      output: mixed(
        reply(
          'Hi Jac,\n\nHere you go.\n\nAttached: Q3 quote.pdf — [what it is]',
          'Could you send the Q3 prices?',
        ),
        PDF,
        plain,
      ),
    },
    {
      name: 'a kind named only in the quoted thread does not count',
      code: mixed(
        reply(`Hi Jac,\n\nSee attached.${SIG}`, 'Please send the attached quotation back.'),
        PDF,
        plain,
      ),
      errors: [{ messageId: 'undescribed' }],
      output: mixed(
        reply(
          `Hi Jac,\n\nSee attached.\n\nAttached: Q3 quote.pdf — [what it is]${SIG}`,
          'Please send the attached quotation back.',
        ),
        PDF,
        plain,
      ),
    },
    {
      name: 'with an HTML copy (as Gmail saves it) the plain part is not what most readers see: no fix',
      code: mixed(`Hi Jac,\n\nSee attached.${SIG}`, PDF),
      errors: [{ messageId: 'undescribed', line: 31 }],
      output: null,
    },
  ],
});
