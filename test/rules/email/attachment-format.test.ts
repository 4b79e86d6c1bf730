import { attachmentFormat } from '../../../server/src/core/rules/email/attachment-format';
import { ruleTester } from '../../rule-tester';
import { eml, fixture, mixed } from './helpers';

const BODY =
  'Dear Jac,\n\nThe attached quotation lists three sizes.\n\nBest regards,\nLin Wei\nSales Manager, Hengda Packaging';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

ruleTester.run(attachmentFormat, {
  valid: [
    eml(BODY),
    { code: mixed(BODY, [{ name: 'quote.pdf' }]), name: 'PDF' },
    {
      code: mixed(BODY, [
        { name: 'photo.jpg', type: 'image/jpeg' },
        { name: 'data.csv', type: 'text/csv' },
      ]),
      name: 'image and CSV',
    },
    { code: mixed(BODY, [{ name: '报价单.pdf' }], { eol: '\n' }), name: 'Chinese name, LF' },
    { code: mixed(BODY, [{ name: '🎉 launch.pdf' }]), name: 'emoji in the name' },
    { code: mixed(BODY, [{ name: 'docs.zip', type: 'application/zip' }]), name: 'zip' },
    { code: mixed(BODY, [{ name: 'hengda.com.pdf' }]), name: '.com inside a name' },
  ],
  invalid: [
    {
      code: mixed(BODY, [{ name: 'quote.docx', type: DOCX }]),
      errors: [
        {
          messageId: 'office',
          severity: 'info',
          line: 31,
          column: 1,
          endColumn: 55,
          data: { name: 'quote.docx', ext: 'docx' },
        },
      ],
    },
    {
      code: mixed(BODY, [{ name: '报价单.xlsx', type: 'application/vnd.ms-excel' }], { eol: '\n' }),
      locale: 'zh',
      errors: [{ messageId: 'office', message: '转成 PDF' }],
    },
    {
      code: mixed(BODY, [{ name: 'Deck 🎉.PPT', type: 'application/vnd.ms-powerpoint' }]),
      errors: [{ messageId: 'office', data: { ext: 'ppt' } }],
    },
    {
      code: mixed(BODY, [{ name: 'setup.exe', type: 'application/octet-stream' }]),
      errors: [{ messageId: 'executable', severity: 'error', data: { ext: 'exe' } }],
    },
    {
      name: 'a disguised double extension',
      code: mixed(BODY, [{ name: 'invoice.pdf.exe', type: 'application/octet-stream' }]),
      errors: [{ messageId: 'executable', severity: 'error' }],
    },
    {
      name: 'one finding per attachment, executables and Office mixed',
      code: mixed(BODY, [
        { name: 'run.bat', type: 'application/octet-stream' },
        { name: 'a.pdf' },
        { name: 'macro.vbs', type: 'text/vbscript' },
        { name: 'sheet.xls', type: 'application/vnd.ms-excel' },
      ]),
      errors: [
        { messageId: 'executable', severity: 'error' },
        { messageId: 'executable', severity: 'error' },
        { messageId: 'office', severity: 'info' },
      ],
    },
    {
      name: 'no Content-Disposition: the Content-Type line with its name',
      code: mixed(BODY, [{ name: 'tool.jar', type: 'application/java-archive', disposition: null }]),
      errors: [{ messageId: 'executable', line: 30, column: 1 }],
    },
    {
      name: 'a configured severity wins over the per-finding one',
      code: mixed(BODY, [{ name: 'setup.msi', type: 'application/octet-stream' }]),
      config: { rules: { 'email/attachment-format': 'warning' } },
      errors: [{ messageId: 'executable', severity: 'warning' }],
    },
    {
      name: 'Gmail: an RFC 2231 Chinese .docx name',
      code: fixture('eml/gmail-mixed-attachments.eml'),
      errors: [{ messageId: 'office', data: { name: '规格说明.docx' } }],
    },
  ],
});
