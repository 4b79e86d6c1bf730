import { defineRule } from '../../engine/rule';

export const unreadable = defineRule({
  id: 'format/unreadable',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: false,
  description: { en: 'The file could not be read.', zh: '无法读取该文件。' },
  explanation: {
    en: 'The file could not be opened or is too large to check. The other files were still checked.',
    zh: '无法打开该文件，或文件过大无法检查。其他文件照常检查。',
  },
  messages: {
    unreadable: { en: 'Cannot read this file: {{error}}', zh: '无法读取此文件：{{error}}' },
    tooLarge: {
      en: 'The file is {{size}}; only the first {{limit}} were checked.',
      zh: '文件大小为 {{size}}，只检查了前 {{limit}}。',
    },
  },
  // Parsers record these problems; the engine reports them (see draft.ts `ParseProblem`).
  check: () => {},
});
