import { defineRule } from '../../engine/rule';

export const frontMatter = defineRule({
  id: 'format/front-matter',
  appliesTo: ['msg'],
  severity: 'error',
  fixable: false,
  description: {
    en: 'The front matter of a chat draft must be valid YAML between two `---` lines.',
    zh: '聊天草稿开头的前置信息必须是两行 `---` 之间的合法 YAML。',
  },
  explanation: {
    en: 'Cordial reads the recipient’s name, the relation and per-draft settings from the front matter. When it cannot be read, those checks fall back to defaults; the rest of the draft is still checked.',
    zh: 'Cordial 从前置信息读取收件人称呼、关系和本草稿的设置。无法读取时，这些检查按默认值进行；草稿其余部分照常检查。',
  },
  messages: {
    yaml: { en: 'The front matter is not valid YAML: {{error}}', zh: '前置信息不是合法的 YAML：{{error}}' },
    unclosed: {
      en: 'The front matter starts with `---` but has no closing `---` line.',
      zh: '前置信息以 `---` 开头，但没有结束的 `---` 行。',
    },
    notMapping: {
      en: 'The front matter must be `key: value` lines.',
      zh: '前置信息应为 `键: 值` 形式的若干行。',
    },
    badValue: {
      en: 'Front matter `{{key}}` should be {{expected}}.',
      zh: '前置信息 `{{key}}` 应为 {{expected}}。',
    },
  },
  // Parsers record these problems; the engine reports them (see draft.ts `ParseProblem`).
  check: () => {},
});
