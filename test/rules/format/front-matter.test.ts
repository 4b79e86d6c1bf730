import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../server/src/core';
import { formatFindings } from './helpers';

const ids = (text: string) => formatFindings('format/front-matter', 'msg', text).map((f) => f.messageId);

test('format/front-matter: broken YAML, an unclosed fence, a list and a bad value are reported', () => {
  assert.deepEqual(ids('---\nto: [王经理\n---\n您好！'), ['yaml']);
  assert.deepEqual(ids('---\nto: Jac\n\nDear Jac, 😀'), ['unclosed']);
  assert.deepEqual(ids('---\n- a\n- b\n---\nHi'), ['notMapping']);
  assert.deepEqual(ids('---\r\nrelation: stranger\r\n---\r\nHi Jac'), ['badValue']);
});

test('format/front-matter: good front matter, CRLF and no front matter are silent', () => {
  assert.deepEqual(ids('---\nto: 王经理\nrelation: familiar\n---\n王经理，您好！😀'), []);
  assert.deepEqual(ids('---\r\nto: Jac Chen\r\nreply: true\r\n---\r\nHi Jac,\r\n'), []);
  assert.deepEqual(ids('Dear Jac,\n\n---\n\nA rule line in the body is not front matter.'), []);
});

test('format/front-matter: the body is still linted when the front matter is broken', () => {
  const { findings } = lint({ kind: 'msg', text: '---\nto: [王经理\n---\n木有问题' });
  assert.ok(findings.some((f) => f.ruleId === 'tone/slang'));
});
