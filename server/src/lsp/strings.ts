import { formatText, type Locale } from '../core';

/** The language server's own strings (rule messages come localized from the core). */
const STRINGS = {
  fixAllSource: { en: 'Fix all Cordial problems', zh: '修复所有 Cordial 问题' },
  fixAllQuickFix: { en: 'Fix all Cordial problems in this file', zh: '修复此文件中的所有 Cordial 问题' },
  disableRule: { en: 'Disable {{rule}} in this workspace', zh: '在此工作区中停用 {{rule}}' },
  disabledRule: {
    en: 'Cordial: {{rule}} is now off in {{file}}.',
    zh: 'Cordial：已在 {{file}} 中关闭 {{rule}}。',
  },
  disableForDraft: { en: 'Disable {{rule}} for this draft', zh: '在此草稿中停用 {{rule}}' },
  selectBlank: { en: 'Select the blank “{{blank}}” to fill it in', zh: '选中空白“{{blank}}”以便填写' },
  showDocs: { en: 'Show documentation for {{rule}}', zh: '查看 {{rule}} 的文档' },
  allowWord: { en: "Allow '{{word}}' in this workspace", zh: '在此工作区中允许“{{word}}”' },
  allowedWord: {
    en: 'Cordial: “{{word}}” is now allowed in {{file}}.',
    zh: 'Cordial：已在 {{file}} 中允许“{{word}}”。',
  },
  noWorkspaceFolder: {
    en: 'Cordial: open a folder to disable a rule for a workspace.',
    zh: 'Cordial：请先打开文件夹，才能在工作区中停用规则。',
  },
  huge: {
    en: 'This draft has {{total}} characters; Cordial checked only the first {{checked}} (to line {{line}}) and skipped the remaining {{skipped}} characters.',
    zh: '此草稿共 {{total}} 个字符；Cordial 只检查了前 {{checked}} 个字符（至第 {{line}} 行），其余 {{skipped}} 个字符未检查。',
  },
  hugeEml: {
    en: 'This e-mail has {{total}} characters; Cordial checked the headers and the start of the body (to line {{line}}) and skipped the remaining {{skipped}} characters.',
    zh: '此邮件共 {{total}} 个字符；Cordial 检查了邮件头和正文开头（至第 {{line}} 行），其余 {{skipped}} 个字符未检查。',
  },
  // Labels end in their own language's colon (and space), so a Chinese hover has no ASCII colon.
  whyItMatters: { en: 'Why it matters:', zh: '为什么重要：' },
  suggestion: { en: 'Suggested wording:', zh: '建议措辞：' },
  documentation: { en: 'Rule page: ', zh: '规则说明：' },
  ruleSeparator: { en: ': ', zh: '：' },
  unknownRules: {
    en: 'Cordial: {{where}} names rules that do not exist, so they are ignored: {{rules}}. Check the spelling; every rule is listed in the Rules setting.',
    zh: 'Cordial：{{where}}中有不存在的规则，已忽略：{{rules}}。请检查拼写；所有规则都列在“规则”设置中。',
  },
  settingsWhere: { en: 'the settings', zh: '设置' },
  invalidRc: {
    en: 'Cordial: {{file}} has problems; these parts are ignored: {{errors}}',
    zh: 'Cordial：{{file}} 有问题，以下部分已忽略：{{errors}}',
  },
  invalidSettings: {
    en: 'Cordial: some settings are invalid and ignored: {{errors}}',
    zh: 'Cordial：部分设置无效，已忽略：{{errors}}',
  },
  frontMatter: { en: 'Draft settings', zh: '草稿设置' },
  messageNumber: { en: 'message {{n}}', zh: '第 {{n}} 条' },
  headers: { en: 'Headers', zh: '邮件头' },
  quoted: { en: 'quoted', zh: '引用' },
  attachment: { en: 'attachment', zh: '附件' },
  emptyMessage: { en: '(media only)', zh: '（仅媒体）' },
} as const;

export type StringId = keyof typeof STRINGS;

export function t(id: StringId, locale: Locale, data?: Record<string, string | number>): string {
  return formatText(STRINGS[id], locale, data);
}

/** A number with thousands separators, as each locale writes it. */
export function num(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'zh' ? 'zh-CN' : locale === 'zh-tw' ? 'zh-TW' : 'en-US');
}
