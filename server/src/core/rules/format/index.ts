import { defineRule, type Rule } from '../../engine/rule';

/*
 * `format/*`: problems reading a file rather than problems of writing. Parsers record them as
 * `ParseProblem`s; these definitions give them messages, severities and documentation, so they
 * can be configured and listed (SARIF) like any rule. Their `check` does nothing.
 */
const none = () => {};

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
  check: none,
});

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
  check: none,
});

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
  check: none,
});

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
  check: none,
});

export const mime = defineRule({
  id: 'format/mime',
  appliesTo: ['eml'],
  severity: 'warning',
  fixable: false,
  description: {
    en: 'The e-mail’s MIME structure is broken or exceeds what Cordial reads.',
    zh: '邮件的 MIME 结构损坏，或超出了 Cordial 的读取范围。',
  },
  explanation: {
    en: 'A broken message may display differently in the reader’s mail client than in yours. Cordial reads what it can and says what it skipped.',
    zh: '结构损坏的邮件在对方客户端里可能显示得与您看到的不同。Cordial 会读取能读的部分，并说明跳过了什么。',
  },
  messages: {
    noBoundary: {
      en: 'The multipart message has no boundary parameter; its body is read as one part.',
      zh: '多部分邮件缺少 boundary 参数，正文按单个部分读取。',
    },
    missingBoundary: {
      en: 'The boundary “{{boundary}}” never appears in the body; the parts could not be separated.',
      zh: '正文中找不到分隔符“{{boundary}}”，无法拆分各部分。',
    },
    unclosed: {
      en: 'The multipart body has no closing boundary “--{{boundary}}--”.',
      zh: '多部分正文缺少结束分隔符“--{{boundary}}--”。',
    },
    tooDeep: {
      en: 'MIME parts are nested more than {{limit}} levels deep; deeper parts were not read.',
      zh: 'MIME 部分嵌套超过 {{limit}} 层，更深的部分未读取。',
    },
    tooManyParts: {
      en: 'The message has more than {{limit}} MIME parts; the rest were not read.',
      zh: '邮件的 MIME 部分超过 {{limit}} 个，其余部分未读取。',
    },
    headerNoColon: {
      en: 'This header line has no colon; it was ignored.',
      zh: '该邮件头行没有冒号，已忽略。',
    },
    headerTooLong: {
      en: 'This header is longer than {{limit}} characters; only its start was read.',
      zh: '该邮件头超过 {{limit}} 个字符，只读取了开头部分。',
    },
    noBlankLine: {
      en: 'There is no blank line between the headers and the body; mail programs may read this line as a header.',
      zh: '邮件头与正文之间缺少空行，邮件程序可能把这一行当作邮件头。',
    },
    noBody: {
      en: 'The message has no body (no blank line after the headers).',
      zh: '邮件没有正文（邮件头后没有空行）。',
    },
    badEncoding: {
      en: 'The {{encoding}} text of this part is damaged; some of it could not be decoded.',
      zh: '该部分的 {{encoding}} 编码内容已损坏，部分内容无法解码。',
    },
    truncated: {
      en: 'The body is larger than {{limit}}; only its start was checked.',
      zh: '正文超过 {{limit}}，只检查了开头部分。',
    },
  },
  check: none,
});

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
  check: none,
});

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
  check: none,
});

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
  check: none,
});

export const formatRules: Rule[] = [
  binary,
  encoding,
  frontMatter,
  internalError,
  mime,
  outlookBinary,
  unreadable,
  unusedDisable,
];
