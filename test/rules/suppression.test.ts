/**
 * Suppression, rule by rule: a rule disabled in a draft (front matter or `X-Cordial-Disable:`)
 * stays silent in that draft only; an allowed word stays silent in every draft of the
 * workspace (both kinds, every folder an override does not change) and nowhere else.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CordialConfig, lint, resolveConfig, resolveConfigFor } from '../../server/src/core';
import type { Rule } from '../../server/src/core/engine/rule';
import { absolute } from '../../server/src/core/rules/tone/absolute';
import { emoticon } from '../../server/src/core/rules/tone/emoticon';
import { jargon } from '../../server/src/core/rules/tone/jargon';
import { shouting } from '../../server/src/core/rules/tone/shouting';
import { slang } from '../../server/src/core/rules/tone/slang';
import { vague } from '../../server/src/core/rules/tone/vague';
import type { DraftKind } from '../../server/src/core/types';
import { ruleTester } from '../rule-tester';
import { eml } from './tone/helpers';

const withFrontMatter = (ids: string, body: string) =>
  `---\r\nto: Jac\r\ncordial: { disable: [${ids}] }\r\n---\r\n${body}`;
const withHeader = (ids: string, body: string) =>
  eml(body, '\r\n').replace('X-Unsent: 1\r\n', `X-Unsent: 1\r\nX-Cordial-Disable: ${ids}\r\n`);

interface Case {
  rule: Rule;
  /** A body the rule reports once, for `word`. */
  body: string;
  word: string;
  messageId: string;
  /** The body after the preferred fix, for fixable findings (null: no fix). */
  output: string | null;
  /** Another word of the same list, still reported when only `word` is allowed. */
  other: string;
  otherMessageId: string;
  otherOutput: string | null;
}

const CASES: Case[] = [
  {
    rule: slang,
    body: 'thx for the order 😀',
    word: 'thx',
    messageId: 'replace',
    output: 'Thanks for the order 😀',
    other: 'Got it, lol.',
    otherMessageId: 'reaction',
    otherOutput: 'Got it.',
  },
  {
    rule: jargon,
    body: 'We can leverage our network.',
    word: 'leverage',
    messageId: 'jargon',
    output: null,
    other: '我们会做好铺货。',
    otherMessageId: 'jargon',
    otherOutput: null,
  },
  {
    rule: absolute,
    body: 'We offer the best quality.',
    word: 'the best quality',
    messageId: 'absolute',
    output: null,
    other: '我们的产品最好。',
    otherMessageId: 'absolute',
    otherOutput: null,
  },
  {
    rule: vague,
    body: 'Please reply ASAP 🙏',
    word: 'ASAP',
    messageId: 'vague',
    output: null,
    other: '请尽快回复。',
    otherMessageId: 'vague',
    otherOutput: null,
  },
  {
    rule: shouting,
    body: 'This is URGENT.',
    word: 'URGENT',
    messageId: 'caps',
    output: 'This is urgent.',
    other: '太贵了！！！',
    otherMessageId: 'marks',
    otherOutput: '太贵了！',
  },
];

for (const c of CASES) {
  const id = c.rule.id;
  const allowed: CordialConfig = { allowedWords: [c.word] };
  const swapped = c.word === c.word.toLowerCase() ? c.word.toUpperCase() : c.word.toLowerCase();
  const allowedOtherCase: CordialConfig = { allowedWords: [swapped] };
  const fix = (output: string | null, wrap: (s: string) => string = (s) => s) =>
    output === null ? null : wrap(output);
  describe(`suppressing ${id}`, () => {
    ruleTester.run(c.rule, {
      valid: [
        { code: withFrontMatter(id, c.body), name: 'disabled in the front matter' },
        { code: withFrontMatter(`tone/emoticon, ${id}`, c.other), name: 'disabled with another rule' },
        { code: withHeader(id, c.body), kind: 'eml', name: 'disabled by X-Cordial-Disable' },
        { code: c.body, config: allowed, name: 'allowed word' },
        { code: c.body, config: allowedOtherCase, name: 'allowed word, any case' },
        { code: eml(c.body), kind: 'eml', config: allowed, name: 'allowed word in an e-mail' },
      ],
      invalid: [
        { code: c.body, errors: [{ messageId: c.messageId }], output: fix(c.output) },
        {
          code: withFrontMatter('tone/emoticon', c.body),
          name: 'another rule disabled',
          errors: [{ messageId: c.messageId }],
          output: fix(c.output, (o) => withFrontMatter('tone/emoticon', o)),
        },
        {
          code: withHeader('tone/emoticon', c.body),
          kind: 'eml',
          name: 'another rule disabled in an e-mail',
          errors: [{ messageId: c.messageId }],
          output: fix(c.output, (o) => withHeader('tone/emoticon', o)),
        },
        {
          code: c.other,
          config: allowed,
          name: 'a different word of the list is still reported',
          errors: [{ messageId: c.otherMessageId }],
          output: c.otherOutput,
        },
      ],
    });

    test('findings carry the word to allow', () => {
      const f = lint({ kind: 'msg', text: c.body }).findings.filter((x) => x.ruleId === id);
      assert.deepEqual(
        f.map((x) => x.allow),
        [c.word],
      );
    });
  });
}

ruleTester.run(emoticon, {
  valid: [
    { code: withFrontMatter('tone/emoticon', '好的😊'), name: 'disabled' },
    { code: withHeader('tone/emoticon', 'Great 😊'), kind: 'eml', name: 'disabled by header' },
  ],
  invalid: [
    {
      code: withFrontMatter('tone/slang', '好的😊'),
      errors: [{ messageId: 'emoji' }],
      output: withFrontMatter('tone/slang', '好的'),
    },
  ],
});

/** One workspace: several drafts, one configuration (with overrides), each draft at its path. */
function workspace(config: CordialConfig, drafts: Record<string, string>) {
  const resolved = resolveConfig(config);
  return Object.fromEntries(
    Object.entries(drafts).map(([path, text]) => {
      const kind = path.slice(-3) as DraftKind;
      const { findings } = lint({ kind, text }, { config: resolveConfigFor(path, resolved) });
      return [path, findings.map((f) => f.ruleId).filter((r) => r === 'tone/slang' || r === 'tone/emoticon')];
    }),
  );
}

describe('across a workspace', () => {
  test('a rule disabled in one draft stays silent in that draft only', () => {
    assert.deepEqual(
      workspace(
        {},
        {
          'a.msg': withFrontMatter('tone/slang', 'thx 😀'),
          'b.msg': 'thx 😀',
          'c.eml': withHeader('tone/slang', 'Dear Jac, thx 😀'),
          'd.eml': eml('Dear Jac, thx 😀'),
        },
      ),
      {
        'a.msg': ['tone/emoticon'],
        'b.msg': ['tone/slang', 'tone/emoticon'],
        'c.eml': ['tone/emoticon'],
        'd.eml': ['tone/slang', 'tone/emoticon'],
      },
    );
  });

  test('an allowed word stays silent in every draft of the workspace, and not in another workspace', () => {
    const drafts = { 'a.msg': 'thx', 'deep/b.eml': eml('Dear Jac, thx.'), 'c.msg': 'lol' };
    assert.deepEqual(workspace({ allowedWords: ['thx'] }, drafts), {
      'a.msg': [],
      'deep/b.eml': [],
      'c.msg': ['tone/slang'],
    });
    assert.deepEqual(workspace({}, drafts), {
      'a.msg': ['tone/slang'],
      'deep/b.eml': ['tone/slang'],
      'c.msg': ['tone/slang'],
    });
  });

  test('a word allowed by an override stays silent in its files only', () => {
    const config = { overrides: [{ files: ['vip/**'], allowedWords: ['thx'] }] };
    assert.deepEqual(
      workspace(config, { 'vip/a.msg': 'thx', 'vip/x/b.eml': eml('Dear Jac, thx.'), 'a.msg': 'thx' }),
      {
        'vip/a.msg': [],
        'vip/x/b.eml': [],
        'a.msg': ['tone/slang'],
      },
    );
  });
});
