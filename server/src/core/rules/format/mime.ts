import { defineRule } from '../../engine/rule';

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
  // Parsers record these problems; the engine reports them (see draft.ts `ParseProblem`).
  check: () => {},
});
