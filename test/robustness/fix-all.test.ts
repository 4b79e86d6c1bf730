/**
 * Fix-all (issue 18): the choice of fixes is the same greedy choice as before, now in
 * O(n log n); fixing is idempotent on the real-text sample (test/fixtures, examples) and on
 * random drafts built from the pieces that once made it grow; a "Delete “…”" fix deletes what
 * it names and nothing more.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  applyEdits,
  chooseFixes,
  type DraftKind,
  type Finding,
  fixAll,
  kindOf,
  lint,
  type TextEdit,
} from '../../server/src/core';

const ROOT = resolve(__dirname, '../..');
const RUNS = Number(process.env.CORDIAL_PROPERTY_RUNS ?? 60);
const SEED = Number(process.env.CORDIAL_PROPERTY_SEED ?? 18);

function samples(): { name: string; kind: DraftKind; text: string }[] {
  const out: { name: string; kind: DraftKind; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const kind = kindOf(name);
        if (!kind) continue;
        try {
          const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(p));
          out.push({ name: p.slice(ROOT.length + 1), kind, text });
        } catch {
          // not UTF-8: the CLI fixes such files on the bytes path (test/robustness/fs.test.ts)
        }
      }
    }
  };
  walk(join(ROOT, 'test/fixtures'));
  walk(join(ROOT, 'examples'));
  return out;
}

/** The choice as it was made before (pairwise checks against every chosen fix): the reference. */
function quadraticChoice(findings: readonly Finding[]): TextEdit[] {
  const conflicts = (a: readonly TextEdit[], b: readonly TextEdit[]) => {
    for (const x of a)
      for (const y of b) {
        if (x.start < y.end && y.start < x.end) return true;
        if (x.start === y.start) return true;
        if ((x.start === x.end || y.start === y.end) && (x.start === y.end || y.start === x.end)) return true;
      }
    return false;
  };
  const chosen: TextEdit[][] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix || fix.edits.length === 0) continue;
    if (chosen.some((c) => conflicts(c, fix.edits))) continue;
    // within one fix, as before, edits that clash with each other are not chosen together
    if (fix.edits.some((x, i) => fix.edits.some((y, j) => j < i && conflicts([x], [y])))) continue;
    chosen.push(fix.edits);
  }
  return chosen.flat();
}

function finding(edits: TextEdit[]): Finding {
  return {
    ruleId: 'format/encoding',
    messageId: 'x',
    severity: 'warning',
    message: '',
    start: edits[0]?.start ?? 0,
    end: edits[0]?.end ?? 0,
    exact: true,
    fixes: [{ title: 'x', edits }],
    related: [],
    explanation: '',
    docUrl: '',
  };
}

const editArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('', 'a', 'bc'))
  .map(([start, len, newText]) => ({ start, end: start + len, newText }));

describe('chooseFixes', () => {
  test('chooses exactly what the pairwise reference chooses (random findings, overlapping and touching edits)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { maxLength: 40 }), (fixes) => {
        const findings = fixes.map(finding);
        assert.deepEqual(chooseFixes(findings), quadraticChoice(findings));
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  test('is not quadratic: 200,000 findings (each clashing with its neighbour) are chosen in well under the hang bound', () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 200_000; i++)
      findings.push(finding([{ start: i * 2, end: i * 2 + 3, newText: 'x' }]));
    // one far insertion chosen first, as greetings are
    findings.unshift(finding([{ start: 0, end: 0, newText: 'Dear Li,\n' }]));
    const t0 = performance.now();
    const chosen = chooseFixes(findings);
    const took = performance.now() - t0;
    assert.equal(chosen.length, 1 + 100_000);
    // The pairwise choice takes minutes here; the generous bound only catches a quadratic blow-up.
    assert.ok(took < 20_000, `took ${took.toFixed(0)} ms`);
    const out = applyEdits('y'.repeat(400_010), chosen);
    assert.equal(out.skipped, 0);
  });
});

describe('fix-all is idempotent', () => {
  test('on every UTF-8 draft of test/fixtures and examples', () => {
    const all = samples();
    assert.ok(all.length >= 20, `found ${all.length} samples`);
    for (const { name, kind, text } of all) {
      const once = fixAll(text, kind).output;
      assert.equal(fixAll(once, kind).output, once, `${name}: a second fix-all changed the text`);
    }
  });

  test('a recipient named like a slang word (`to: pls`, `to: 王经理 u`) gets at most one greeting', () => {
    for (const text of [
      '---\nto: pls\n---\nhello there\n',
      '---\nto: 王经理 u\n---\n你好，报价请看附件。\n',
      'To: pls <pls@example.com>\nSubject: Price\n\nhello there\n',
    ]) {
      const kind: DraftKind = text.startsWith('To:') ? 'eml' : 'msg';
      const once = fixAll(text, kind).output;
      const twice = fixAll(once, kind).output;
      assert.equal(twice, once, `${JSON.stringify(text)}: not idempotent`);
      assert.ok(once.length < text.length + 400, `${JSON.stringify(text)} grew to ${once.length}`);
    }
  });

  test('an HTML-only e-mail does not grow run after run', () => {
    const text =
      'From: me@example.com\r\nTo: Li Wei <li@example.com>\r\nSubject: Quote\r\nMIME-Version: 1.0\r\n' +
      'Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>pls see the price asap!!!</p>' +
      '<p>thx 👍</p><div>--<br>Sent from my phone</div></body></html>\r\n';
    const once = fixAll(text, 'eml').output;
    assert.equal(fixAll(once, 'eml').output, once);
  });

  test('on random drafts of the pieces that once made it grow (fast-check)', () => {
    const piece = fc.constantFrom(
      'pls ',
      'u ',
      'thx ',
      '王经理 ',
      'Hi there\n',
      '您好，',
      '👍',
      '!!!',
      '！！！',
      '说三点：\n1. 价格\n2. 交期\n',
      '[name] ',
      '\r\n',
      '\n\n',
      'asap ',
      ':) ',
      '好的好的',
      'Thank you!\n',
    );
    const msg = fc
      .tuple(fc.constantFrom('', 'pls', '王经理 u', 'Li', 'u'), fc.array(piece, { maxLength: 14 }))
      .map(([to, body]) => (to ? `---\nto: ${to}\n---\n` : '') + body.join(''));
    const eml = fc
      .tuple(fc.constantFrom('pls', 'Li Wei', '王经理 u'), fc.boolean(), fc.array(piece, { maxLength: 10 }))
      .map(
        ([to, html, body]) =>
          `To: ${to} <x@example.com>\nSubject: Quote\n${html ? 'Content-Type: text/html; charset=utf-8\n' : ''}\n` +
          (html ? `<p>${body.join('')}</p>` : body.join('')),
      );
    fc.assert(
      fc.property(
        fc.oneof(
          msg.map((t) => ['msg', t] as const),
          eml.map((t) => ['eml', t] as const),
        ),
        ([kind, text]) => {
          const once = fixAll(text, kind).output;
          assert.equal(fixAll(once, kind).output, once);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('a fix edits only what it names', () => {
  test('"Delete “…”" deletes exactly the named text (plus white space), in English and Chinese, CRLF included', () => {
    const cases = [
      'Thanks. 👍!!! See you\n',
      'Thanks.\r\n👍!!!\r\nSee you\r\n',
      '好的，👍！！！\n',
      'ok 👍 see you\n',
      'well, basically it works\n',
    ];
    let seen = 0;
    for (const text of cases)
      for (const f of lint({ kind: 'msg', text }).findings)
        for (const fix of f.fixes) {
          const m = /^(?:Delete|删除)\s*“(.+)”$/.exec(fix.title);
          if (!m || fix.edits.length !== 1) continue;
          const e = fix.edits[0]!;
          const removed = text.slice(e.start, e.end - e.newText.length).trim();
          assert.equal(
            removed,
            m[1],
            `${f.ruleId} in ${JSON.stringify(text)}: title names “${m[1]}”, edit removes “${removed}”`,
          );
          seen++;
        }
    assert.ok(seen >= 3, `checked ${seen} deletions`);
  });
});

describe('fix-all on the editor’s text never puts UTF-8 text into a legacy-charset part', () => {
  test('a gb2312 body gets no Chinese greeting from fix-all on text; a UTF-8 body does', () => {
    const eml = (charset: string) =>
      'From: a@b.example\r\nTo: =?UTF-8?B?546L57uP55CG?= <w@c.example>\r\nSubject: =?UTF-8?B?5YWz5LqO5LqU5pyI5Lu35qC86KGo?=\r\n' +
      `Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 7bit\r\n\r\nplease see the price list.\r\n`;
    const legacy = fixAll(eml('gb2312'), 'eml').output;
    const body = legacy.slice(legacy.indexOf('\r\n\r\n'));
    assert.doesNotMatch(body, /[^\u0000-\u007f]/, 'only ASCII added to the gb2312 body');
    assert.equal(fixAll(legacy, 'eml').output, legacy);
    const utf8 = fixAll(eml('utf-8'), 'eml').output;
    assert.match(utf8.slice(utf8.indexOf('\r\n\r\n')), /王经理/, 'the UTF-8 body is greeted by name');
  });
});
