import type { LocalText } from '../../../types';
import type { ToneEntry } from './types';

const plain = (en: string, zh: string): LocalText => ({ en, zh });

/** Insider terms a customer may not know, each with the plain wording to use instead. */
export const JARGON: readonly ToneEntry[] = [
  {
    text: '终端',
    lang: 'zh',
    notBefore: ['设备', '机'],
    suggestion: plain('retail stores / end users', '零售门店 / 最终用户'),
  },
  { text: '动销', lang: 'zh', suggestion: plain('actual sales to end customers', '实际卖出去的情况') },
  { text: '铺货', lang: 'zh', suggestion: plain('getting the goods onto store shelves', '把货铺到门店上架') },
  {
    text: '4P',
    lang: 'zh',
    caseSensitive: true,
    suggestion: plain('product, price, place and promotion', '产品、价格、渠道和推广'),
  },
  {
    text: '4C',
    lang: 'zh',
    caseSensitive: true,
    suggestion: plain('what the customer needs, pays and gets', '客户的需求、成本、便利和沟通'),
  },
  { text: '闭环', lang: 'zh', suggestion: plain('follow it through to the end', '从头跟进到底') },
  { text: '赋能', lang: 'zh', suggestion: plain('help / support', '帮助、支持') },
  { text: '抓手', lang: 'zh', suggestion: plain('a concrete starting point', '具体的着手点') },
  { text: '颗粒度', lang: 'zh', suggestion: plain('level of detail', '细致程度') },
  { text: '底层逻辑', lang: 'zh', suggestion: plain('the basic reason', '根本原因') },
  { text: '组合拳', lang: 'zh', suggestion: plain('a set of measures', '一套措施') },
  { text: '私域', lang: 'zh', suggestion: plain('your own customer channels', '自有客户渠道') },
  { text: '拉通', lang: 'zh', suggestion: plain('coordinate', '协调') },
  {
    text: 'synergy',
    lang: 'en',
    suggestion: plain('working together / combined benefit', '合作带来的共同好处'),
  },
  { text: 'synergies', lang: 'en', suggestion: plain('combined benefits', '合作带来的共同好处') },
  // The verb only: `to leverage our network`, not `financial leverage`.
  {
    text: 'leverage',
    lang: 'en',
    onlyAfter: ['to ', 'we ', 'can ', 'will ', 'could ', 'should ', "let's ", 'and ', 'you ', 'they ', 'i '],
    suggestion: plain('use', '利用'),
  },
  { text: 'leveraging', lang: 'en', suggestion: plain('using', '利用') },
  { text: 'circle back', lang: 'en', suggestion: plain('get back to you (by …)', '（在……前）回复您') },
  { text: 'move the needle', lang: 'en', suggestion: plain('make a real difference', '带来实际改变') },
  { text: 'low-hanging fruit', lang: 'en', suggestion: plain('the easy wins', '容易做到的部分') },
  { text: 'paradigm shift', lang: 'en', suggestion: plain('a big change', '重大变化') },
  { text: 'take this offline', lang: 'en', suggestion: plain('discuss this separately', '另外单独讨论') },
  { text: 'core competency', lang: 'en', suggestion: plain('what we do best', '我们最擅长的') },
];
