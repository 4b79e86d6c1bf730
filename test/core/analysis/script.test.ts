/**
 * Traditional Chinese: script detection, the same-length Simplified reading, fixes written back
 * in Traditional, and messages in the zh-tw display language.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { outputs } from '../../../scripts/gen-zh-tw';
import { fixAll, lint, toLocale } from '../../../server/src/core';
import {
  detectScript,
  toSimplifiedSameLength,
  toTraditional,
} from '../../../server/src/core/analysis/script';
import { formatText } from '../../../server/src/core/i18n';

test('the script is detected once per draft', () => {
  assert.equal(lint({ kind: 'msg', text: '在嗎？我們的優勢有三點' }).draft.script, 'hant');
  assert.equal(lint({ kind: 'msg', text: '在吗？我们的优势有三点' }).draft.script, 'hans');
  assert.equal(lint({ kind: 'msg', text: 'Hello Jac' }).draft.script, 'hans');
  assert.equal(detectScript('謝謝'), 'hant');
  assert.equal(detectScript('附檔'), 'hant');
});

test('the Simplified reading keeps every length, for every character OpenCC converts', () => {
  const chars = [...`${TSCharacters}|${TWVariantsRev}`.matchAll(/(?:^|\|)(\S+) /g)].map((m) => m[1]!);
  assert.ok(chars.length > 3000);
  for (const ch of chars) assert.equal(toSimplifiedSameLength(ch).length, ch.length, ch);
  const text = chars.join('');
  assert.equal(toSimplifiedSameLength(text).length, text.length);
  assert.equal(toSimplifiedSameLength('我們的優勢有三點'), '我们的优势有三点');
});

const kinds = (text: string, kind: 'msg' | 'eml' = 'msg') =>
  lint({ kind, text }).findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);

test('the drafts of issue 22 get their findings in Traditional Chinese', () => {
  assert.ok(kinds('在嗎？').includes('greeting/presence-check 在嗎'));
  assert.ok(kinds('有人嗎？').some((k) => k.startsWith('greeting/presence-check')));
  const count = '王經理您好！我們的優勢有三點：\n1. 價格低\n2. 交期短\n謝謝！';
  assert.ok(kinds(count).includes('structure/count-mismatch 三點'));
  assert.ok(kinds('您使用不當造成的。').some((k) => k.startsWith('tone/blame')));
  assert.ok(kinds('沒貨了。').some((k) => k.startsWith('tone/negative')));
  assert.ok(kinds('你好，你的快遞昨天已經到杭州了。').includes('tone/honorific 你'));
  assert.ok(kinds('應該可以吧，我去問一下倉庫，請稍等。').includes('tone/hedge 應該可以吧'));
  assert.ok(kinds('應該可以吧，我去問一下倉庫，請稍等。').includes('tone/hold 請稍等'));
  assert.ok(kinds('我的身份證號是11010519491231002X').some((k) => k.startsWith('privacy/personal-data')));
});

test('fixes answer in the draft’s script', () => {
  const text =
    '---\nrelation: familiar\n---\n王經理，您好！我們的優勢有三點：\n1. 價格低\n2. 交期短\n木有問題，謝謝！';
  const { output } = fixAll(text, 'msg');
  assert.match(output, /優勢有兩點/);
  assert.match(output, /沒有問題/);
  assert.doesNotMatch(output, /[们优势两没]/);
  // A fix's Traditional text uses the forms OpenCC's phrase tables give (learnt at build time).
  const ask = fixAll(
    '---\nrelation: new\n---\n王經理，您好！我是恆達包裝的林偉。\n\n我們的紙箱比現在的供應商便宜8%。',
    'msg',
  );
  assert.match(ask.output, /三分鐘/);
  assert.doesNotMatch(ask.output, /分鍾/);
});

test('zh-tw display language: locale tags, messages in Traditional with phrase-aware forms', () => {
  assert.equal(toLocale('zh-tw'), 'zh-tw');
  assert.equal(toLocale('zh-HK'), 'zh-tw');
  assert.equal(toLocale('zh_TW.UTF-8'), 'zh-tw');
  assert.equal(toLocale('zh-cn'), 'zh');
  assert.equal(toLocale('en-US'), 'en');
  const f = lint({ kind: 'msg', text: '在嗎？' }, { locale: 'zh-tw' }).findings.find(
    (x) => x.ruleId === 'greeting/presence-check',
  )!;
  assert.equal(f.message, '“在嗎”只是在確認對方在不在。請直接說明來意。');
  assert.equal(formatText({ en: 'x', zh: '回复后台' }, 'zh-tw'), toTraditional('回复后台'));
  assert.equal(formatText({ en: 'x', zh: '回复', zhTw: '回覆' }, 'zh-tw'), '回覆');
  const hedge = lint({ kind: 'msg', text: '估计下周能到。' }, { locale: 'zh-tw' }).findings.find(
    (x) => x.ruleId === 'tone/hedge',
  )!;
  assert.match(hedge.message, /確定的答覆/);
});

test('the generated zh-tw files are in step with the sources (regenerate: node --import tsx scripts/gen-zh-tw.ts)', () => {
  for (const [path, text] of Object.entries(outputs())) assert.equal(readFileSync(path, 'utf8'), text, path);
});
