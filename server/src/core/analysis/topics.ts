/**
 * What a customer's question is about, and whether an answer takes it up. A topic has the words
 * that name it in either language and, where one exists, the shape of an answer that names no
 * topic word (`15天` answers a lead-time question, `3.5元` a price question). A question whose
 * topic is none of these is left alone: `structure/unanswered` fires only on what it can name.
 */
import type { LocalText } from '../types';

export interface Topic {
  id: string;
  /** How the finding and the fix name it. */
  label: LocalText;
  /** Words that name the topic, Simplified Chinese (Traditional drafts are read in Simplified). */
  zh: readonly string[];
  /** English words and phrases, lower case, matched as whole words. */
  en: readonly string[];
  /** An answer that takes the topic up without naming it. */
  answer?: RegExp;
}

const AMOUNT =
  /[$¥￥€£]\s*\d|\d\s*(?:元|块|角|美元|美金|欧元|英镑|港币|港元|台币|usd|rmb|cny|eur|hkd|ntd|dollars?|cents?)|\b(?:usd|rmb|cny|eur|us\$|hkd|ntd|nt\$)\s*\d/i;
const WHEN =
  /[\d一二两三四五六七八九十半]+\s*(?:个)?(?:天|日|周|星期|工作日|月|小时|days?|weeks?|months?|hours?|business days|working days)|今天|明天|后天|本周|下周|周[一二三四五六日天]|星期[一二三四五六日天]|月底|月初|\d+月\d+[日号]|\b(?:today|tomorrow|next week|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/i;
const QUANTITY =
  /\d+\s*(?:件|个|只|套|箱|台|双|条|米|pcs|pieces|units|sets|cartons|ctns|pairs)\b|\d+\s*(?:件|个|只|套|箱|台|双|条|米)/i;

export const TOPICS: readonly Topic[] = [
  {
    id: 'price',
    label: { en: 'the price', zh: '价格' },
    zh: ['价格', '价钱', '单价', '报价', '多少钱', '费用', '价位', '怎么卖', '总价', '几块'],
    en: ['price', 'prices', 'pricing', 'cost', 'costs', 'quote', 'quotation', 'how much'],
    answer: AMOUNT,
  },
  {
    id: 'discount',
    label: { en: 'the discount', zh: '优惠' },
    zh: ['折扣', '优惠', '便宜', '打折', '让利', '降价'],
    en: ['discount', 'discounts', 'cheaper', 'better price', 'lower price'],
    answer: AMOUNT,
  },
  {
    id: 'lead-time',
    label: { en: 'the lead time', zh: '交期' },
    zh: [
      '交期',
      '交货期',
      '货期',
      '交货',
      '发货',
      '发出',
      '出货',
      '多久',
      '几天',
      '到货',
      '生产周期',
      '工期',
      '什么时候到',
      '什么时候能到',
    ],
    en: [
      'lead time',
      'delivery',
      'deliver',
      'ship',
      'dispatch',
      'production time',
      'how long',
      'how soon',
      'arrive',
      'arrival',
    ],
    answer: WHEN,
  },
  {
    id: 'moq',
    label: { en: 'the minimum order', zh: '起订量' },
    zh: ['起订量', '最小起订', '起订', '最少订', '最低订', '最少要订', '最少买', '最低起订'],
    en: ['moq', 'minimum order', 'minimum quantity', 'min order'],
    answer: QUANTITY,
  },
  {
    id: 'logo',
    label: { en: 'logo printing', zh: 'logo印刷' },
    zh: ['logo', '印刷', '丝印', '印字', '印上', '烫金', '定制', '刻字'],
    en: [
      'logo',
      'logos',
      'print',
      'printing',
      'printed',
      'custom',
      'customize',
      'customise',
      'customized',
      'branding',
      'oem',
    ],
  },
  {
    id: 'sample',
    label: { en: 'samples', zh: '样品' },
    zh: ['样品', '样板', '打样', '样机'],
    en: ['sample', 'samples', 'sampling', 'prototype'],
  },
  {
    id: 'shipping',
    label: { en: 'shipping', zh: '物流' },
    zh: ['物流', '快递', '运费', '运输', '邮费', '包邮', '顺丰', '单号', '海运', '空运', '发什么'],
    en: [
      'shipping',
      'freight',
      'courier',
      'tracking',
      'carrier',
      'dhl',
      'fedex',
      'ups',
      'sea freight',
      'air freight',
      'shipment',
    ],
  },
  {
    id: 'payment',
    label: { en: 'payment', zh: '付款方式' },
    zh: ['付款', '支付', '定金', '订金', '尾款', '账期', '汇款', '转账'],
    en: ['payment', 'pay', 'deposit', 't/t', 'paypal', 'l/c', 'balance'],
  },
  {
    id: 'packaging',
    label: { en: 'packaging', zh: '包装' },
    zh: ['包装', '纸箱', '外箱', '彩盒', '装箱'],
    en: ['packaging', 'package', 'packing', 'carton', 'cartons', 'box', 'boxes'],
  },
  {
    id: 'colour',
    label: { en: 'colours', zh: '颜色' },
    zh: ['颜色', '色号', '配色'],
    en: ['color', 'colour', 'colors', 'colours'],
  },
  {
    id: 'size',
    label: { en: 'sizes', zh: '尺寸' },
    zh: ['尺寸', '尺码', '大小', '规格'],
    en: ['size', 'sizes', 'dimension', 'dimensions'],
  },
  {
    id: 'material',
    label: { en: 'the material', zh: '材质' },
    zh: ['材质', '材料', '面料'],
    en: ['material', 'materials', 'fabric'],
  },
  {
    id: 'warranty',
    label: { en: 'the warranty', zh: '质保' },
    zh: ['保修', '质保', '保修期', '保质期'],
    en: ['warranty', 'guarantee'],
  },
  {
    id: 'certificate',
    label: { en: 'certificates', zh: '认证' },
    zh: ['认证', '证书', '检测报告'],
    en: ['certificate', 'certificates', 'certification', 'certified', 'test report'],
  },
  {
    id: 'stock',
    label: { en: 'stock', zh: '库存' },
    zh: ['库存', '现货', '有货', '没货', '缺货', '补货'],
    en: ['stock', 'in stock', 'available', 'availability', 'out of stock'],
  },
  {
    id: 'invoice',
    label: { en: 'the invoice', zh: '发票' },
    zh: ['发票', '开票'],
    en: ['invoice', 'invoices', 'receipt'],
  },
  {
    id: 'return',
    label: { en: 'returns and refunds', zh: '退换货' },
    zh: ['退货', '退款', '退换', '换货', '退回', '补发'],
    en: ['return', 'refund', 'replacement', 'exchange'],
  },
];

const EN_CACHE = new Map<string, RegExp>();
function enWord(word: string): RegExp {
  let re = EN_CACHE.get(word);
  if (!re) {
    const body = word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
    EN_CACHE.set(word, re);
  }
  return re;
}

/** The words of `topic` found in `text`, in the topic's order. */
export function topicWords(topic: Topic, text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const w of topic.zh) if (lower.includes(w)) out.push(w);
  for (const w of topic.en) if (enWord(w).test(lower)) out.push(w);
  return out;
}

/** The topics a question names, with the words that named them. */
export function topicsOf(question: string): { topic: Topic; words: string[] }[] {
  const out: { topic: Topic; words: string[] }[] = [];
  for (const topic of TOPICS) {
    const words = topicWords(topic, question);
    if (words.length) out.push({ topic, words });
  }
  return out;
}

/** Numbers that identify a thing (order and model numbers, four digits or more). */
export function keyNumbers(text: string): string[] {
  return [...text.matchAll(/(?<![\d.])\d{4,}(?![\d.])/g)].map((m) => m[0]);
}

/** True when `answer` takes `topic` up: one of its words, or an answer of its shape. */
export function takesUp(topic: Topic, answer: string): boolean {
  return topicWords(topic, answer).length > 0 || (topic.answer?.test(answer) ?? false);
}
