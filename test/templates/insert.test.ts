// biome-ignore-all lint/suspicious/noTemplateCurlyInString: snippet syntax (`${1:…}`) in plain strings is the subject
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtinTemplates } from '../../shared/templates/catalog';
import {
  applyPlannedEdits,
  dominantEol,
  type InsertPlan,
  planEmlInsert,
  planInsert,
  planMsgInsert,
} from '../../shared/templates/insert';
import { expandSnippet, parseSnippet } from '../../shared/templates/snippet';

const template = (key: string) => builtinTemplates().find((t) => t.key === key)!.body;
const QUOTE_EN = template('builtin:eml/quotation.en');
const MEETING_ZH = template('builtin:eml/meeting.zh');
const FIRST_ZH = template('builtin:msg/first-contact.zh');

/** What the editor ends up with: the header edits, then the body snippet with its defaults. */
function result(doc: string, plan: InsertPlan): string {
  const edited = applyPlannedEdits(doc, plan.headerEdits);
  assert.ok(plan.bodyInsertOffset >= 0 && plan.bodyInsertOffset <= edited.length);
  assert.equal(parseSnippet(plan.bodySnippet).ok, true, 'the body is a valid snippet');
  return (
    edited.slice(0, plan.bodyInsertOffset) +
    expandSnippet(plan.bodySnippet) +
    edited.slice(plan.bodyInsertOffset)
  );
}

function headerBlock(text: string): string[] {
  const end = text.search(/\r?\n\r?\n/);
  return text.slice(0, end).split(/\r?\n/);
}

describe('e-mail insert plan', () => {
  test('empty document: the whole template is the snippet, so the headers keep their tab stops', () => {
    const plan = planEmlInsert('', QUOTE_EN);
    assert.deepEqual(plan.headerEdits, []);
    assert.equal(plan.bodySnippet, QUOTE_EN);
    assert.equal(plan.bodyInsertOffset, 0);
    assert.equal(result('', plan), expandSnippet(QUOTE_EN));
  });

  test('a document of blank lines is replaced', () => {
    const plan = planEmlInsert('\n\n  \n', QUOTE_EN, 2);
    assert.deepEqual(plan.headerEdits, [{ start: 0, end: 5, newText: '' }]);
    assert.equal(result('\n\n  \n', plan), expandSnippet(QUOTE_EN));
  });

  test('headers but no Subject: Subject and the rest are added, From and To kept, body after the blank line', () => {
    const doc = 'From: Zhang Min <zhang.min@tongda.example>\nTo: Maria Lopez <maria@importer.example>\n\n';
    const plan = planEmlInsert(doc, QUOTE_EN, 0);
    const out = result(doc, plan);
    assert.deepEqual(headerBlock(out), [
      'From: Zhang Min <zhang.min@tongda.example>',
      'To: Maria Lopez <maria@importer.example>',
      'Subject: Q3 carton quotation: 8% below current price',
      'X-Unsent: 1',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ]);
    // The body follows the blank line; the writer's name comes from the kept From header.
    const body = out.slice(out.indexOf('\n\n') + 2);
    assert.ok(body.startsWith('Dear Jac,\n'), body);
    assert.match(body, /I'm Zhang Min, export manager at Hengda Packaging\./);
    assert.match(body, /\nKind regards,\nZhang Min\n/);
    assert.ok(!/\nFrom:|\nSubject:/.test(body), 'no header pasted into the body');
    // The name is a tab stop in the body, with the learned value.
    assert.match(plan.bodySnippet, /I'm \$\{1:Zhang Min\}/);
  });

  test('a Subject already written is kept; the template body goes at the cursor in the body', () => {
    const doc = 'Subject: Our prices for 2026\nTo: 李总 <li@importer.example>\n\n李总，您好！\n';
    const plan = planEmlInsert(doc, MEETING_ZH, doc.length);
    const out = result(doc, plan);
    const head = headerBlock(out);
    assert.equal(head.filter((l) => l.startsWith('Subject:')).length, 1);
    assert.ok(head.includes('Subject: Our prices for 2026'));
    assert.ok(head.includes('To: 李总 <li@importer.example>'));
    assert.ok(head.includes('From: 林伟 <lin.wei@hengda.example>'));
    assert.ok(head.includes('X-Unsent: 1'));
    assert.ok(out.includes('\n\n李总，您好！\n李总，您好！\n\n感谢您'), out);
  });

  test('empty Subject and To are filled in place', () => {
    const doc = 'Subject:\nTo:   \nX-Unsent: 1\n\nbody\n';
    const out = result(doc, planEmlInsert(doc, QUOTE_EN, 0));
    const head = headerBlock(out);
    assert.equal(head[0], 'Subject: Q3 carton quotation: 8% below current price');
    assert.equal(head[1], 'To: Jac Chen <jac@buyer.example>');
    assert.equal(head[2], 'X-Unsent: 1');
    assert.equal(head.filter((l) => l.startsWith('X-Unsent')).length, 1);
    assert.ok(out.endsWith('+86 574 8888 0000\nbody\n'), out);
  });

  test('a CRLF document keeps CRLF', () => {
    const doc =
      'From: Zhang Min <zhang.min@tongda.example>\r\nTo: Maria <maria@importer.example>\r\n\r\nHi\r\n';
    const plan = planEmlInsert(doc, QUOTE_EN, doc.length);
    for (const e of plan.headerEdits) assert.doesNotMatch(e.newText, /(^|[^\r])\n/);
    assert.doesNotMatch(plan.bodySnippet, /(^|[^\r])\n/);
    const out = result(doc, plan);
    assert.doesNotMatch(out, /(^|[^\r])\n/, 'no lone LF');
    assert.equal(dominantEol(out), '\r\n');
    assert.ok(out.includes('Subject: Q3 carton quotation: 8% below current price\r\n'));
    assert.ok(out.includes('\r\n\r\nHi\r\nDear Jac,\r\n'), JSON.stringify(out));
  });

  test('Content-Transfer-Encoding is not added beside an existing Content-Type', () => {
    const doc = 'To: a@x.example\nContent-Type: multipart/mixed; boundary="b"\n\n';
    const head = headerBlock(result(doc, planEmlInsert(doc, QUOTE_EN)));
    assert.ok(head.includes('Content-Type: multipart/mixed; boundary="b"'));
    assert.ok(!head.some((l) => l.startsWith('Content-Transfer-Encoding')));
    assert.equal(head.filter((l) => l.startsWith('Content-Type')).length, 1);
  });

  test('headers with no blank line after them get one', () => {
    for (const doc of ['To: Maria <maria@importer.example>', 'To: Maria <maria@importer.example>\n']) {
      const out = result(doc, planEmlInsert(doc, QUOTE_EN, doc.length));
      assert.match(out, /Content-Transfer-Encoding: 8bit\n\nDear Jac,\n/, JSON.stringify(out));
    }
    const doc = 'To: Maria <maria@importer.example>\nDear Maria,\n';
    const out = result(doc, planEmlInsert(doc, QUOTE_EN, 0));
    assert.match(out, /Content-Transfer-Encoding: 8bit\n\nDear Jac,\n[\s\S]*\nDear Maria,\n$/, out);
  });

  test('a document without headers gets a header block on top; its text stays the body', () => {
    const doc = 'Note: the call is at 10:00.\n\nSee you then.\n';
    const plan = planEmlInsert(doc, QUOTE_EN, doc.length);
    const out = result(doc, plan);
    assert.ok(out.startsWith('From: Lin Wei <lin.wei@hengda.example>\nTo: Jac Chen <jac@buyer.example>\n'));
    assert.ok(
      out.includes(
        'Content-Transfer-Encoding: 8bit\n\nNote: the call is at 10:00.\n\nSee you then.\nDear Jac,',
      ),
    );
  });

  test('a cursor in the headers puts the body at the start of the body', () => {
    const doc = 'To: Maria <maria@importer.example>\n\nexisting\n';
    const out = result(doc, planEmlInsert(doc, QUOTE_EN, 3));
    assert.match(out, /\n\nDear Jac,[\s\S]*0000\nexisting\n$/);
  });
});

describe('chat insert plan', () => {
  test('empty document: the whole template', () => {
    const plan = planMsgInsert('', FIRST_ZH);
    assert.equal(plan.bodySnippet, FIRST_ZH);
    assert.equal(result('', plan), expandSnippet(FIRST_ZH));
  });

  test('front matter is merged (its `to:` kept and used for the greeting), messages at the cursor', () => {
    const doc = '---\nto: 李总\nchannel: wechat\n---\n';
    const plan = planMsgInsert(doc, FIRST_ZH, doc.length);
    const out = result(doc, plan);
    assert.ok(
      out.startsWith('---\nto: 李总\nchannel: wechat\nrelation: new\nlang: zh\n---\n李总，您好！\n\n我是'),
      out,
    );
    assert.equal((out.match(/^---$/gm) ?? []).length, 2, 'one front matter');
    assert.match(plan.bodySnippet, /^\$\{1:李总\}，您好！/);
  });

  test('no front matter: one is added on top and the messages go at the cursor', () => {
    const doc = 'Dear Maria,\n\nsee below.\n';
    const out = result(doc, planInsert('msg', doc, FIRST_ZH, doc.length));
    assert.ok(
      out.startsWith(
        '---\nto: 王经理\nrelation: new\nchannel: wechat\nlang: zh\n---\nDear Maria,\n\nsee below.\n王经理，您好！',
      ),
    );
  });

  test('an unclosed front matter is left alone', () => {
    const doc = '---\nto: 李总\n';
    const plan = planMsgInsert(doc, FIRST_ZH, doc.length);
    assert.deepEqual(plan.headerEdits, []);
    assert.equal(plan.bodyInsertOffset, doc.length);
  });

  test('a CRLF chat draft keeps CRLF', () => {
    const doc = '---\r\nto: Maria\r\n---\r\nHello\r\n';
    const plan = planMsgInsert(doc, template('builtin:msg/price.en'), doc.length);
    const out = result(doc, plan);
    assert.doesNotMatch(out, /(^|[^\r])\n/);
    assert.ok(out.includes('Hello\r\nDear Maria, good morning!'), out);
  });
});
