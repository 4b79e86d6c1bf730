/**
 * The web page's draft building (web/src/compose.ts) read back by the core, and its undo history
 * (web/src/history.ts): what the fields say reaches the draft model, a body-only e-mail is not
 * read as headers, a raw .eml paste is read as it is, and fields and body survive a round trip.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lint, parseDraft } from '../../server/src/core';
import {
  type Attachment,
  chatMessages,
  compose,
  decompose,
  emptyFields,
  type Fields,
  fieldAt,
  isRawEml,
} from '../../web/src/compose';
import { History } from '../../web/src/history';

const fields = (over: Partial<Fields>): Fields => ({ ...emptyFields(), ...over });

test('a body-only e-mail paste: the greeting is body, the subject comes from its field', () => {
  const body = '王总，您好：\n\n附上报价单，请查收。价格比去年低5%。\n\n此致\n小李';
  const c = compose(
    'eml',
    fields({ to: '王总 <wang@buyer.example>', subject: '2026年报价单：比去年低5%' }),
    body,
  );
  assert.equal(c.raw, false);
  assert.equal(c.text.slice(c.bodyStart, c.bodyEnd), body);
  const { draft, findings } = lint({ kind: 'eml', text: c.text }, { locale: 'zh' });
  assert.equal(draft.kind, 'eml');
  if (draft.kind !== 'eml') return;
  assert.equal(draft.subject?.value, '2026年报价单：比去年低5%');
  assert.equal(draft.to[0]?.address, 'wang@buyer.example');
  assert.ok(draft.body.text.startsWith('王总，您好：'), draft.body.text);
  const ids = findings.map((f) => f.ruleId);
  assert.ok(!ids.includes('format/mime'), ids.join(','));
  assert.ok(!ids.includes('email/subject-missing'), ids.join(','));
  assert.ok(!ids.includes('greeting/missing'), ids.join(','));
  // No finding reaches into the header block but those about headers.
  for (const f of findings)
    if (f.start < c.bodyStart) assert.match(f.ruleId, /^email\/|^greeting\/self-intro/, f.ruleId);
});

test('an empty subject field gives "no subject", shown on the Subject field', () => {
  const body = 'Dear Jac,\n\nHere is the price list.\n\nBest regards,\nLin';
  const c = compose('eml', fields({ to: 'jac@buyer.example' }), body);
  const { findings } = lint({ kind: 'eml', text: c.text }, { locale: 'en' });
  const missing = findings.find((f) => f.ruleId === 'email/subject-missing');
  assert.ok(missing, findings.map((f) => f.ruleId).join(','));
  assert.equal(fieldAt('eml', c, missing.start, missing.ruleId), 'subject');
});

test('raw .eml paste is detected; greetings and body text are not', () => {
  assert.ok(isRawEml('From: a@b.example\nTo: c@d.example\nSubject: Hi\n\nBody'));
  assert.ok(isRawEml('Subject: 报价\r\nX-Unsent: 1\r\n\r\n正文'));
  assert.ok(isRawEml('From someone@example.com Sat Jan  3 01:05:34 1996\nFrom: a@b.example\n\nx'));
  assert.ok(!isRawEml('Dear Tom:\n\nThanks.'));
  assert.ok(!isRawEml('王总：\n\n您好！'));
  assert.ok(!isRawEml('Hi:\nsee below'));
  assert.ok(!isRawEml('Note: the price is 5% lower.\n\nThanks'));
  assert.ok(!isRawEml(''));
  const raw = 'From: a@b.example\nSubject: Q3 quote: 8% below\n\nDear Jac,\n\nThanks.\n\nLin';
  const c = compose('eml', fields({ subject: 'ignored' }), raw);
  assert.equal(c.raw, true);
  assert.equal(c.text, raw);
});

test('attachments (names and sizes only) are attachments of the draft, the body is exact', () => {
  const attachments: Attachment[] = [
    { name: 'quote.pdf', size: 120_000 },
    { name: '报价单 2026.xlsx', size: 2048 },
  ];
  const body = 'Dear Jac,\n\nPlease find the quote attached.\n\nBest regards,\nLin';
  const c = compose('eml', fields({ to: 'jac@buyer.example', subject: 'Quote', attachments }), body);
  const draft = parseDraft({ kind: 'eml', text: c.text });
  assert.equal(draft.kind, 'eml');
  if (draft.kind !== 'eml') return;
  assert.deepEqual(
    draft.attachments.map((a) => a.filename),
    ['quote.pdf', '报价单 2026.xlsx'],
  );
  assert.equal(draft.body.text.replace(/\r\n/g, '\n').trimEnd(), body);
  assert.equal(c.text.slice(c.bodyStart, c.bodyEnd), body);
  const { findings } = lint({ kind: 'eml', text: c.text }, { locale: 'en' });
  assert.ok(!findings.some((f) => f.ruleId === 'email/attachment-missing'));
  assert.ok(!findings.some((f) => f.ruleId === 'format/mime'), findings.map((f) => f.message).join('\n'));
});

test('chat: recipient, relation and the message answered reach the draft model', () => {
  const body = 'Hi Jac, thanks for asking!\n\nThe price is 8% below last year.';
  const reply = compose(
    'msg',
    fields({ to: 'Jac', quoted: 'How much is it now?\nAnd the lead time?' }),
    body,
  );
  const d1 = parseDraft({ kind: 'msg', text: reply.text });
  assert.equal(d1.kind, 'msg');
  if (d1.kind !== 'msg') return;
  assert.equal(d1.frontMatter?.data.to, 'Jac');
  assert.equal(d1.recipientName, 'Jac');
  // formats.md: `reply: true` front matter, and the answered message as quoted lines (not the writer's).
  assert.equal(d1.frontMatter?.data.reply, true);
  assert.ok(reply.text.includes('> How much is it now?\n> And the lead time?\n\nHi Jac'));
  assert.equal(d1.quoted.length, 1);
  assert.match(d1.body.text.slice(d1.quoted[0]!.start, d1.quoted[0]!.end), /How much is it now\?/);
  assert.equal(reply.text.slice(reply.bodyStart, reply.bodyEnd), body);

  const familiar = parseDraft({
    kind: 'msg',
    text: compose('msg', fields({ relation: 'familiar' }), body).text,
  });
  assert.equal(familiar.kind === 'msg' && familiar.relation, 'familiar');
  assert.equal(familiar.context.relation, 'familiar');
  const replying = parseDraft({
    kind: 'msg',
    text: compose('msg', fields({ relation: 'reply' }), body).text,
  });
  assert.equal(replying.kind === 'msg' && replying.frontMatter?.data.reply, true);
  const cold = parseDraft({ kind: 'msg', text: compose('msg', fields({ relation: 'new' }), body).text });
  assert.equal(cold.context.relation, 'new');
  assert.equal(cold.context.firstContact, true);
  // Nothing said: no front matter at all, the body is the draft.
  assert.equal(compose('msg', emptyFields(), body).text, body);
});

test('chat: a recipient name that looks like YAML stays a name', () => {
  for (const to of ['pls', 'true', 'a: b', '王经理 #1', '"quoted"', 'null']) {
    const c = compose('msg', fields({ to }), 'Hello');
    const d = parseDraft({ kind: 'msg', text: c.text });
    assert.equal(d.kind === 'msg' && d.frontMatter?.data.to, to.trim(), c.text);
  }
});

test('fields and body survive compose → decompose (property)', () => {
  const line = fc.string({ maxLength: 12 }).map((t) => t.replace(/[\r\n]/g, ' '));
  const text = fc.array(line, { maxLength: 5 }).map((ls) => ls.join('\n'));
  fc.assert(
    fc.property(
      line,
      fc.constantFrom('' as const, 'new' as const, 'familiar' as const, 'reply' as const),
      text,
      text,
      (to, relation, quoted, body) => {
        const q = quoted
          .split('\n')
          .filter((l) => l.trim() && !/^[>＞]/.test(l))
          .join('\n');
        const b = body.replace(/^[>＞-]+/gm, '').replace(/^\n+/, '');
        const f = fields({
          to: to.trim().replace(/^[-\s]+/, ''),
          relation: q && relation === 'reply' ? '' : relation,
          quoted: q,
        });
        const c = compose('msg', f, b);
        if (c.raw) return;
        const back = decompose('msg', c.text, f);
        assert.equal(back.body, b);
        assert.equal(back.fields.to.trim(), f.to.trim());
        assert.equal(back.fields.quoted, q.replace(/^\n+|\n+$/g, ''));
      },
    ),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(line, line, text, fc.boolean(), (to, subject, body, withFile) => {
      const attachments = withFile ? [{ name: 'a.pdf', size: 3 }] : [];
      const f = fields({ to: to.trim(), subject: subject.trim(), attachments });
      const c = compose('eml', f, body);
      if (c.raw) return;
      const back = decompose('eml', c.text, f);
      assert.equal(back.body, body);
      assert.equal(back.fields.to, f.to.replace(/^\s+/, ''));
      assert.equal(back.fields.subject, f.subject.replace(/^\s+/, ''));
    }),
    { numRuns: 300 },
  );
});

test('a fix in the header block comes back as field values', () => {
  const body = 'Dear Jac,\n\nThe quote is below.\n\nBest regards,\nLin';
  const f = fields({ to: 'jac@buyer.example' });
  const c = compose('eml', f, body);
  // What "add a subject" does: a header line before the blank line.
  const at = c.text.indexOf('\n\n');
  const fixed = `${c.text.slice(0, at)}\nSubject: Quote for Q3${c.text.slice(at)}`;
  const back = decompose('eml', fixed, f);
  assert.equal(back.fields.subject, 'Quote for Q3');
  assert.equal(back.fields.to, 'jac@buyer.example');
  assert.deepEqual(back.fields.extra, []);
  assert.equal(back.body, body);
});

test('chat messages for copying: one per blank-line block, quotes and front matter left out, emoji and CRLF-free', () => {
  const body = '王总，您好！👋\n我是小李。\n\n\n> 对方的话\n优势有两条：\n1. 快\n2. 好\n\n   \n谢谢！';
  assert.deepEqual(
    chatMessages(body).map((m) => m.text),
    ['王总，您好！👋\n我是小李。', '优势有两条：\n1. 快\n2. 好', '谢谢！'],
  );
  assert.deepEqual(
    chatMessages('---\nto: Jac\n---\nHi Jac!\n\nBye').map((m) => m.text),
    ['Hi Jac!', 'Bye'],
  );
  assert.deepEqual(chatMessages('  \n\n'), []);
});

test('history: typing joins, fixes are steps of their own, undo and redo walk them in order', () => {
  const h = new History<string>(200, 1000);
  h.reset('');
  h.record('a', 'draft', true, 0);
  h.record('ab', 'draft', true, 100);
  h.record('abc', 'draft', true, 200);
  h.record('ABC', 'fix', false, 250);
  h.record('ABCd', 'draft', true, 300);
  assert.equal(h.undo(), 'ABC');
  assert.equal(h.undo(), 'abc');
  assert.equal(h.undo(), '');
  assert.equal(h.undo(), null);
  assert.equal(h.redo(), 'abc');
  assert.equal(h.redo(), 'ABC');
  // A new change drops the redo steps.
  h.record('ABCx', 'draft', true, 5000);
  assert.equal(h.canRedo, false);
  assert.equal(h.undo(), 'ABC');
  // Typing in another box, or after a pause, is a new step.
  const g = new History<string>(200, 1000);
  g.reset('');
  g.record('a', 'draft', true, 0);
  g.record('a1', 'subject', true, 10);
  g.record('a12', 'subject', true, 5000);
  assert.equal(g.undo(), 'a1');
  assert.equal(g.undo(), 'a');
  // Bounded.
  const k = new History<number>(5);
  k.reset(0);
  for (let i = 1; i <= 20; i++) k.record(i, 'x', false, i);
  let n = 0;
  while (k.undo() !== null) n++;
  assert.equal(n, 4);
});

test('every page string has English, Simplified and Traditional Chinese, the Chinese in Chinese punctuation', async () => {
  const { allStrings } = await import('../../web/src/strings');
  const strings = allStrings();
  assert.ok(Object.keys(strings).length > 50);
  for (const [key, t] of Object.entries(strings)) {
    assert.ok(t.en.trim() || key === 'ruleInEnglish', `${key}: English`);
    for (const zh of [t.zh, t.zhTw]) {
      assert.ok(zh.trim(), `${key}: Chinese`);
      // Placeholders, file extensions, an address and a key name may stay as they are.
      const prose = zh.replace(/\{\d+\}|\.(eml|txt)\b|<[^>]*>|Ctrl\+C|---|Cordial/g, '');
      assert.doesNotMatch(prose, /[,:;?!()]/, `${key}: ASCII punctuation in “${zh}”`);
      assert.doesNotMatch(prose, /[A-Za-z]{2,}/, `${key}: English words in “${zh}”`);
    }
    assert.doesNotMatch(
      t.zhTw,
      /[们这说设为请检没发关复换读产据项条认]/,
      `${key}: Simplified characters in zh-TW “${t.zhTw}”`,
    );
  }
});
