import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLang } from '../../../server/src/core/text/lang';
import { splitLines, splitParagraphs } from '../../../server/src/core/text/lines';
import { parseDuration, parseSize } from '../../../server/src/core/text/media';
import { PhraseMatcher } from '../../../server/src/core/text/phrases';
import { findQuotedRegions } from '../../../server/src/core/text/quoted';
import { isWholeWord } from '../../../server/src/core/text/segment';
import { splitSentences } from '../../../server/src/core/text/sentences';

describe('isWholeWord', () => {
  const at = (text: string, word: string, from = 0) => {
    const i = text.indexOf(word, from);
    return isWholeWord(text, i, i + word.length);
  };
  test('Chinese: a character inside a longer word is not a word', () => {
    assert.equal(at('我晕船了', '晕'), false);
    assert.equal(at('倒是可以', '倒'), false);
    assert.equal(at('这件汗衫', '汗'), false);
    assert.equal(at('我父亲来了', '亲'), false);
    assert.equal(at('他亲自来', '亲'), false);
  });
  test('Chinese: a word of its own is a word', () => {
    assert.equal(at('晕，又改了', '晕'), true);
    assert.equal(at('我们有三条建议', '三条'), true);
  });
  test('English: letters, digits and joining hyphens continue a word', () => {
    assert.equal(at('Can u send it', 'u'), true);
    assert.equal(at('the U-bolt', 'U'), false);
    assert.equal(at('your order', 'u'), false);
    assert.equal(at('pls2', 'pls'), false);
    assert.equal(at('不要u盘', 'u'), true);
  });
  test('edges at the text ends and next to emoji', () => {
    assert.equal(at('u', 'u'), true);
    assert.equal(at('😀u😀', 'u'), true);
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher([
    { text: '晕' },
    { text: 'pls' },
    { text: 'circle back' },
    { text: '!!!', boundary: 'none' },
    { text: '第一', notBefore: ['次', '季度', '批'] },
    { text: 'ISO', caseSensitive: true },
  ]);
  test('finds whole words only, confirms each candidate', () => {
    const found = m.find('晕船？晕！pls circle back!!! 第一次 第一季度 我们第一');
    assert.deepEqual(
      found.map((f) => f.text),
      ['晕', 'pls', 'circle back', '!!!', '第一'],
    );
  });
  test('case-insensitive by default, exact when asked', () => {
    assert.deepEqual(
      m.find('PLS iso ISO').map((f) => f.text),
      ['PLS', 'ISO'],
    );
  });
  test('an empty list finds nothing', () => {
    assert.deepEqual(new PhraseMatcher([]).find('anything'), []);
  });
  test('regex metacharacters in entries are literal', () => {
    const x = new PhraseMatcher([
      { text: 'a.b', boundary: 'none' },
      { text: '(c)', boundary: 'none' },
    ]);
    assert.deepEqual(
      x.find('axb a.b (c) c').map((f) => f.text),
      ['a.b', '(c)'],
    );
  });
});

describe('splitSentences', () => {
  const s = (t: string) => splitSentences(t).map((x) => t.slice(x.start, x.end));
  test('Chinese and English punctuation, line breaks', () => {
    assert.deepEqual(s('您好！我是林伟。Price is 3.5 USD. Is that OK? 好的\n第二行'), [
      '您好！',
      '我是林伟。',
      'Price is 3.5 USD.',
      'Is that OK?',
      '好的',
      '第二行',
    ]);
  });
  test('list markers, decimals and abbreviations do not split', () => {
    assert.deepEqual(s('1. Price e.g. FOB.\n2. Lead time'), ['1. Price e.g. FOB.', '2. Lead time']);
  });
  test('closing quotes stay with their sentence; empty pieces are dropped', () => {
    assert.deepEqual(s('他说：“好的。”然后走了。\n\n！！'), ['他说：“好的。”', '然后走了。']);
  });
});

describe('findQuotedRegions', () => {
  const q = (t: string) => findQuotedRegions(t).map((r) => t.slice(r.start, r.end));
  test('> lines, in runs', () => {
    assert.deepEqual(q('Hi\n> one\n> two\n\nmine\n＞ 三'), ['> one\n> two', '＞ 三']);
  });
  test('reply and forward headers quote to the end', () => {
    for (const opener of [
      '-----Original Message-----',
      'On Mon, 3 Mar 2026 at 10:00, Jac <jac@x.example> wrote:',
      '在 2026年3月3日 10:00，王经理 写道：',
      '-------- 转发的邮件 --------',
      '---------- Forwarded message ---------',
    ]) {
      const t = `Thanks!\r\n\r\n${opener}\r\nold text`;
      assert.deepEqual(q(t), [`${opener}\r\nold text`], opener);
    }
  });
  test('an Outlook From/Sent block after a separator', () => {
    const t = 'Noted.\n\n________________________________\nFrom: Jac\nSent: Monday\nSubject: x\n\nold';
    assert.deepEqual(q(t), ['________________________________\nFrom: Jac\nSent: Monday\nSubject: x\n\nold']);
  });
  test('a From: line in the writer’s own text is not a quote', () => {
    assert.deepEqual(q('Price list\nFrom: 1 May, the price is 3 USD.'), []);
  });
});

describe('lines, paragraphs, language', () => {
  test('splitLines keeps offsets for every break style', () => {
    assert.deepEqual(
      splitLines('a\r\nb\rc\nd').map((l) => [l.start, l.end, l.next]),
      [
        [0, 1, 3],
        [3, 4, 5],
        [5, 6, 7],
        [7, 8, 8],
      ],
    );
  });
  test('splitParagraphs with an offset', () => {
    assert.deepEqual(splitParagraphs('x\n\ny', 10), [
      { start: 10, end: 11, text: 'x' },
      { start: 13, end: 14, text: 'y' },
    ]);
  });
  test('detectLang', () => {
    assert.equal(detectLang('王经理，您好！我是林伟。'), 'zh');
    assert.equal(detectLang('Dear Jac, I am Lin from Hengda. 谢谢'), 'en');
    assert.equal(detectLang(''), 'en');
  });
});

describe('durations and sizes', () => {
  test('durations in Chinese and English units', () => {
    const cases: [string, number | null][] = [
      ['40s', 40],
      ['40 sec', 40],
      ['40秒', 40],
      ['0:40', 40],
      ['3min', 180],
      ['3 minutes', 180],
      ['3分钟', 180],
      ['1分20秒', 80],
      ['1m20s', 80],
      ['1.5 min', 90],
      ['2.0MB', null],
      ['line.jpg', null],
    ];
    for (const [t, want] of cases) assert.equal(parseDuration(t), want, t);
  });
  test('sizes', () => {
    const cases: [string, number | null][] = [
      ['2.0MB', 2],
      ['2.0M', 2],
      ['1.8 MB', 1.8],
      ['512KB', 0.5],
      ['1G', 1024],
      ['3min', null],
      ['3 mins', null],
    ];
    for (const [t, want] of cases) assert.equal(parseSize(t), want, t);
  });
});
