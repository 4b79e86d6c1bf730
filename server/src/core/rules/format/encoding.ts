import { defineRule } from '../../engine/rule';

export const encoding = defineRule({
  id: 'format/encoding',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: false,
  description: {
    en: 'The text is not valid UTF-8, or names a charset Cordial cannot decode.',
    zh: '文本不是合法的 UTF-8，或声明了无法解码的字符集。',
  },
  explanation: {
    en: 'Bytes that cannot be decoded show up as � to the reader. Save the draft as UTF-8, or declare the charset it really uses.',
    zh: '无法解码的字节在对方那里会显示为 �。请以 UTF-8 保存草稿，或声明其实际使用的字符集。',
  },
  messages: {
    invalidUtf8: {
      en: 'The file is not valid UTF-8 ({{count}} undecodable bytes); they would show as �.',
      zh: '文件不是合法的 UTF-8（{{count}} 个字节无法解码），对方会看到 �。',
    },
    unknownCharset: {
      en: 'Unknown charset “{{charset}}”; the text was read as UTF-8 and may be garbled.',
      zh: '未知字符集“{{charset}}”；已按 UTF-8 读取，可能出现乱码。',
    },
  },
  // Parsers record these problems; the engine reports them (see draft.ts `ParseProblem`).
  check: () => {},
});
