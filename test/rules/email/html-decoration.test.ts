import { htmlDecoration } from '../../../server/src/core/rules/email/html-decoration';
import { ruleTester } from '../../rule-tester';
import { eml, fixture, htmlMail } from './helpers';

const PLAIN = 'Dear Jac,\n\nThe samples left today.\n\nBest regards,\nLin Wei';
const SIMPLE = '<p>Dear Jac,</p><p>The samples left <b>today</b>.</p><p>Best regards,<br>Lin Wei</p>';
const loud = (n: number) =>
  `<p>Dear Jac,</p>${Array.from({ length: n }, (_, i) => `<font color="#${i}${i}0000" size="${(i % 5) + 1}">sale</font>`).join(' ')}`;

ruleTester.run(htmlDecoration, {
  valid: [
    eml(PLAIN),
    { code: htmlMail(SIMPLE, PLAIN), name: 'multipart/alternative with a plain copy and little decoration' },
    { code: htmlMail(loud(9), PLAIN), name: 'nine decorations' },
    { code: fixture('eml/thunderbird-alt-qp-zh.eml'), name: 'Thunderbird multipart/alternative, QP Chinese' },
    { code: fixture('eml/gmail-mixed-attachments.eml'), name: 'Gmail multipart/mixed' },
    {
      code: htmlMail('<p>王经理：样品已寄出 🎉</p>', '王经理：样品已寄出 🎉', { eol: '\n' }),
      name: 'emoji, LF',
    },
    {
      code: htmlMail(
        `<p>王经理：</p>${'<p style="font-family: Calibri; COLOR: #1F497D"><span style="color:#1f497d;font-family:Calibri">特价 🎉</span></p>'.repeat(177)}`,
        '王经理：特价',
        { eol: '\n' },
      ),
      name: 'one style repeated 177 times (Outlook) counts once, not 177 times',
    },
  ],
  invalid: [
    {
      name: 'HTML only',
      code: htmlMail(SIMPLE, null),
      errors: [{ messageId: 'htmlOnly', line: 6, column: 1, endColumn: 41, severity: 'info' }],
    },
    {
      name: 'heavy decoration',
      code: htmlMail(loud(10), PLAIN),
      errors: [{ messageId: 'decorated', line: 19, data: { count: 10 } }],
    },
    {
      name: 'Chinese, heavy decoration, LF',
      code: htmlMail(
        `<p>王经理：</p>${Array.from({ length: 10 }, (_, i) => `<span style="color:red;font-size:${12 + i}px">特价 🎉</span>`).join('')}`,
        '王经理：特价',
        { eol: '\n' },
      ),
      locale: 'zh',
      errors: [{ messageId: 'decorated', message: '朴素易读' }],
    },
    {
      name: 'the HTML-only fixture',
      code: fixture('eml/html-only.eml'),
      errors: [{ messageId: 'htmlOnly', line: 5 }],
    },
  ],
});
