/**
 * Simplified or Traditional: which script a Chinese draft is written in, and the Traditional form
 * of the text Cordial's fixes insert, so that a fix keeps the draft's script (`在嗎` gets `請問您
 * 現在方便佔用三分鐘嗎？`, not the Simplified line). The table covers the characters of every
 * fix's inserted text and the common characters that tell the scripts apart; it converts
 * character by character, with a few words first where Taiwan writes another word.
 */
import type { Draft } from '../draft';
import { memo } from '../memo';

const PAIRS =
  '称稱问問请請现現钟鐘吗嗎谢謝这這条條语語讲講点點几幾听聽约約时時长長链鏈说說补補职職电電话話礼禮为為么麼给給们們' +
  '尽儘烦煩没沒两兩项項个個应應该該马馬赶趕紧緊发發货貨贵貴须須经經总總对對题題确確认認间間关關于於还還进進会會' +
  '后後过過样樣单單价價运運费費报報号號码碼联聯网網邮郵产產数數额額币幣种種贸貿术術详詳内內签簽门門国國仅僅' +
  '与與见見写寫读讀将將让讓从從边邊实實际際业業务務质質气氣员員开開亲親扰擾绍紹办辦节節视視频頻图圖片片传傳' +
  '检檢查查收收复復满滿购購买買卖賣订訂预預计計划劃携攜带帶备備准準围圍决決择擇结結现現欢歡迎迎乐樂户戶处處' +
  '理理们們谈談论論议議师師证證书書标標记記录錄线線绝絕优優势勢广廣东東区區岛島汇匯银銀账賬税稅状狀态態错錯误誤' +
  '闻聞问問虑慮块塊钱錢页頁类類级級组組织織统統维維护護据據访訪询詢问問觉覺轻輕简簡单單压壓缩縮资資讯訊';

const S2T = new Map<string, string>();
const TRAD_ONLY = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const s = PAIRS[i]!;
  const t = PAIRS[i + 1]!;
  if (s === t) continue;
  S2T.set(s, t);
  TRAD_ONLY.add(t);
}

/** Words Taiwan writes differently, converted before the characters. */
const WORDS: [string, string][] = [
  ['链接', '連結'],
  ['占用', '佔用'],
];

/** The Traditional form of Simplified text (characters outside the table are kept). */
export function toTraditional(text: string): string {
  let s = text;
  for (const [a, b] of WORDS) s = s.split(a).join(b);
  let out = '';
  for (const c of s) out += S2T.get(c) ?? c;
  return out;
}

/** True when the text has more Traditional-only than Simplified-only characters (and some of them). */
export function isTraditionalText(text: string): boolean {
  let trad = 0;
  let simp = 0;
  for (const c of text) {
    if (TRAD_ONLY.has(c)) trad++;
    else if (S2T.has(c)) simp++;
  }
  return trad >= 2 && trad > simp;
}

/** The draft is Chinese written in Traditional characters (computed once per draft). */
export function isTraditional(draft: Draft): boolean {
  return memo(draft, 'analysis/script', () => draft.lang === 'zh' && isTraditionalText(draft.body.text));
}
