import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint, parseDraft } from '../../server/src/core';
import { subjectKind } from '../../server/src/core/context';
import type { EmlDraft, MsgDraft } from '../../server/src/core/draft';

interface Mail {
  from?: string;
  to?: string;
  cc?: string;
  subject?: string;
  headers?: string[];
  body?: string;
}
const mail = (m: Mail) =>
  [
    `From: ${m.from ?? 'Lin Wei <lin.wei@hengda.example>'}`,
    `To: ${m.to ?? 'Jac Chen <jac@buyer.example>'}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${m.subject ?? 'Carton order 4500: delivery on 12 May'}`,
    ...(m.headers ?? []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.body ?? 'Dear Jac,\n\nThe cartons ship on 12 May.\n',
  ].join('\n');
const eml = (m: Mail) => parseDraft({ kind: 'eml', text: mail(m) }) as EmlDraft;
const msg = (s: string) => parseDraft({ kind: 'msg', text: s }) as MsgDraft;

/** The first-contact rules: none of them may fire off a first contact. */
const FIRST_CONTACT = [
  'greeting/self-intro',
  'greeting/ask-time',
  'greeting/courtesy',
  'media/voice-first-contact',
];
const rules = (kind: 'eml' | 'msg', text: string) => lint({ kind, text }).findings.map((f) => f.ruleId);

describe('context of an e-mail', () => {
  test('a cold first e-mail to an outside domain: first contact, relation new, no evidence', () => {
    const d = eml({});
    assert.deepEqual(d.context, {
      reply: false,
      forward: false,
      internal: false,
      relation: 'new',
      firstContact: true,
      evidence: [],
    });
    assert.equal(d.firstContact, d.context.firstContact);
    assert.equal(d.isReply, false);
  });

  test('In-Reply-To and References make a reply (relation familiar)', () => {
    const d = eml({
      headers: ['In-Reply-To: <a1@buyer.example>', 'References: <a0@buyer.example> <a1@buyer.example>'],
    });
    assert.equal(d.context.reply, true);
    assert.equal(d.context.relation, 'familiar');
    assert.equal(d.context.firstContact, false);
    assert.deepEqual(d.context.evidence, ['in-reply-to', 'references']);
    assert.equal(d.firstContact, false);
    assert.equal(d.isReply, true);
  });

  test('subject prefixes in both languages', () => {
    for (const s of [
      'Re: price',
      'RE: price',
      'Aw: Preis',
      'Antw: prijs',
      'SV: pris',
      '回复: 报价',
      '回复：报价',
      '答复: 报价',
      '回覆 報價',
      '[list] Re: price',
      'Re[2]: price',
    ])
      assert.equal(subjectKind(s), 'reply', s);
    for (const s of ['Fwd: price', 'Fw: price', 'FW: price', '转发: 报价', '轉寄 報價', 'WG: Preis'])
      assert.equal(subjectKind(s), 'forward', s);
    for (const s of [
      'Regarding the price',
      'Reply needed by Friday',
      '回复客户的问题清单',
      'Forward planning 2027',
      'Free samples',
    ])
      assert.equal(subjectKind(s), null, s);
    assert.equal(eml({ subject: '回复: 报价' }).context.evidence[0], 'subject-prefix');
    const f = eml({ subject: 'Fwd: price list' });
    assert.equal(f.context.forward, true);
    assert.equal(f.context.reply, false);
    assert.equal(f.context.firstContact, false);
  });

  test('a quoted thread below or between the text makes a reply; a forwarded block a forward', () => {
    const r = eml({ body: 'Jac,\n\nYes.\n\nOn Mon, 3 Nov 2026, Jac Chen wrote:\n> Friday?\n' });
    assert.equal(r.context.reply, true);
    assert.ok(r.context.evidence.includes('quoted-thread'));
    const f = eml({
      body: 'Jac,\n\nSee below.\n\n-------- 转发的邮件 --------\n发件人：王经理\n\n报价如下。\n',
    });
    assert.equal(f.context.forward, true);
    assert.ok(f.context.evidence.includes('forwarded-block'));
  });

  test('internal: every To/Cc address shares the From domain (subdomains too)', () => {
    const d = eml({ to: 'Zhang Min <zhang.min@hengda.example>', cc: 'ops@mail.hengda.example' });
    assert.equal(d.context.internal, true);
    assert.equal(d.context.relation, 'familiar');
    assert.equal(d.context.firstContact, false);
    assert.deepEqual(d.context.evidence, ['domains']);
    assert.equal(eml({ to: 'zhang.min@hengda.example', cc: 'jac@buyer.example' }).context.internal, false);
    assert.equal(eml({ to: 'Zhang Min' }).context.internal, false, 'no address at all is not internal');
  });

  test('X-Cordial-Relation overrides the reading', () => {
    const d = eml({ subject: 'Re: price', headers: ['X-Cordial-Relation: new'] });
    assert.equal(d.context.relation, 'new');
    assert.equal(d.context.firstContact, false, 'still a reply');
    assert.ok(d.context.evidence.includes('x-cordial-relation'));
    const f = eml({ headers: ['X-Cordial-Relation: familiar'] });
    assert.equal(f.context.relation, 'familiar');
    assert.equal(f.context.firstContact, false);
  });
});

describe('context of a chat', () => {
  test('the default: a first contact', () => {
    const d = msg('---\nto: 王经理\n---\n王经理，您好！\n');
    assert.equal(d.context.firstContact, true);
    assert.equal(d.context.reply, false);
  });
  test('front matter reply: true / relation: familiar', () => {
    const d = msg('---\nreply: true\n---\n亲，您好！\n');
    assert.equal(d.context.reply, true);
    assert.equal(d.context.firstContact, false);
    assert.deepEqual(d.context.evidence, ['front-matter']);
    assert.equal(msg('---\nrelation: familiar\n---\nHi\n').context.firstContact, false);
    assert.equal(msg('---\nreply: false\n---\n> hi\n\nHello\n').context.reply, false, 'front matter wins');
  });
  test('quoted `>` lines before the text make a reply', () => {
    const d = msg('> 你们的纸箱多少钱一个？\n\n亲，您好！3层纸箱每个2.5元。\n');
    assert.equal(d.context.reply, true);
    assert.deepEqual(d.context.evidence, ['quoted-lines']);
    assert.equal(msg('Hello Jac!\n\n> quoted later\n').context.reply, false);
  });
  test('a reply value that is not a boolean is a front-matter problem', () => {
    const d = msg('---\nreply: maybe\n---\nHi\n');
    assert.ok(d.problems.some((p) => p.ruleId === 'format/front-matter' && p.messageId === 'badValue'));
  });
});

describe('first-contact rules follow the context', () => {
  const COLD_MSG = '---\nto: 王经理\n---\n王经理：\n\n我们的纸箱质量好，价格低。\n\n【语音 20秒】\n';
  test('a cold first chat raises every first-contact finding', () => {
    const r = rules('msg', COLD_MSG);
    for (const id of [
      'greeting/self-intro',
      'greeting/ask-time',
      'greeting/courtesy',
      'media/voice-first-contact',
    ])
      assert.ok(r.includes(id), id);
  });
  test('a customer-service answer to an inbound question raises none', () => {
    const r = rules(
      'msg',
      COLD_MSG.replace('---\nto: 王经理\n---\n', '---\nto: 王经理\n---\n> 纸箱多少钱？\n\n'),
    );
    for (const id of FIRST_CONTACT) assert.ok(!r.includes(id), id);
  });
  const COLD_MAIL = mail({ body: 'Jac,\n\nOur cartons are cheap.\n' });
  test('a cold first e-mail to a client raises self-intro, courtesy, signature', () => {
    const r = rules('eml', COLD_MAIL);
    for (const id of ['greeting/self-intro', 'greeting/courtesy', 'email/signature'])
      assert.ok(r.includes(id), id);
  });
  test('a reply in a thread and internal mail raise none', () => {
    const reply = rules('eml', mail({ subject: 'Re: cartons', body: 'Gary:\n\nOur cartons are cheap.\n' }));
    const internal = rules('eml', mail({ to: 'zhang.min@hengda.example', body: 'Our cartons are cheap.\n' }));
    for (const r of [reply, internal])
      for (const id of [...FIRST_CONTACT, 'email/signature', 'greeting/missing'])
        assert.ok(!r.includes(id), id);
  });
});

describe('recipients-exposed follows the context', () => {
  const SIX = ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}@hengda.example`).join(', ');
  test('silent when every address is internal; fires when one is outside', () => {
    const internal = rules('eml', mail({ to: `${SIX}, f@sales.hengda.example` }));
    assert.ok(!internal.includes('email/recipients-exposed'));
    const mixed = rules('eml', mail({ to: `${SIX}, jac@buyer.example` }));
    assert.ok(mixed.includes('email/recipients-exposed'));
  });
});
