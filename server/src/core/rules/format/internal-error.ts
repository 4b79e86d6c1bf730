import { defineRule } from '../../engine/rule';

export const internalError = defineRule({
  id: 'format/internal-error',
  appliesTo: ['msg', 'eml'],
  severity: 'error',
  fixable: false,
  description: {
    en: 'A rule failed on this draft (a bug in Cordial).',
    zh: '某条规则在此草稿上出错（Cordial 的缺陷）。',
  },
  explanation: {
    en: 'One rule threw an error on this draft. The other rules still ran. Please report the draft (or a shortened copy) so the rule can be fixed.',
    zh: '某条规则在此草稿上抛出错误，其他规则照常运行。请报告该草稿（或其删节版本），以便修复规则。',
  },
  messages: {
    crashed: {
      en: 'Rule {{rule}} failed on this draft: {{error}}',
      zh: '规则 {{rule}} 在此草稿上出错：{{error}}',
    },
  },
  // Parsers record these problems; the engine reports them (see draft.ts `ParseProblem`).
  check: () => {},
});
