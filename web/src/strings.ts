/** The page's own words, in English and Chinese. Findings come localized from the server. */
import { forLocale } from '../../server/src/core/i18n';

/** `zh-tw`: Traditional Chinese, the Simplified strings in Traditional characters. */
export type UiLang = 'en' | 'zh' | 'zh-tw';

const STRINGS = {
  title: { en: 'Cordial — check a draft', zh: 'Cordial — 检查草稿' },
  tagline: {
    en: 'Paste or type a chat message or an e-mail. Everything runs in this page: nothing is sent or stored.',
    zh: '粘贴或输入聊天消息或邮件。一切都在本页面内运行：不发送、不保存任何内容。',
  },
  kind: { en: 'Draft', zh: '草稿类型' },
  kindMsg: { en: 'Chat', zh: '聊天' },
  kindEml: { en: 'E-mail', zh: '邮件' },
  language: { en: 'Language', zh: '语言' },
  draftLabel: { en: 'Your draft', zh: '您的草稿' },
  placeholderMsg: {
    en: 'Type or paste a chat draft. Separate messages with a blank line.',
    zh: '在此输入或粘贴聊天草稿。消息之间用空行分隔。',
  },
  placeholderEml: {
    en: 'Type or paste an e-mail: headers (From:, To:, Subject:), a blank line, then the body.',
    zh: '在此输入或粘贴邮件：先写邮件头（From:、To:、Subject:），空一行，再写正文。',
  },
  save: { en: 'Save draft', zh: '保存草稿' },
  fixAll: { en: 'Apply all fixes', zh: '全部修正' },
  findings: { en: 'Findings', zh: '检查结果' },
  noFindings: { en: 'No findings: this draft reads well.', zh: '没有发现问题：这份草稿读起来不错。' },
  empty: { en: 'Start typing, or pick a template below.', zh: '开始输入，或从下面选一个模板。' },
  checking: { en: 'Checking…', zh: '正在检查…' },
  why: { en: 'Why?', zh: '为什么？' },
  templates: { en: 'Start from a template', zh: '从模板开始' },
  insert: { en: 'Insert', zh: '插入' },
  messages: { en: '{0} messages', zh: '{0} 条消息' },
  messagesOf: { en: '{0}/{1} messages', zh: '{0}/{1} 条消息' },
  sentences: { en: '{0} sentences', zh: '{0} 句' },
  sentencesOf: { en: '{0}/{1} sentences', zh: '{0}/{1} 句' },
  problems: { en: '{0} problems', zh: '{0} 个问题' },
  problem1: { en: '1 problem', zh: '1 个问题' },
  error: { en: 'Error', zh: '错误' },
  warning: { en: 'Warning', zh: '警告' },
  info: { en: 'Info', zh: '提示' },
  hint: { en: 'Hint', zh: '建议' },
  workerFailed: {
    en: 'The checker could not start in this browser ({0}). Your text is still here; reload to try again.',
    zh: '检查器无法在此浏览器中启动（{0}）。您的文字仍在；请刷新页面重试。',
  },
  privacy: {
    en: 'Private: the checker runs in a worker inside this page. No network request, no storage; “Save draft” downloads a file.',
    zh: '隐私：检查器在本页面内的工作线程中运行。不发网络请求，不存储；“保存草稿”会下载一个文件。',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

export function s(key: StringKey, lang: UiLang, ...args: (string | number)[]): string {
  const text = lang === 'zh-tw' ? forLocale(STRINGS[key].zh, 'zh-tw') : STRINGS[key][lang];
  return text.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}

/** The browser's preferred language, when it is Chinese (Traditional for Taiwan, Hong Kong, Macau); else English. */
export function defaultLang(languages: readonly string[]): UiLang {
  for (const l of languages) {
    if (/^zh[-_](?:tw|hk|mo|hant)\b/i.test(l)) return 'zh-tw';
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}
