import { defineRule } from '../../engine/rule';

export const outlookBinary = defineRule({
  id: 'format/outlook-binary',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: false,
  description: {
    en: 'An Outlook binary `.msg` file is not a chat draft.',
    zh: 'Outlook 二进制 `.msg` 文件不是聊天草稿。',
  },
  explanation: {
    en: 'Files that start with the OLE compound-file signature are Outlook messages saved in binary form. Cordial cannot read them; save the message as `.eml` (File › Save As) or copy its text into a `.msg` chat draft.',
    zh: '以 OLE 复合文档签名开头的文件是 Outlook 以二进制保存的邮件，Cordial 无法读取。请另存为 `.eml`（文件 › 另存为），或把正文复制到 `.msg` 聊天草稿中。',
  },
  messages: {
    outlook: {
      en: 'This is an Outlook binary message, not a text draft. Save it as .eml or copy its text into a chat draft.',
      zh: '这是 Outlook 二进制邮件文件，不是文本草稿。请另存为 .eml，或将正文复制到聊天草稿中。',
    },
  },
  // Parsers record these problems; the engine reports them (see draft.ts `ParseProblem`).
  check: () => {},
});
