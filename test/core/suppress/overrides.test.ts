import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allRules, lint } from '../../../server/src/core';
import { resolveConfig, resolveConfigFor, validateConfig } from '../../../server/src/core/engine/config';

const known = new Set(allRules.map((r) => r.id));

describe('overrides', () => {
  const config = resolveConfig(
    { rules: { 'tone/slang': 'warning' }, allowedWords: ['ACME'] },
    {
      overrides: [
        { files: ['drafts/vip/**/*.eml'], rules: { 'tone/slang': 'error' }, allowedWords: ['thx'] },
        { files: ['*.msg'], excludedFiles: ['drafts/strict/**'], rules: { 'tone/emoticon': 'off' } },
        { files: ['drafts/vip/old/*.eml'], rules: { 'tone/slang': 'off' }, budgets: { emailWords: 500 } },
      ],
    },
  );

  test('apply per path, in order, later winning; lists add up', () => {
    const vip = resolveConfigFor('drafts/vip/a.eml', config);
    assert.equal(vip.rules['tone/slang'], 'error');
    assert.deepEqual(vip.allowedWords, ['ACME', 'thx']);
    const old = resolveConfigFor('drafts/vip/old/b.eml', config);
    assert.equal(old.rules['tone/slang'], 'off');
    assert.equal(old.budgets.emailWords, 500);
    assert.equal(old.budgets.messages, 3);
  });

  test('paths that match nothing get the same configuration back', () => {
    assert.equal(resolveConfigFor('drafts/a.eml', config), config);
    assert.equal(resolveConfigFor('../drafts/vip/a.eml', config), config, 'outside the folder');
  });

  test('excludedFiles leave a path out', () => {
    assert.equal(resolveConfigFor('x/a.msg', config).rules['tone/emoticon'], 'off');
    assert.equal(resolveConfigFor('drafts/strict/a.msg', config).rules['tone/emoticon'], undefined);
  });

  test('the overridden configuration changes what a draft reports', () => {
    const text = 'From: a@b.example\nTo: c@d.example\nSubject: Hi\n\nDear Jac, thx for the order.\n';
    const slang = (path: string) =>
      lint({ kind: 'eml', text }, { config: resolveConfigFor(path, config) }).findings.filter(
        (f) => f.ruleId === 'tone/slang',
      );
    assert.equal(slang('drafts/a.eml')[0]?.severity, 'warning');
    assert.deepEqual(slang('drafts/vip/a.eml'), [], 'thx is allowed for VIP drafts');
    assert.deepEqual(slang('drafts/vip/old/a.eml'), []);
  });
});

describe('validateConfig: overrides', () => {
  test('accepts a pattern or a list, rules, words, budgets', () => {
    const { config, errors } = validateConfig(
      {
        overrides: [
          { files: 'drafts/*.eml', rules: { 'tone/slang': 'off' } },
          {
            files: ['a/**', 'b/**'],
            excludedFiles: 'a/x/**',
            allowedWords: ['thx'],
            jargon: ['FOB'],
            budgets: { messages: 4 },
          },
        ],
      },
      known,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(config.overrides, [
      { files: ['drafts/*.eml'], rules: { 'tone/slang': 'off' } },
      {
        files: ['a/**', 'b/**'],
        excludedFiles: ['a/x/**'],
        allowedWords: ['thx'],
        jargon: ['FOB'],
        budgets: { messages: 4 },
      },
    ]);
  });

  test('reports every problem with its place and keeps the good parts', () => {
    const { config, errors } = validateConfig(
      {
        overrides: [
          { rules: { 'tone/slang': 'off' } },
          { files: [], rules: {} },
          { files: ['ok/**', '{a,b}'.repeat(12)], rules: { 'no/such': 'off', 'tone/slang': 'loud' } },
          { files: ['x'], overrides: [], templatesFolder: 't', colour: 'red' },
          'not an object',
        ],
      },
      known,
    );
    assert.deepEqual(errors, [
      'overrides[0] needs "files" (patterns of the drafts it applies to)',
      'overrides[1].files must not be empty',
      `overrides[2].files: pattern "${'{a,b}'.repeat(12)}": more than 256 alternatives`,
      'overrides[2]: unknown rule "no/such"',
      'overrides[2]: rule "tone/slang": severity must be one of off, hint, info, warning, error',
      'overrides[3]: "overrides" cannot be set in an override',
      'overrides[3]: "templatesFolder" cannot be set in an override',
      'overrides[3]: unknown key "colour"',
      'overrides[4] must be an object with "files"',
    ]);
    assert.deepEqual(config.overrides, [{ files: ['ok/**'], rules: {} }, { files: ['x'] }]);
    assert.deepEqual(validateConfig({ overrides: {} }, known).errors, [
      '"overrides" must be an array of { "files": [...], ... } objects',
    ]);
  });

  test('top-level messages are unchanged', () => {
    assert.deepEqual(validateConfig({ rules: { 'no/such': 'off' }, colour: 1 }, known).errors, [
      'unknown rule "no/such"',
      'unknown key "colour"',
    ]);
  });
});
