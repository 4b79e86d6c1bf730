import { defineRule } from '../../engine/rule';

export const binary = defineRule({
  id: 'format/binary',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: false,
  description: { en: 'The file is binary, not a text draft.', zh: '文件是二进制内容，不是文本草稿。' },
  explanation: {
    en: 'The file contains NUL bytes or other binary data, so it is not a draft someone wrote. Cordial skips it.',
    zh: '文件含有 NUL 字节或其他二进制数据，不是书写的草稿，Cordial 跳过它。',
  },
  messages: {
    binary: {
      en: 'This file is binary (it contains NUL bytes); it is not a draft.',
      zh: '该文件是二进制文件（含 NUL 字节），不是草稿。',
    },
  },
  // Parsers record these problems; the engine reports them (see draft.ts `ParseProblem`).
  check: () => {},
});
