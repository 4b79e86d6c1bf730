import { extension, partHeaderSpan } from '../../analysis/email';
import { defineRule } from '../../engine/rule';

/** Office formats (Microsoft and WPS): they open differently or not at all on the reader's device and can carry macros. */
const OFFICE = new Set([
  'doc',
  'docx',
  'docm',
  'ppt',
  'pptx',
  'pptm',
  'xls',
  'xlsx',
  'xlsm',
  'wps',
  'et',
  'dps',
]);
/** Programs and scripts: mail filters block them and readers fear them. */
const EXECUTABLE = new Set([
  'exe',
  'bat',
  'cmd',
  'com',
  'scr',
  'js',
  'vbs',
  'jar',
  'msi',
  'pif',
  'ps1',
  'wsf',
]);

export const attachmentFormat = defineRule({
  id: 'email/attachment-format',
  appliesTo: ['eml'],
  severity: 'info',
  fixable: false,
  description: {
    en: 'Attach PDF rather than Word, PowerPoint or Excel files, and never programs.',
    zh: '附件请用 PDF，不要用 Word、PowerPoint、Excel 文件，更不要发送可执行程序。',
  },
  explanation: {
    en: 'Word, PowerPoint and Excel files look different (or do not open) on the client’s phone and can carry macros; a PDF looks the same everywhere and cannot. Programs and scripts (.exe, .bat, .js …) are blocked by most mail filters and look like malware to the reader: share them through a download link instead.',
    zh: 'Word、PowerPoint、Excel 文件在客户手机上显示会走样甚至打不开，还可能带宏；PDF 在哪里打开都一样，也不会带宏。可执行程序和脚本（.exe、.bat、.js 等）会被大多数邮件系统拦截，读者也会当成病毒：请改用下载链接。',
  },
  messages: {
    office: {
      en: 'The attachment “{{name}}” is a .{{ext}} file: it may not open or may look different on the client’s device. Send it as PDF.',
      zh: '附件“{{name}}”是 .{{ext}} 文件：在客户设备上可能打不开或显示走样。请转成 PDF 发送。',
    },
    executable: {
      en: 'The attachment “{{name}}” is a program (.{{ext}}): mail filters block it and the client will take it for malware. Share it through a download link.',
      zh: '附件“{{name}}”是可执行程序（.{{ext}}）：邮件系统会拦截，客户也会当成病毒。请改用下载链接。',
    },
  },
  check(context) {
    const draft = context.draft;
    for (const a of draft.attachments) {
      const ext = extension(a.filename);
      const executable = EXECUTABLE.has(ext);
      if (!executable && !OFFICE.has(ext)) continue;
      context.report({
        messageId: executable ? 'executable' : 'office',
        data: { name: a.filename, ext },
        severity: executable ? 'error' : 'info',
        span: partHeaderSpan(draft, a.part, 'disposition'),
      });
    }
  },
});
