import { isQuestion } from '../../analysis/questions';
import { defineRule } from '../../engine/rule';
import { splitSentences } from '../../text/sentences';
import { skipSpan } from '../tone/scan';

/** A quotation: a price word and a figure in one sentence. */
const PRICE =
  /报价|单价|价格|价钱|售价|总价|price|quote|quotation|\bper (?:piece|pc|unit|set|carton)\b|\/\s*(?:pc|pcs|piece|unit|set)\b|每[个件只套台箱]/i;
const CURRENCY =
  /\b(?:USD|US\$|RMB|CNY|EUR|GBP|HKD|NTD|NT\$|JPY|AUD|CAD|dollars?|euros?)\b|[$¥￥€£]|美元|美金|人民币|欧元|英镑|港币|港元|台币|日元|\d\s*元|\[currency\]|\[币种\]/i;
/** A foreign currency or an export word: the quotation is for export and needs a trade term. */
const EXPORT =
  /\b(?:USD|US\$|EUR|GBP|HKD|JPY|AUD|CAD|dollars?|euros?|port|export)\b|[$€£]|美元|美金|欧元|英镑|出口|外贸|港口/i;
const TRADE_TERM =
  /\b(?:FOB|CIF|CFR|CNF|C&F|EXW|DDP|DAP|DDU|FCA|CPT|CIP|FAS|DPU)\b|船上交货|离岸价|到岸价|工厂交货|完税后交货|成本加运费|\[trade term[^\]]*\]|\[贸易术语[^\]]*\]/i;
const VALIDITY =
  /有效期|有效至|有效到|有效截止|\d+\s*天内有效|报价有效|\bvalid\b|\bvalidity\b|\bexpir(?:es|y|ation)\b|\bgood (?:until|for|through)\b/i;

/** A figure that can be a price: not a year, a date, a share or a duration (`2026年`, `8%`, `12天`). */
function hasPriceFigure(sentence: string): boolean {
  for (const m of sentence.matchAll(/\d+(?:[.,]\d+)*/g)) {
    // A list marker (`1.`, `2、`) opening the sentence is no figure.
    if (
      /^[\s(（]*$/.test(sentence.slice(0, m.index)) &&
      /^[.、)）]/.test(sentence.slice(m.index + m[0].length))
    )
      continue;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (
      !/^\s*(?:年|月|日|号|%|％|个月|天|小时|周|点|岁|分钟|秒|分|层|倍|次|个|件|只|套|箱|台|厘米|毫米|公斤|克|days?\b|weeks?\b|months?\b|years?\b|hours?\b|pcs\b|pieces\b|cartons\b|units\b|sets\b|seconds?\b|secs?\b|minutes?\b|mins?\b|cm\b|mm\b|kg\b)/i.test(
        after,
      )
    )
      return true;
  }
  return false;
}

const PIECES = {
  currency: { en: 'the currency', zh: '币种', placeholderEn: '[currency]', placeholderZh: '[币种]' },
  term: {
    en: 'the trade term',
    zh: '贸易术语',
    placeholderEn: '[trade term and port]',
    placeholderZh: '[贸易术语及港口]',
  },
  validity: {
    en: 'how long the price holds',
    zh: '报价有效期',
    placeholderEn: 'valid until [date]',
    placeholderZh: '报价有效期至[日期]',
  },
} as const;

export const quoteTerms = defineRule({
  id: 'email/quote-terms',
  appliesTo: ['msg', 'eml'],
  severity: 'warning',
  fixable: true,
  description: {
    en: 'A price quotation without its currency, trade term or validity.',
    zh: '报价缺少币种、贸易术语或有效期。',
  },
  explanation: {
    en: 'A buyer compares quotations line by line: 0.42 in which currency, delivered where (FOB Ningbo or DDP Hamburg), and until when? Without these the number cannot be compared, and the buyer has to ask — or moves on to a supplier who said it.',
    zh: '买家会逐项比较报价：0.42 是什么币种？在哪里交货（FOB 宁波还是 DDP 汉堡）？报价有效到什么时候？缺了这些，价格就无从比较，买家只能再问，或者直接选择写清楚的供应商。',
  },
  messages: {
    missing: {
      en: 'This quotation does not say {{missing}}; a buyer cannot compare the price without it.',
      zh: '这份报价没有写明{{missing}}，买家无法据此比较价格。',
    },
    insert: { en: 'Add placeholders for what is missing', zh: '为缺少的内容补上占位' },
  },
  check(context) {
    const { draft } = context;
    // A quotation is for a buyer: between colleagues a price is a fact, not an offer.
    if (draft.context.internal) return;
    const text = draft.body.text;
    const own = draft.blocks.filter((b) => !b.quoted && !b.signature);
    if (!own.length) return;
    const all = own.map((b) => b.text).join('\n');
    if (!PRICE.test(all) || !/\d/.test(all)) return;
    let quote: { start: number; end: number } | null = null;
    for (const b of own) {
      for (const s of splitSentences(text, b.start, b.end)) {
        const sentence = text.slice(s.start, s.end);
        // A pasted log line (`ERROR ProductLoader: NULL_PRICE for product 33411`) quotes nothing.
        if (skipSpan(context, s.start, s.end)) continue;
        if (PRICE.test(sentence) && hasPriceFigure(sentence) && !isQuestion(sentence)) {
          quote = s;
          break;
        }
      }
      if (quote) break;
    }
    if (!quote) return;
    const zh = draft.lang === 'zh';
    const missing: (keyof typeof PIECES)[] = [];
    if (!CURRENCY.test(all)) missing.push('currency');
    // A trade term matters for export: a foreign currency, export words, or an English quotation.
    if (!TRADE_TERM.test(all) && (EXPORT.test(all) || !zh)) missing.push('term');
    // A chat haggles; an e-mail quotation stands: only the e-mail must say how long it holds.
    if (draft.kind === 'eml' && !VALIDITY.test(all)) missing.push('validity');
    if (!missing.length) return;
    const names = missing.map((k) => (zh ? PIECES[k].zh : PIECES[k].en));
    const holders = missing.map((k) => (zh ? PIECES[k].placeholderZh : PIECES[k].placeholderEn));
    let at = quote.end;
    while (at > quote.start && /[。.！!；;]/.test(text[at - 1]!)) at--;
    const insert = zh ? `（${holders.join('，')}）` : ` (${holders.join(', ')})`;
    context.report({
      messageId: 'missing',
      data: {
        missing: zh
          ? names.join('、')
          : names.join(missing.length > 2 ? ', ' : ' or ').replace(/, ([^,]*)$/, ' or $1'),
      },
      span: context.bodySpan(quote.start, quote.end),
      fixes: [{ messageId: 'insert', edits: [context.bodyEdit(at, at, insert)] }],
    });
  },
});
