// biome-ignore-all lint/suspicious/noTemplateCurlyInString: snippet syntax (`${1:…}`) left in a draft is the subject
import { placeholder } from '../../../server/src/core/rules/structure/placeholder';
import { ruleTester } from '../../rule-tester';

const eml = (body: string, subject = 'Carton quote for Q3', eol = '\n') =>
  [
    'From: Lin Wei <lin@hengda.example>',
    'To: Jac Chen <jac@buyer.example>',
    `Subject: ${subject}`,
    '',
    body,
  ].join(eol);

ruleTester.run(placeholder, {
  valid: [
    // Filled in.
    '王经理，您好！我是恒达包装的林伟，专做出口纸箱。',
    "Dear Jac, good morning! I'm Lin from Hengda Packaging.",
    { name: 'a complete list', code: '我们的优势有三条：\n1. 价格低\n2. 交期快\n3. 样品免费' },
    // Media placeholders and chat emoji codes are not blanks.
    { name: 'media placeholders', code: '[图片]\n\n[语音 40秒] 这条语音讲的是包装。\n\n[video 2min 1.8MB]' },
    { name: 'English media', code: '[image] Our line.\n\n[voice 0:40] The new board.\n\n[file spec.pdf]' },
    { name: 'WeChat emoji codes', code: '收到，谢谢王总[抱拳][微笑]' },
    // Footnotes, checkboxes, tags.
    { name: 'footnotes', code: 'The spec follows ISO 12048 [1] and GB/T 6543 [2].' },
    { name: 'Markdown link', code: 'See [our catalogue](https://example.com/c.pdf).' },
    { name: 'subject tag', code: eml('Dear Jac,\n\nThe quote is below.', '[Hengda] Q3 carton quote') },
    // Links and addresses in angle brackets.
    { name: 'angle-bracket link', code: 'Our catalogue: <https://example.com/catalogue.pdf>' },
    { name: 'angle-bracket address', code: '请发到 <wang@buyer.example>，谢谢。' },
    { name: 'HTML tag in a body', code: eml('Dear Jac,<br>\n\nThe quote is below.') },
    // Prices and the ellipsis in prose.
    { name: 'prices', code: 'Samples are $10 each, or $1 per carton over 5,000; shipping is $1.50.' },
    { name: 'dollar one in a sentence', code: 'The price is $1 each.' },
    { name: 'dollar one before a comma', code: 'It costs $1, and $2.50 with printing.' },
    { name: 'ellipsis in prose', code: 'Well... I will check with the factory and get back to you by 5 pm.' },
    { name: 'Chinese ellipsis in prose', code: '这个价格嘛……我再跟工厂确认一下，今天下班前回复您。' },
    { name: 'trailing ellipsis', code: '我们还有纸箱、胶带、泡沫……' },
    // Sizes and words with X.
    { name: 'sizes', code: 'Sizes S, M, L, XL and XXL are in stock.' },
    { name: 'Roman numerals and words', code: 'Louis XIV, Xerox and the XXth century.' },
    // Quoted text is not the writer's.
    { name: 'quoted blank', code: '> Dear [name],\n\n王总，收到，谢谢。' },
    { name: 'inline numbers', code: '请在3. 5之间选择。' },
  ],
  invalid: [
    {
      name: 'Cordial’s own blanks, Chinese',
      code: '[称呼]，您好！我是[公司]的[姓名]，[一句话说明能为您做什么]。',
      errors: [
        { messageId: 'blank', column: 1, endColumn: 5 },
        { messageId: 'blank', column: 11 },
        { messageId: 'blank', column: 16 },
        { messageId: 'blank', column: 21 },
      ],
    },
    {
      name: 'Cordial’s own blanks, English',
      code: "Dear [name], good morning!\n\nI'm [your name] from [company]. [What you can do for them, in one sentence.]",
      errors: [
        { messageId: 'blank', line: 1, column: 6, endColumn: 12 },
        { messageId: 'blank', line: 3, column: 5 },
        { messageId: 'blank', line: 3, column: 22 },
        { messageId: 'blank', line: 3, column: 33 },
      ],
    },
    {
      name: 'the item placeholder of the count fixes',
      code: '我们的优势有三条：\n1. 价格低\n2. 交期快\n3. （待补充）',
      errors: [{ messageId: 'blank', line: 4, column: 4 }],
    },
    {
      name: 'an empty list item (Chinese)',
      code: '我们的优势有三条：\n1. 价格低\n2. 交期快\n3. ',
      errors: [{ messageId: 'emptyItem', line: 4, column: 1, endColumn: 3 }],
    },
    {
      name: 'an empty list item (English, CRLF)',
      code: 'We offer three things:\r\n1. Price\r\n2. \r\n3. Samples',
      errors: [{ messageId: 'emptyItem', line: 3, column: 1 }],
    },
    {
      name: 'an ellipsis-only item',
      code: 'Three points:\n1. Price\n2. Lead time\n3. …',
      errors: [{ messageId: 'blank', line: 4, column: 4 }],
    },
    {
      name: 'snippet syntax left in the file',
      code: '${1:王经理}，您好！我是$2的林伟。',
      errors: [
        { messageId: 'snippet', column: 1, endColumn: 9 },
        { messageId: 'snippet', column: 15, endColumn: 17 },
      ],
    },
    {
      name: 'a tab stop in a greeting',
      code: 'Dear $1, good morning!',
      errors: [{ messageId: 'snippet', column: 6, endColumn: 8 }],
    },
    {
      name: 'mail-merge and angle-bracket names',
      code: 'Dear {{first_name}}, this is <your name> from Hengda.',
      errors: [
        { messageId: 'mailMerge', column: 6 },
        { messageId: 'blank', column: 30 },
      ],
    },
    {
      name: 'XXX and XX公司',
      code: '您好，我是XX公司的XXX，专做纸箱 👋',
      errors: [
        { messageId: 'blank', column: 6, endColumn: 8 },
        { messageId: 'blank', column: 11, endColumn: 14 },
      ],
    },
    {
      name: 'a caption blank with emoji',
      code: '这条语音讲的是：[要点]，共[几]点，请您抽空听一下。🎤[语音 40秒]',
      errors: [
        { messageId: 'blank', column: 9 },
        { messageId: 'blank', column: 15 },
      ],
    },
    {
      name: 'Traditional Chinese',
      code: '[稱呼]，您好！我是恒達包裝的林偉。',
      errors: [{ messageId: 'blank', column: 1 }],
    },
    {
      name: 'e-mail signature blanks',
      kind: 'eml',
      code: eml(
        'Dear Jac,\n\nThe quote is attached.\n\nBest regards,\n[Your name]\n[Title], [Company]\n[Phone]',
      ),
      errors: [
        { messageId: 'blank', line: 10 },
        { messageId: 'blank', line: 11, column: 1 },
        { messageId: 'blank', line: 11, column: 10 },
        { messageId: 'blank', line: 12 },
      ],
    },
    {
      name: 'a blank in the subject',
      kind: 'eml',
      code: eml('Dear Jac,\n\nThe quote is below.', 'Quotation for [company]'),
      errors: [{ messageId: 'blank', line: 3, column: 24 }],
    },
  ],
});
