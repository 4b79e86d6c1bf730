import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEml } from '../../../server/src/core/eml/parse';
import { applyEdits, chooseFixes } from '../../../server/src/core/engine/fix';
import { rawMailboxes, recipientsExposed } from '../../../server/src/core/rules/email/recipients-exposed';
import { ruleTester, runRule } from '../../rule-tester';
import { eml, fixture, gbWord, word } from './helpers';

const B = 'Dear all,\n\nOur new catalogue is out.\n\nBest regards,\nLin Wei\nHengda Packaging';
const ZB = '各位客户：\n\n新产品目录已发布。\n\n此致\n敬礼\n林伟\n恒达包装';
const SIX = 'a@x.example, b@x.example, c@x.example, d@x.example, e@x.example, f@x.example';
const FROM = 'Lin Wei <lin.wei@hengda.example>';

/** An e-mail with the given address headers (in this order) and a fixed rest. */
function withHeaders(lines: string[], eol = '\n', body = B): string {
  return [...lines, 'Subject: New catalogue', 'Content-Type: text/plain; charset=utf-8', '', body].join(eol);
}

const cases = {
  plain: eml(B, {
    to: 'a@x.example, b@x.example, c@x.example',
    headers: ['Cc: d@x.example, "Chen, Jac" <e@x.example>, f@x.example'],
  }),
  groupFolded: withHeaders(
    [
      `From: ${FROM}`,
      `To: team: a@x.example, ${word('王经理')} <b@x.example>,\r\n c@x.example;, d@x.example`,
      'Cc: e@x.example (Eve), f@x.example',
      'Bcc: g@x.example',
    ],
    '\r\n',
    ZB,
  ),
};

ruleTester.run(recipientsExposed, {
  valid: [
    {
      code: eml(B, {
        to: 'a@hengda.example, b@hengda.example, c@hengda.example, d@hengda.example, e@hengda.example, f@sales.hengda.example',
      }),
      name: 'in context: internal mail, every address shares the sender’s domain',
    },
    {
      code: eml(`${ZB} 🎉`, {
        to: 'a@hengda.example, b@hengda.example, c@hengda.example, d@hengda.example, e@hengda.example, f@sales.hengda.example',
        eol: '\r\n',
      }),
      name: 'in context: internal mail in Chinese (emoji, CRLF)',
    },
    eml(B),
    {
      code: eml(B, {
        to: 'a@x.example, b@x.example, c@x.example',
        headers: ['Cc: d@x.example, e@x.example'],
      }),
      name: 'five',
    },
    { code: eml(B, { to: 'undisclosed-recipients:;', headers: [`Bcc: ${SIX}`] }), name: 'Bcc already' },
    {
      code: eml(ZB, { to: `${gbWord('王经理')} <wang@buyer.example>`, eol: '\r\n' }),
      name: 'GB2312 name, CRLF',
    },
    { code: eml(`${B} 🎉`, { to: 'a@x.example, b@x.example' }), name: 'emoji' },
  ],
  invalid: [
    {
      name: 'To and Cc together: To becomes the sender, everyone else goes to Bcc',
      code: cases.plain,
      errors: [{ messageId: 'exposed', line: 2, column: 1, endColumn: 42, data: { count: 6 } }],
      output: withHeaders(
        [
          `From: ${FROM}`,
          `To: ${FROM}`,
          'Bcc: a@x.example, b@x.example, c@x.example, d@x.example,\n "Chen, Jac" <e@x.example>, f@x.example',
        ],
        '\n',
        B,
      ).replace(
        'Subject: New catalogue',
        'Subject: Carton order 4500: delivery on 12 May\nX-Unsent: 1\nMIME-Version: 1.0',
      ),
    },
    {
      name: 'a group, a folded field, an encoded display name, a comment; existing Bcc extended; CRLF',
      code: cases.groupFolded,
      locale: 'zh',
      errors: [{ messageId: 'exposed', line: 2, endLine: 3, message: '密送' }],
      output: withHeaders(
        [
          `From: ${FROM}`,
          `To: ${FROM}`,
          `Bcc: g@x.example,\r\n a@x.example, ${word('王经理')} <b@x.example>, c@x.example, d@x.example,\r\n e@x.example (Eve), f@x.example`,
        ],
        '\r\n',
        ZB,
      ),
    },
    {
      name: 'no From: the first address stays in To',
      code: eml(B, { from: null, to: SIX }),
      errors: [{ messageId: 'exposed', data: { count: 6 } }],
      output: eml(B, {
        from: null,
        to: 'a@x.example\nBcc: b@x.example, c@x.example, d@x.example, e@x.example, f@x.example',
      }),
    },
    {
      name: 'only Cc: a To line takes its place',
      code: withHeaders([`From: ${FROM}`, `Cc: ${SIX}`]),
      errors: [{ messageId: 'exposed', line: 2 }],
      output: withHeaders([
        `From: ${FROM}`,
        `To: ${FROM}`,
        'Bcc: a@x.example, b@x.example, c@x.example, d@x.example, e@x.example,\n f@x.example',
      ]),
    },
    {
      name: 'emoji display names',
      code: withHeaders([`From: ${FROM}`, `To: "Jac 🎉" <a@x.example>, ${SIX.slice(13)}`, 'Cc: g@x.example']),
      errors: [{ messageId: 'exposed', data: { count: 7 } }],
      output: withHeaders([
        `From: ${FROM}`,
        `To: ${FROM}`,
        'Bcc: "Jac 🎉" <a@x.example>, b@x.example, c@x.example, d@x.example,\n e@x.example, f@x.example, g@x.example',
      ]),
    },
    {
      name: 'the announcement example',
      code: fixture('../../examples/en-announcement-bad.eml'),
      errors: [{ messageId: 'exposed', data: { count: 7 } }],
      output: fixture('../../examples/en-announcement-bad.eml').replace(
        /To: jac[\s\S]*?\r\nSubject/,
        'To: Lin Wei <lin.wei@hengda.example>\r\nBcc: jac@buyer.example, anna@buyer.example, tom@importer.example,\r\n kim@retail.example, sales@hengda.example,\r\n "Chen, Jac" <jac.chen@buyer.example>, li@agent.example\r\nSubject',
      ),
    },
  ],
});

const key = (a: { address: string }) => a.address.toLowerCase();

test('email/recipients-exposed: the fixed message parses with every recipient kept', () => {
  for (const [name, code] of Object.entries(cases)) {
    const before = parseEml({ kind: 'eml', text: code });
    const out = applyEdits(before.source, chooseFixes(runRule(recipientsExposed, { code }))).output;
    const after = parseEml({ kind: 'eml', text: out });
    assert.deepEqual(after.problems, [], `${name}: the result is a valid message`);
    const was = new Set([...before.to, ...before.cc, ...before.bcc].map(key));
    const now = new Set([...after.to, ...after.cc, ...after.bcc].map(key));
    const sender = key(before.from[0]!);
    assert.deepEqual(
      [...now].filter((a) => a !== sender || was.has(a)).sort(),
      [...was].sort(),
      `${name}: the same recipients`,
    );
    assert.deepEqual(after.to.map(key), [sender], `${name}: To is the sender`);
    assert.equal(after.cc.length, 0, `${name}: no Cc`);
    // display names survive, encoded words included
    const names = new Map([...before.to, ...before.cc, ...before.bcc].map((a) => [key(a), a.name]));
    for (const a of after.bcc) assert.equal(a.name, names.get(key(a)), `${name}: the name of ${a.address}`);
    assert.equal(after.body.text, before.body.text, `${name}: the body is unchanged`);
  }
});

test('email/recipients-exposed: raw mailboxes keep their text', () => {
  assert.deepEqual(rawMailboxes(' "Chen, Jac" <j@x>, team: a@x, =?UTF-8?B?546L?= <b@x>;, c@x (C, see)'), [
    '"Chen, Jac" <j@x>',
    'a@x',
    '=?UTF-8?B?546L?= <b@x>',
    'c@x (C, see)',
  ]);
  assert.deepEqual(rawMailboxes('undisclosed-recipients:;'), []);
});
