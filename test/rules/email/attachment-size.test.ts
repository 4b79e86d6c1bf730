import { attachmentSize } from '../../../server/src/core/rules/email/attachment-size';
import { ruleTester } from '../../rule-tester';

function withAttachments(files: { name: string; base64?: string; size?: number }[], eol = '\n'): string {
  const lines = [
    'From: Lin Wei <lin.wei@hengda.example>',
    'To: Jac Chen <jac@buyer.example>',
    'Subject: Catalogue and price list',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear Jac,',
    '',
    'Attached: our catalogue and the price list 📎.',
    '',
    'Best regards,',
    'Lin',
  ];
  for (const f of files) {
    lines.push(
      '--b1',
      `Content-Type: application/pdf; name="${f.name}"`,
      `Content-Disposition: attachment; filename="${f.name}"${f.size ? `; size=${f.size}` : ''}`,
      'Content-Transfer-Encoding: base64',
      '',
      f.base64 ?? 'JVBERi0xLjQK',
    );
  }
  lines.push('--b1--', '');
  return lines.join(eol);
}

/** About `mb` megabytes of base64, in 76-character lines. */
function base64Of(mb: number): string {
  const line = 'A'.repeat(76);
  return Array.from({ length: Math.ceil((mb * 1024 * 1024 * 4) / 3 / 76) }, () => line).join('\n');
}

ruleTester.run(attachmentSize, {
  valid: [
    { code: withAttachments([{ name: 'catalogue.pdf' }]), kind: 'eml', name: 'a small attachment' },
    {
      code: withAttachments([
        { name: 'a.pdf', size: 4_000_000 },
        { name: 'b.pdf', size: 5_000_000 },
      ]),
      kind: 'eml',
      name: '9 MB in all',
    },
    { code: withAttachments([]), kind: 'eml', name: 'no attachment' },
  ],
  invalid: [
    {
      code: withAttachments([{ name: 'catalogue.pdf', base64: base64Of(12) }]),
      kind: 'eml',
      errors: [{ messageId: 'size', data: { size: '12.0', limit: 10 } }],
    },
    {
      code: withAttachments(
        [
          { name: 'a.pdf', size: 6_000_000 },
          { name: 'b.pdf', size: 7_000_000 },
        ],
        '\r\n',
      ),
      kind: 'eml',
      errors: [{ messageId: 'size', line: 24, data: { size: '12.4', limit: 10 } }],
    },
  ],
});
