import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../../server/src/core';
import { findQuotedRegions } from '../../../server/src/core/text/quoted';

/** The quoted text of a body, region by region. */
const quotedOf = (text: string) => findQuotedRegions(text).map((s) => text.slice(s.start, s.end));
const own = (text: string) => {
  let out = text;
  for (const q of findQuotedRegions(text).reverse()) out = out.slice(0, q.start) + out.slice(q.end);
  return out;
};

const mail = (body: string, subject = 'Deposit for order 4500') =>
  [
    'From: Lin Wei <lin.wei@hengda.example>',
    'To: Jac Chen <jac@buyer.example>',
    `Subject: ${subject}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\n');
const rulesOf = (body: string) => lint({ kind: 'eml', text: mail(body) }).findings.map((f) => f.ruleId);
const quotedFindings = (body: string, word: string) => {
  const src = mail(body);
  const at = src.indexOf(word);
  return lint({ kind: 'eml', text: src }).findings.filter((f) => f.start <= at && at < f.end);
};

const ANSWER_EN = 'You must pay the deposit by Friday.';
const ANSWER_ZH = '你必须周五前付定金。';
/** Something the quoted message says that tone/command would catch if it were yours. */
const THEIRS_EN = 'You must send the samples now.';
const THEIRS_ZH = '你必须马上寄样品。';

/** Every reply/forward header form of formats.md, with a `>`-prefixed message under it. */
const PREFIXED: [string, string][] = [
  ['On … wrote: (one line)', 'On Mon, 3 Nov 2026 at 10:02, Jac Chen <jac@buyer.example> wrote:'],
  ['On <date> / X wrote: (two lines)', 'On Mon, 3 Nov 2026 at 10:02,\nJac Chen <jac@buyer.example> wrote:'],
  ['X wrote: (alone)', 'Jac Chen <jac@buyer.example> wrote:'],
  ['在 … 写道：', '在 2026年11月3日 10:02，王经理 <wang@buyer.example> 写道：'],
  ['在 <date> / X 写道： (two lines)', '在 2026年11月3日 10:02，\n王经理 <wang@buyer.example> 写道：'],
  ['於 … 寫道：', '於 2026年11月3日 10:02，王經理 寫道：'],
  [
    '-----Original Message-----',
    '-----Original Message-----\nFrom: Jac Chen\nSent: Monday, 3 Nov 2026 10:02\nTo: Lin Wei\nSubject: Deposit',
  ],
  [
    '-----邮件原件-----',
    '-----邮件原件-----\n发件人: 王经理\n发送时间: 2026年11月3日 10:02\n收件人: 林伟\n主题: 定金',
  ],
  [
    'QQ Mail 原始邮件',
    '------------------ 原始邮件 ------------------\n发件人: "王经理"<wang@buyer.example>;\n发送时间: 2026年11月3日(星期一) 上午10:02\n收件人: "林伟"<lin.wei@hengda.example>;\n主题: 定金',
  ],
  [
    'Outlook From:/Sent: block',
    '________________________________\nFrom: Jac Chen <jac@buyer.example>\nSent: Monday, 3 November 2026 10:02\nTo: Lin Wei\nSubject: Deposit',
  ],
  [
    'Outlook 发件人：/发送时间： block',
    '发件人： 王经理 <wang@buyer.example>\n发送时间： 2026年11月3日 10:02\n收件人： 林伟\n主题： 定金',
  ],
  [
    '---- Forwarded by … (Lotus Notes)',
    '---------------------- Forwarded by Jac Chen/Buyer on 11/03/2026 10:02 AM ---------------------------',
  ],
  ['-------- 转发的邮件 --------', '-------- 转发的邮件 --------\n发件人：王经理\n主题：定金'],
  [
    '---------- Forwarded message ---------',
    '---------- Forwarded message ---------\nFrom: Jac Chen <jac@buyer.example>\nDate: Mon, 3 Nov 2026\nSubject: Deposit\nTo: Lin Wei',
  ],
];

const quote = (lines: string) =>
  lines
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

describe('quoted regions: a bottom-posted answer is yours, the quoted message is not', () => {
  for (const [name, header] of PREFIXED) {
    test(`${name} (en)`, () => {
      const body = `Hi Jac,\n\n${header}\n${quote(`${THEIRS_EN}\nThanks`)}\n\n${ANSWER_EN}\n\nBest regards,\nLin Wei\nHengda Packaging`;
      const q = quotedOf(body).join('\n');
      assert.ok(q.includes(header.split('\n')[0]!), 'the header is quoted');
      assert.ok(q.includes(THEIRS_EN), 'the quoted message is quoted');
      assert.ok(own(body).includes(ANSWER_EN), 'the answer is yours');
      assert.equal(quotedFindings(body, 'You must pay').filter((f) => f.ruleId === 'tone/command').length, 1);
      assert.equal(quotedFindings(body, 'You must send').length, 0, 'nothing on the quoted message');
    });
    test(`${name} (zh)`, () => {
      const body = `王经理：\n\n${header}\n${quote(`${THEIRS_ZH}\n谢谢`)}\n\n${ANSWER_ZH}\n\n此致\n敬礼\n林伟\n恒达包装`;
      assert.ok(own(body).includes(ANSWER_ZH));
      assert.ok(!own(body).includes(THEIRS_ZH));
      assert.equal(quotedFindings(body, '你必须周五').filter((f) => f.ruleId === 'tone/command').length, 1);
      assert.equal(quotedFindings(body, '你必须马上').length, 0);
    });
  }
});

describe('quoted regions: inline answers between quoted lines are yours', () => {
  test('en: answers right under each `>` line, no blank line', () => {
    const body = `Jac,\n\n> Can you ship on Friday?\n${ANSWER_EN}\n> ${THEIRS_EN}\nWe will, on Monday.\n`;
    assert.deepEqual(quotedOf(body), ['> Can you ship on Friday?', `> ${THEIRS_EN}`]);
    assert.ok(rulesOf(body).includes('tone/command'));
    assert.equal(quotedFindings(body, 'You must send').length, 0);
  });
  test('zh: `Name>` prefixes and full-width `＞` are quoted too', () => {
    const body = `王经理：\n\nwang> 周五能发货吗？\n${ANSWER_ZH}\n＞ ${THEIRS_ZH}\n周一寄出。\n`;
    assert.deepEqual(quotedOf(body), ['wang> 周五能发货吗？', `＞ ${THEIRS_ZH}`]);
    assert.equal(quotedFindings(body, '你必须周五').filter((f) => f.ruleId === 'tone/command').length, 1);
    assert.equal(quotedFindings(body, '你必须马上').length, 0);
  });
  test('CRLF and emoji: the regions end where the answer starts', () => {
    const body = `Jac 🙂,\r\n\r\nOn Mon, 3 Nov 2026, Jac wrote:\r\n> ${THEIRS_EN}\r\n\r\n${ANSWER_EN}\r\n`;
    assert.deepEqual(quotedOf(body), [`On Mon, 3 Nov 2026, Jac wrote:\r\n> ${THEIRS_EN}`]);
  });
});

describe('quoted regions: an un-prefixed quoted message', () => {
  test('top posting (Outlook): the quoted message runs to the end', () => {
    const body = `${ANSWER_EN}\n\n-----Original Message-----\nFrom: Jac\nSent: Monday\nTo: Lin\nSubject: Deposit\n\n${THEIRS_EN}\n\nJac Chen\nBuyer Co.\n`;
    assert.equal(quotedOf(body).length, 1);
    assert.ok(quotedOf(body)[0]!.endsWith('Buyer Co.\n'));
    assert.equal(quotedFindings(body, 'You must send').length, 0);
  });
  test('zh: a forwarded message without prefixes runs to the end', () => {
    const body = `张敏：\n\n请看下面。\n\n-------- 转发的邮件 --------\n发件人：王经理\n主题：定金\n\n${THEIRS_ZH}\n`;
    assert.ok(quotedOf(body)[0]!.includes(THEIRS_ZH));
    assert.ok(own(body).includes('请看下面'));
  });
  test('the writer’s end marker closes it: text after the marker is yours again', () => {
    const body = `Jac,\n\n-----Original Message-----\nFrom: Jac\nSent: Monday\n\n${THEIRS_EN}\n-----End Original Message-----\n\n${ANSWER_EN}\n`;
    assert.ok(own(body).includes(ANSWER_EN));
    assert.ok(!own(body).includes(THEIRS_EN));
    const zh = `王经理：\n\n------------------ 原始邮件 ------------------\n发件人: 王经理\n\n${THEIRS_ZH}\n-------- 原始邮件结束 --------\n\n${ANSWER_ZH}\n`;
    assert.ok(own(zh).includes(ANSWER_ZH));
    assert.ok(!own(zh).includes(THEIRS_ZH));
  });
});

describe('quoted regions: what is not a header', () => {
  test('a sentence starting “On” or “在”, a “From:” line in the text, `a->b`', () => {
    for (const body of [
      'On Monday we ship the cartons.\nPlease confirm.',
      '在周一之前我们会发货。\n请确认。',
      'From: our side, everything is ready.\nThanks',
      'Step a->b is done.\nHTML <b>bold</b>',
    ])
      assert.deepEqual(quotedOf(body), [], body);
  });
});
