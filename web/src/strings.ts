/** The page's own words, in English, Simplified and Traditional Chinese. Findings come localized from the server. */
export type UiLang = 'en' | 'zh' | 'zh-tw';

interface Text {
  en: string;
  zh: string;
  zhTw: string;
}

const STRINGS = {
  title: { en: 'Cordial — check a draft', zh: 'Cordial — 检查草稿', zhTw: 'Cordial — 檢查草稿' },
  tagline: {
    en: 'Write or paste a chat message or an e-mail. Everything runs in this page: nothing is sent or stored.',
    zh: '输入或粘贴聊天消息或邮件。一切都在本页面内运行：不发送、不保存任何内容。',
    zhTw: '輸入或貼上聊天訊息或郵件。一切都在本頁面內執行：不傳送、不儲存任何內容。',
  },
  kind: { en: 'Draft', zh: '草稿类型', zhTw: '草稿類型' },
  kindMsg: { en: 'Chat', zh: '聊天', zhTw: '聊天' },
  kindEml: { en: 'E-mail', zh: '邮件', zhTw: '郵件' },
  language: { en: 'Language', zh: '语言', zhTw: '語言' },
  draftLabel: { en: 'Your draft', zh: '您的草稿', zhTw: '您的草稿' },
  bodyLabel: { en: 'Message', zh: '正文', zhTw: '內文' },
  placeholderMsg: {
    en: 'Type or paste your chat messages. Leave a blank line between messages: each one is sent on its own.',
    zh: '在此输入或粘贴聊天消息。消息之间空一行：每条单独发送。',
    zhTw: '在此輸入或貼上聊天訊息。訊息之間空一行：每則單獨傳送。',
  },
  placeholderEml: {
    en: 'Type or paste the text of your e-mail (a whole .eml with its headers works too).',
    zh: '在此输入或粘贴邮件正文（也可以粘贴带邮件头的完整 .eml）。',
    zhTw: '在此輸入或貼上郵件內文（也可以貼上含郵件標頭的完整 .eml）。',
  },
  chatTo: { en: 'Recipient’s name', zh: '对方称呼', zhTw: '對方稱呼' },
  chatToHint: { en: 'e.g. Jac, Ms Chen', zh: '例如：王经理、李总', zhTw: '例如：王經理、李總' },
  relation: { en: 'Who is it?', zh: '对方是', zhTw: '對方是' },
  relationUnset: {
    en: 'Not said (checked as a first contact)',
    zh: '未说明（按初次联系检查）',
    zhTw: '未說明（按初次聯絡檢查）',
  },
  relationNew: { en: 'First contact', zh: '初次联系', zhTw: '初次聯絡' },
  relationFamiliar: { en: 'Familiar client', zh: '熟悉的客户', zhTw: '熟悉的客戶' },
  relationReply: { en: 'Replying to a customer', zh: '回复客户', zhTw: '回覆客戶' },
  quoted: {
    en: 'The message you are answering (optional)',
    zh: '对方发来的消息（可选）',
    zhTw: '對方傳來的訊息（選填）',
  },
  quotedHint: {
    en: 'Paste the customer’s message here: it is read, not checked as yours.',
    zh: '把客户的消息粘贴在这里：只作参考，不当作您的话检查。',
    zhTw: '把客戶的訊息貼在這裡：只作參考，不當作您的話檢查。',
  },
  mailTo: { en: 'To', zh: '收件人', zhTw: '收件者' },
  mailToHint: {
    en: 'Jac Chen <jac@buyer.example>',
    zh: '王经理 <wang@example.com>',
    zhTw: '王經理 <wang@example.com>',
  },
  subject: { en: 'Subject', zh: '主题', zhTw: '主旨' },
  attachments: { en: 'Attachments', zh: '附件', zhTw: '附件' },
  addAttachment: { en: 'Add attachment…', zh: '添加附件…', zhTw: '新增附件…' },
  attachmentNote: {
    en: 'Only the name and size are read; the file never leaves your computer.',
    zh: '只读取文件名和大小；文件不会离开您的电脑。',
    zhTw: '只讀取檔名和大小；檔案不會離開您的電腦。',
  },
  removeAttachment: { en: 'Remove {0}', zh: '移除 {0}', zhTw: '移除 {0}' },
  rawEml: {
    en: 'This is a whole e-mail with its own headers: it is checked as it is, and the fields above are not used.',
    zh: '这是带邮件头的完整邮件：按原样检查，上面的栏位不使用。',
    zhTw: '這是含郵件標頭的完整郵件：按原樣檢查，上面的欄位不使用。',
  },
  rawMsg: {
    en: 'This draft has its own front matter (---): it is checked as it is, and the fields above are not used.',
    zh: '这份草稿自带前置字段（---）：按原样检查，上面的栏位不使用。',
    zhTw: '這份草稿自帶前置欄位（---）：按原樣檢查，上面的欄位不使用。',
  },
  extraFields: { en: 'Also in the draft: {0}', zh: '草稿里还有：{0}', zhTw: '草稿裡還有：{0}' },
  removeExtra: { en: 'Remove', zh: '移除', zhTw: '移除' },
  undo: { en: 'Undo', zh: '撤销', zhTw: '復原' },
  redo: { en: 'Redo', zh: '重做', zhTw: '重做' },
  save: { en: 'Save', zh: '保存', zhTw: '儲存' },
  saveTxt: { en: 'Save as .txt', zh: '保存为 .txt', zhTw: '儲存為 .txt' },
  saveEml: { en: 'Save as .eml', zh: '保存为 .eml', zhTw: '儲存為 .eml' },
  fixAll: { en: 'Apply all fixes', zh: '全部修正', zhTw: '全部修正' },
  copyAll: { en: 'Copy all', zh: '全部复制', zhTw: '全部複製' },
  copyBody: { en: 'Copy text', zh: '复制正文', zhTw: '複製內文' },
  copyNext: { en: 'Copy next ({0}/{1})', zh: '复制下一条（{0}/{1}）', zhTw: '複製下一則（{0}/{1}）' },
  copyAgain: { en: 'Start again (1/{0})', zh: '从头再来（1/{0}）', zhTw: '從頭再來（1/{0}）' },
  copy: { en: 'Copy', zh: '复制', zhTw: '複製' },
  copied: { en: 'Copied', zh: '已复制', zhTw: '已複製' },
  copiedMessage: {
    en: 'Message {0} of {1} copied: paste it and send it, then copy the next.',
    zh: '已复制第 {0} 条（共 {1} 条）：粘贴并发送后，再复制下一条。',
    zhTw: '已複製第 {0} 則（共 {1} 則）：貼上並傳送後，再複製下一則。',
  },
  copiedAll: { en: 'Copied.', zh: '已复制。', zhTw: '已複製。' },
  copyFailed: {
    en: 'The browser did not allow copying. Select the text and press Ctrl+C.',
    zh: '浏览器不允许复制。请选中文字后按 Ctrl+C。',
    zhTw: '瀏覽器不允許複製。請選取文字後按 Ctrl+C。',
  },
  messagesTitle: { en: 'Messages, one send each', zh: '逐条发送的消息', zhTw: '逐則傳送的訊息' },
  blockingTitle: { en: 'Not ready to send', zh: '还不能发送', zhTw: '還不能傳送' },
  blockingErrors: {
    en: 'This draft still has {0} error(s).',
    zh: '这份草稿还有 {0} 个错误。',
    zhTw: '這份草稿還有 {0} 個錯誤。',
  },
  blockingBlanks: {
    en: 'It still has {0} blank(s) to fill in.',
    zh: '还有 {0} 处待填写的空白。',
    zhTw: '還有 {0} 處待填寫的空白。',
  },
  blockingAsk: { en: 'Copy or save it anyway?', zh: '仍然复制或保存吗？', zhTw: '仍要複製或儲存嗎？' },
  anyway: { en: 'Yes, anyway', zh: '仍然继续', zhTw: '仍要繼續' },
  cancel: { en: 'Cancel', zh: '取消', zhTw: '取消' },
  close: { en: 'Close', zh: '关闭', zhTw: '關閉' },
  findings: { en: 'Findings', zh: '检查结果', zhTw: '檢查結果' },
  noFindings: {
    en: 'No findings: this draft is ready to send.',
    zh: '没有发现问题：这份草稿可以发送。',
    zhTw: '沒有發現問題：這份草稿可以傳送。',
  },
  verdictErrors: {
    en: 'Fix the errors before sending.',
    zh: '请先修正错误再发送。',
    zhTw: '請先修正錯誤再傳送。',
  },
  verdictSuggestions: {
    en: 'No errors; {0} suggestion(s) you may want to look at.',
    zh: '没有错误；有 {0} 条建议可以看看。',
    zhTw: '沒有錯誤；有 {0} 則建議可以看看。',
  },
  moreFindings: { en: '… and {0} more.', zh: '……另有 {0} 条。', zhTw: '……另有 {0} 則。' },
  empty: {
    en: 'Start typing, or pick a template below.',
    zh: '开始输入，或从下面选一个模板。',
    zhTw: '開始輸入，或從下面選一個範本。',
  },
  checking: { en: 'Checking…', zh: '正在检查…', zhTw: '正在檢查…' },
  why: { en: 'Why?', zh: '为什么？', zhTw: '為什麼？' },
  rulePage: { en: 'Rule page', zh: '规则说明', zhTw: '規則說明' },
  ruleInEnglish: {
    en: '',
    zh: '这条规则的完整说明只有英文版；上面是中文摘要。',
    zhTw: '這條規則的完整說明只有英文版；上面是中文摘要。',
  },
  ruleMissing: { en: 'No page for this rule.', zh: '这条规则没有说明页。', zhTw: '這條規則沒有說明頁。' },
  inField: { en: 'in: {0}', zh: '位置：{0}', zhTw: '位置：{0}' },
  fieldOther: { en: 'Other fields', zh: '其他栏位', zhTw: '其他欄位' },
  templates: { en: 'Start from a template', zh: '从模板开始', zhTw: '從範本開始' },
  insert: { en: 'Insert', zh: '插入', zhTw: '插入' },
  messages: { en: '{0} messages', zh: '{0} 条消息', zhTw: '{0} 則訊息' },
  messagesOf: { en: '{0}/{1} messages', zh: '{0}/{1} 条消息', zhTw: '{0}/{1} 則訊息' },
  sentences: { en: '{0} sentences', zh: '{0} 句', zhTw: '{0} 句' },
  sentencesOf: { en: '{0}/{1} sentences', zh: '{0}/{1} 句', zhTw: '{0}/{1} 句' },
  problems: { en: '{0} problems', zh: '{0} 个问题', zhTw: '{0} 個問題' },
  problem1: { en: '1 problem', zh: '1 个问题', zhTw: '1 個問題' },
  error: { en: 'Error', zh: '错误', zhTw: '錯誤' },
  warning: { en: 'Warning', zh: '警告', zhTw: '警告' },
  info: { en: 'Info', zh: '提示', zhTw: '提示' },
  hint: { en: 'Hint', zh: '建议', zhTw: '建議' },
  workerFailed: {
    en: 'The checker could not start in this browser ({0}). Your text is still here; reload to try again.',
    zh: '检查器无法在此浏览器中启动（{0}）。您的文字仍在；请刷新页面重试。',
    zhTw: '檢查器無法在此瀏覽器中啟動（{0}）。您的文字仍在；請重新整理頁面再試。',
  },
  privacy: {
    en: 'Private: the checker runs in a worker inside this page. No network request, no storage; “Save” downloads a file.',
    zh: '隐私：检查器在本页面内的工作线程中运行。不发网络请求，不存储；“保存”会下载一个文件。',
    zhTw: '隱私：檢查器在本頁面內的工作執行緒中執行。不發網路請求，不儲存；「儲存」會下載一個檔案。',
  },
} as const satisfies Record<string, Text>;

export type StringKey = keyof typeof STRINGS;

export function s(key: StringKey, lang: UiLang, ...args: (string | number)[]): string {
  const entry: Text = STRINGS[key];
  const text = lang === 'zh-tw' ? entry.zhTw : lang === 'zh' ? entry.zh : entry.en;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}

/** Every key's three texts (for tests). */
export function allStrings(): Record<string, Text> {
  return STRINGS;
}

/** The browser's preferred language: Traditional Chinese (TW, HK, MO, Hant), Simplified Chinese, or English. */
export function defaultLang(languages: readonly string[]): UiLang {
  for (const l of languages) {
    if (/^zh\b/i.test(l)) return /^zh-(tw|hk|mo|hant)\b/i.test(l) ? 'zh-tw' : 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

export function parseLang(v: string | null | undefined): UiLang | null {
  return v === 'en' || v === 'zh' || v === 'zh-tw' ? v : null;
}
