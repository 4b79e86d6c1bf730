import { defineRule } from '../../engine/rule';

export const unusedDisable = defineRule({
  id: 'format/unused-disable',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: false,
  description: {
    en: 'A suppression that no longer hides anything (reported by `cordial check --report-unused-disable`).',
    zh: '已不再屏蔽任何问题的关闭设置（由 `cordial check --report-unused-disable` 报告）。',
  },
  explanation: {
    en: 'A rule switched off for a draft, or a word allowed for the workspace, that hides nothing today would silently hide a real problem tomorrow. Remove it, so the checks cover the draft again.',
    zh: '为某份草稿关闭的规则或为工作区允许的词语，如果现在什么也没屏蔽，将来可能悄悄掩盖真正的问题。请删除它，让检查重新覆盖草稿。',
  },
  messages: {
    unused: {
      en: '{{rule}} is disabled for this draft but reports nothing in it; remove it from the list.',
      zh: '本草稿关闭了 {{rule}}，但该规则在此并无报告；请从列表中删除。',
    },
    unknown: {
      en: '{{rule}} is not a Cordial rule, so disabling it hides nothing; check the spelling.',
      zh: '{{rule}} 不是 Cordial 的规则，关闭它不起作用；请检查拼写。',
    },
    duplicate: {
      en: '{{rule}} is already disabled earlier in this draft.',
      zh: '{{rule}} 已在本草稿前面关闭过。',
    },
    unusedWord: {
      en: 'The allowed word “{{word}}” matched nothing in the drafts checked; remove it from allowedWords.',
      zh: '允许的词语“{{word}}”在所检查的草稿中没有匹配；请从 allowedWords 中删除。',
    },
  },
  // Parsers record these problems; the engine reports them (see draft.ts `ParseProblem`).
  check: () => {},
});
