/**
 * A deterministic generator of realistic drafts for the benchmark and the robustness tests:
 * chat drafts (`.msg`) and e-mail drafts (`.eml`) in Chinese, English and both, built from the
 * sentence shapes of `examples/` and `test/fixtures/` (good and bad ones, so rules fire as they
 * would on real drafts). E-mails come plain, quoted-printable or base64, some multipart with
 * HTML alternatives and base64 attachments; some drafts use CRLF.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const ZH_NAMES = ['王经理', '陈总', '李小姐', '张经理', '刘总', '赵主任', '孙老师'];
const EN_NAMES = ['Jac', 'Maria', 'Tom', 'Anna', 'Kim', 'Jac Chen', 'Mr Brown'];

const ZH_GREETINGS = [
  '{n}，您好！',
  '{n}，早上好！',
  '在吗',
  '{n}您好，打扰了。',
  '亲，在吗？',
  '{n}，下午好！',
];
const EN_GREETINGS = ['Dear {n}, good morning!', 'Hi {n}, good afternoon!', 'Hi there', 'Hello {n},', 'Hey'];

const ZH_SENTENCES = [
  '我是恒达包装的林伟，我们专做出口食品级纸箱，希望能帮贵司降低包装成本。',
  '请问您现在方便占用三分钟吗？',
  '下面分三点简单介绍，您有空的时候看一下就好。',
  '感谢您昨天的询价。',
  '5000个起订时，单价可以做到每个2.35元，含税含运费到宁波港。',
  '如果订量提高到10000个，单价可以降到2.20元，交期仍是15天。',
  '您看哪个方案更合适？',
  '周五下午5点前回复我即可，我按您的选择安排排产。',
  '关于您反映的3箱纸箱受潮的问题，非常抱歉给您带来不便。',
  '我们已经查了这批货的出厂记录，合格率99.2%，受潮应是运输途中淋雨所致。',
  '我们会在5月15日前为您补发3箱，运费由我方承担。',
  '今后同类问题的处理方式已经写进合同的售后条款，您随时可以查看。',
  '报价单见附件，请查收。',
  '4月20日到货的一批瓦楞纸板，我们抽检了50张，厚度平均为4.6毫米。',
  '麻烦您在5月12日前确认补货方案和到货日期，我们好安排生产计划。',
  '合同草稿我已整理好，您方便时看一下。',
  '我们的MOQ是500箱，FOB宁波，交期12天。',
  '样品已经寄出，DHL单号稍后发您。',
  '谢谢您的理解！',
  '如需抽检记录，我可以随时发给您。',
  '我们的工厂通过了ISO 9001认证，年产能两千万个纸箱 🏭',
  '这款纸箱采用五层瓦楞，抗压强度比普通三层高40%。',
];

/** Sentences a linter should flag (slang, absolutes, commands, blame, hedging). */
const ZH_BAD = [
  '亲，我们家的纸箱是全网最低价！！！绝对没问题',
  '木有问题的话尽快回复我，3Q',
  '我们的价格是全网最低，你必须这周内下单，否则涨价。',
  '这个问题其实也不是什么大问题，就是可能大概需要再确认一下。',
  '你们上次的付款又晚了，这次一定要按时。',
];
const EN_BAD = [
  'are you there? I have 3 things to tell u 😀',
  'We are the best factory in the world, guaranteed',
  'pls reply ASAP!!!',
  'You must confirm your order ASAP, our price is the best in the world.',
  'Basically we just kind of need you to sort of confirm the spec, e.g. the board thickness.',
  'Your payment was late again, this has to stop.',
  'FYI the new price list is out, let me know if any questions.',
];

const EN_SENTENCES = [
  "I'm Lin from Hengda Packaging.",
  'We make food-grade cartons for export, and I think we can cut your packing cost.',
  'Do you have three minutes?',
  "I'll list three points below so you can read them when convenient.",
  'Thank you for your enquiry yesterday.',
  'For 5,000 cartons we can offer USD 0.35 each, FOB Ningbo.',
  'For 10,000 cartons the price drops to USD 0.32 each, with the same 15-day lead time.',
  'Which option suits you better?',
  'A reply by Friday 5 pm lets me book the production slot for you.',
  "Thank you for the photos of the three damp cartons, and I'm sorry for the trouble.",
  'Our outgoing inspection for this batch shows a 99.2% pass rate, so the damage most likely happened in transit.',
  'We will send three replacement cartons by 15 May at our cost.',
  'Please find attached our new catalogue 😀',
  'Could we have a short call on Thursday to confirm the print colours?',
  'Please let me know a time that suits you.',
  'Samples: they leave our warehouse on Thursday by DHL, so you will have them on Monday.',
  'The quote and the spec sheet are attached, as promised.',
  'Thanks for your patience! 🙏',
  'Mr. Brown asked about the 3.5 mm board vs. the 5 mm one, i.e. the cost difference.',
];

const ZH_LISTS = [
  ['价格：同规格比您现在的供应商低8%。', '交期：收到定金后12天出货。', '样品：免费提供，48小时内寄出。'],
  ['价格低', '交期快'],
  ['交期：收到定金后12天交货，旺季也不变。', '运费：500箱以上由我们承担到港运费。'],
];
const EN_LISTS = [
  [
    'Price: 8% below your current supplier for the same spec.',
    'Lead time: 12 days from deposit.',
    'Samples: free, shipped within 48 hours.',
  ],
  ['New price list is out', 'We are the best factory in the world, guaranteed'],
  ['Samples: they leave on Thursday by DHL.', 'MOQ: 500 cartons per size.'],
];
const ZH_LIST_LEADS = [
  '我说三条：',
  '有两点需要说明：',
  '下面分三点简单介绍：',
  '关于您问的两件事，答复如下：',
];
const EN_LIST_LEADS = ['Three points:', 'I have 3 things to tell u', 'Two answers below:'];

const MEDIA = [
  '[语音 75秒]',
  '[视频 2分钟 1.8MB] 这是我们的纸箱生产线，约2分钟，1.8MB。',
  '【视频 2分钟 1.8MB】这是我们生产线的实拍，您方便时再看。',
  '[video 2min 1.8MB] Our production line, about 2 minutes, 1.8 MB.',
  '[voice 40s]',
  '[image] 样品照片',
  '[file quote.pdf 320KB]',
];
const LINKS = [
  'https://hengda.example/catalogue.pdf',
  '合同草稿：https://example.com/hengda/contract-draft.pdf',
  'Tracking page: https://www.dhl.com/track?id=1234567890',
];
const QUOTES_ZH = ['> 请报一下三个型号的价格。', '> 谢谢！', '> 样品什么时候能到？'];
const QUOTES_EN = ['> Hi Lin, can you ship the samples before Friday? And what is the MOQ?', '> Thanks!'];

export type Lang = 'zh' | 'en' | 'mixed';

function sentence(r: Rand, lang: Lang): string {
  const l = lang === 'mixed' ? (r() < 0.55 ? 'zh' : 'en') : lang;
  // About one sentence in eight has something to flag, as in a real first draft.
  if (r() < 0.12) return pick(r, l === 'zh' ? ZH_BAD : EN_BAD);
  return pick(r, l === 'zh' ? ZH_SENTENCES : EN_SENTENCES);
}

function paragraph(r: Rand, lang: Lang): string {
  const n = int(r, 1, 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(sentence(r, lang));
  const zhHeavy = /[\u4e00-\u9fff]/.test(parts[0]!);
  return parts.join(zhHeavy ? '' : ' ');
}

function list(r: Rand, lang: Lang): string {
  const zh = lang === 'zh' || (lang === 'mixed' && r() < 0.5);
  const items = pick(r, zh ? ZH_LISTS : EN_LISTS);
  const lead = pick(r, zh ? ZH_LIST_LEADS : EN_LIST_LEADS);
  return [lead, ...items.map((x, i) => `${i + 1}. ${x}`)].join('\n');
}

/** One block of body text (a chat message or an e-mail paragraph). */
function block(r: Rand, lang: Lang, chat: boolean): string {
  const x = r();
  if (x < 0.55) return paragraph(r, lang);
  if (x < 0.72) return list(r, lang);
  if (x < 0.82 && chat) return pick(r, MEDIA);
  if (x < 0.9) return pick(r, LINKS);
  const zh = lang === 'zh' || (lang === 'mixed' && r() < 0.5);
  return pick(r, zh ? QUOTES_ZH : QUOTES_EN);
}

function greeting(r: Rand, lang: Lang, name: string): string {
  const zh = lang === 'zh' || (lang === 'mixed' && r() < 0.5);
  return pick(r, zh ? ZH_GREETINGS : EN_GREETINGS).replace('{n}', name);
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** Body text of about `targetBytes` UTF-8 bytes, in blocks separated by blank lines. */
function bodyText(r: Rand, lang: Lang, targetBytes: number, chat: boolean, name: string): string {
  const blocks = [greeting(r, lang, name)];
  let size = utf8(blocks[0]!);
  while (size < targetBytes) {
    const b = block(r, lang, chat);
    blocks.push(b);
    size += utf8(b) + 2;
  }
  return blocks.join('\n\n');
}

export interface DraftSpec {
  kind: 'msg' | 'eml';
  lang?: Lang;
  /** Approximate size of the text part in UTF-8 bytes. */
  bytes: number;
  crlf?: boolean;
  /** E-mail only. */
  encoding?: '8bit' | 'quoted-printable' | 'base64';
  /** E-mail only: base64 attachments of these many raw bytes. */
  attachments?: number[];
  /** E-mail only: add a text/html alternative. */
  html?: boolean;
}

export function chatDraft(r: Rand, spec: DraftSpec): string {
  const lang = spec.lang ?? 'mixed';
  const zhName = lang === 'zh' || (lang === 'mixed' && r() < 0.5);
  const name = pick(r, zhName ? ZH_NAMES : EN_NAMES);
  const fm = [
    '---',
    `to: ${name}`,
    `relation: ${r() < 0.5 ? 'new' : 'familiar'}`,
    `channel: ${pick(r, ['wechat', 'whatsapp', 'wecom', 'telegram'])}`,
    ...(lang === 'mixed' ? [] : [`lang: ${lang}`]),
    '---',
  ].join('\n');
  const text = `${fm}\n${bodyText(r, lang, spec.bytes - utf8(fm), true, name)}\n`;
  return spec.crlf ? text.replace(/\n/g, '\r\n') : text;
}

function qpEncode(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  let out = '';
  let line = 0;
  const push = (tok: string) => {
    if (line + tok.length > 75) {
      out += '=\n';
      line = 0;
    }
    out += tok;
    line += tok.length;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 10) {
      out += '\n';
      line = 0;
    } else if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && bytes[i + 1] !== 10 && i + 1 < bytes.length))
      push(String.fromCharCode(b));
    else push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  return out;
}

const b64lines = (buf: Buffer) => (buf.toString('base64').match(/.{1,76}/g) ?? []).join('\n');

function encodeBody(text: string, encoding: DraftSpec['encoding']): string {
  if (encoding === 'base64') return b64lines(Buffer.from(text, 'utf8'));
  if (encoding === 'quoted-printable') return qpEncode(text);
  return text;
}

function htmlOf(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div dir="ltr">${text
    .split(/\n\n/)
    .map((p) => `<div>${esc(p).replace(/\n/g, '<br>')}</div>`)
    .join('<div><br></div>')}</div>`;
}

function attachmentBytes(r: Rand, n: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  let x = Math.floor(r() * 0xffffffff);
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

export function emailDraft(r: Rand, spec: DraftSpec): string {
  const lang = spec.lang ?? 'mixed';
  const zhName = lang === 'zh' || (lang === 'mixed' && r() < 0.5);
  const name = pick(r, zhName ? ZH_NAMES : EN_NAMES);
  const subject = pick(r, [
    'Carton quotation for the Q3 order: 8% below current price',
    'FYI',
    '第三季度纸箱报价：比现价低8%，12天交货',
    '=?UTF-8?B?5Zue5aSNOiBSRTog5Zue5aSNOiDmiqXku7c=?=',
    'Re: samples',
  ]);
  const signature = zhName
    ? '此致\n敬礼\n\n-- \n林伟\n外贸经理 | 恒达包装有限公司\n电话：+86 574 8888 0000'
    : 'Best regards,\n\n-- \nLin Wei\nExport Manager, Hengda Packaging Co., Ltd.\nTel: +86 574 8888 0000';
  let text = `${bodyText(r, lang, Math.max(0, spec.bytes - 400), false, name)}\n\n${signature}\n`;
  if (r() < 0.2)
    text += `\n${zhName ? '在 2026年11月20日 10:02，王经理 写道：' : 'On Fri, Nov 20, 2026, Jac wrote:'}\n${pick(r, zhName ? QUOTES_ZH : QUOTES_EN)}\n`;
  const encoding = spec.encoding ?? '8bit';
  const headers = [
    `From: ${zhName ? '=?UTF-8?B?5p6X5Lyf?=' : 'Lin Wei'} <lin.wei@hengda.example>`,
    `To: ${name} <buyer@buyer.example>`,
    ...(r() < 0.3 ? ['Cc: sales@hengda.example, "Chen, Jac" <jac.chen@buyer.example>'] : []),
    `Subject: ${subject}`,
    'Date: Thu, 5 Mar 2026 08:30:00 +0800',
    `Message-ID: <${Math.floor(r() * 1e12).toString(36)}@hengda.example>`,
    ...(r() < 0.5 ? ['X-Unsent: 1'] : []),
    'MIME-Version: 1.0',
  ];
  const textPart = [
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${encoding}`,
    '',
    encodeBody(text, encoding),
  ].join('\n');
  let body: string;
  let inner = textPart;
  if (spec.html) {
    const alt = `alt_${Math.floor(r() * 1e9).toString(16)}`;
    inner = [
      `Content-Type: multipart/alternative; boundary="${alt}"`,
      '',
      `--${alt}`,
      textPart,
      `--${alt}`,
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qpEncode(htmlOf(text)),
      `--${alt}--`,
    ].join('\n');
  }
  if (spec.attachments?.length) {
    const mix = `=_mix_${Math.floor(r() * 1e9).toString(16)}`;
    const parts = [`Content-Type: multipart/mixed; boundary="${mix}"`, '', `--${mix}`, inner];
    spec.attachments.forEach((n, i) => {
      const fname = pick(r, ['quote.pdf', 'spec-sheet.docx', '样品图.jpg', 'price-list.xlsx']);
      parts.push(
        `--${mix}`,
        `Content-Type: application/octet-stream; name="${i}-${fname}"`,
        `Content-Disposition: attachment; filename="${i}-${fname}"`,
        'Content-Transfer-Encoding: base64',
        '',
        b64lines(attachmentBytes(r, n)),
      );
    });
    parts.push(`--${mix}--`, '');
    body = parts.join('\n');
  } else body = `${inner}\n`;
  const out = `${headers.join('\n')}\n${body}`;
  return spec.crlf ? out.replace(/\n/g, '\r\n') : out;
}

export function draft(r: Rand, spec: DraftSpec): string {
  return spec.kind === 'msg' ? chatDraft(r, spec) : emailDraft(r, spec);
}

/** A random spec with the size mix of real drafts: mostly 0.3–6 KB, some e-mails with attachments. */
export function randomSpec(r: Rand): DraftSpec {
  const kind = r() < 0.55 ? 'msg' : 'eml';
  const lang = pick(r, ['zh', 'en', 'mixed', 'mixed'] as const);
  const bytes = Math.round(300 * 20 ** r()); // 300 B … 6 KB, log-uniform
  const crlf = r() < (kind === 'eml' ? 0.5 : 0.15);
  if (kind === 'msg') return { kind, lang, bytes, crlf };
  const encoding = pick(r, ['8bit', '8bit', 'quoted-printable', 'base64'] as const);
  const attachments = r() < 0.25 ? Array.from({ length: int(r, 1, 3) }, () => int(r, 2_000, 60_000)) : [];
  return { kind, lang, bytes, crlf, encoding, attachments, html: r() < 0.3 };
}

/**
 * The size mix of the held-out corpus the issue's figures come from (2,000 drafts, about 3.4 KB
 * each): the same drafts, but attachments rarer (one e-mail in ten) and smaller (at most 20 KB).
 */
export function heldOutSpec(r: Rand): DraftSpec {
  const spec = randomSpec(r);
  if (spec.kind !== 'eml') return spec;
  const attachments = r() < 0.1 ? [int(r, 2_000, 20_000)] : [];
  return { ...spec, attachments };
}

export interface CorpusInfo {
  dir: string;
  files: string[];
  bytes: number;
  msg: number;
  eml: number;
  multipart: number;
  crlf: number;
}

/** Writes `count` drafts into `dir` (in `shard-N` subfolders, `shards` of them) and describes them. */
export function writeCorpus(
  dir: string,
  count: number,
  seed = 14,
  shards = 2,
  specFor: (r: Rand) => DraftSpec = randomSpec,
): CorpusInfo {
  const r = rng(seed);
  const info: CorpusInfo = { dir, files: [], bytes: 0, msg: 0, eml: 0, multipart: 0, crlf: 0 };
  for (let s = 0; s < shards; s++) mkdirSync(join(dir, `shard-${s}`), { recursive: true });
  for (let i = 0; i < count; i++) {
    const spec = specFor(r);
    const text = draft(r, spec);
    const file = join(dir, `shard-${i % shards}`, `d${String(i).padStart(5, '0')}.${spec.kind}`);
    writeFileSync(file, text);
    info.files.push(file);
    info.bytes += utf8(text);
    info[spec.kind]++;
    if (spec.attachments?.length || spec.html) info.multipart++;
    if (spec.crlf) info.crlf++;
  }
  return info;
}
