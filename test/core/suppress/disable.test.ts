import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, disableEntries, disableForDraft, parseDraft } from '../../../server/src/core';
import type { DraftKind } from '../../../server/src/core/types';

/** The text after "Disable tone/emoticon for this draft", checked to parse back with the rule disabled. */
function disable(text: string, kind: DraftKind, ruleId = 'tone/emoticon'): string | null {
  const edits = disableForDraft(parseDraft({ kind, text }), ruleId);
  if (!edits) return null;
  const out = applyEdits(text, edits).output;
  const after = parseDraft({ kind, text: out });
  assert.ok(after.disabled.includes(ruleId), `${ruleId} not disabled in ${JSON.stringify(out)}`);
  assert.deepEqual(
    after.problems.filter((p) => p.ruleId === 'format/front-matter'),
    [],
    'the front matter stays valid',
  );
  return out;
}

describe('disableForDraft: .msg', () => {
  const table: [name: string, before: string, after: string][] = [
    [
      'no front matter: creates it',
      'Hello Jac 😀\n',
      '---\ncordial: { disable: [tone/emoticon] }\n---\nHello Jac 😀\n',
    ],
    [
      'no front matter, CRLF',
      'Hi 😀\r\n\r\nBye\r\n',
      '---\r\ncordial: { disable: [tone/emoticon] }\r\n---\r\nHi 😀\r\n\r\nBye\r\n',
    ],
    ['empty draft', '', '---\ncordial: { disable: [tone/emoticon] }\n---\n'],
    [
      'front matter without cordial',
      '---\nto: Jac\n---\nHi\n',
      '---\nto: Jac\ncordial: { disable: [tone/emoticon] }\n---\nHi\n',
    ],
    [
      'front matter without cordial, CRLF',
      '---\r\nto: Jac\r\nlang: en\r\n---\r\nHi 😀\r\n',
      '---\r\nto: Jac\r\nlang: en\r\ncordial: { disable: [tone/emoticon] }\r\n---\r\nHi 😀\r\n',
    ],
    ['empty front matter', '---\n---\nHi\n', '---\ncordial: { disable: [tone/emoticon] }\n---\nHi\n'],
    [
      'flow list: appended',
      '---\nto: Jac\ncordial: { disable: [tone/slang] }\n---\nHi\n',
      '---\nto: Jac\ncordial: { disable: [tone/slang, tone/emoticon] }\n---\nHi\n',
    ],
    [
      'empty flow list',
      '---\ncordial: { disable: [] }\n---\nHi\n',
      '---\ncordial: { disable: [tone/emoticon] }\n---\nHi\n',
    ],
    [
      'block list: a new item at the same indentation',
      '---\r\ncordial:\r\n  disable:\r\n    - tone/slang # not today\r\nlang: en\r\n---\r\nHi\r\n',
      '---\r\ncordial:\r\n  disable:\r\n    - tone/slang # not today\r\n    - tone/emoticon\r\nlang: en\r\n---\r\nHi\r\n',
    ],
    [
      'a string becomes a list',
      '---\ncordial: { disable: tone/slang }\n---\nHi\n',
      '---\ncordial: { disable: [tone/slang, tone/emoticon] }\n---\nHi\n',
    ],
    [
      'a comma-separated block string becomes a list',
      '---\ncordial:\n  disable: tone/slang, tone/vague\n---\nHi\n',
      '---\ncordial:\n  disable: [tone/slang, tone/vague, tone/emoticon]\n---\nHi\n',
    ],
    [
      'block map without disable keeps its comment',
      '---\ncordial:\n  other: 1 # note\n---\nHi\n',
      '---\ncordial:\n  other: 1 # note\n  disable: [tone/emoticon]\n---\nHi\n',
    ],
    [
      'flow map without disable',
      '---\ncordial: { other: 1 }\n---\nHi\n',
      '---\ncordial: { other: 1, disable: [tone/emoticon] }\n---\nHi\n',
    ],
    [
      'empty flow map',
      '---\ncordial: {}\n---\nHi\n',
      '---\ncordial: { disable: [tone/emoticon] }\n---\nHi\n',
    ],
    [
      'empty cordial',
      '---\ncordial:\nto: Jac\n---\nHi\n',
      '---\ncordial: { disable: [tone/emoticon] }\nto: Jac\n---\nHi\n',
    ],
    [
      'empty disable',
      '---\ncordial:\n  disable:\n---\nHi\n',
      '---\ncordial:\n  disable: [tone/emoticon]\n---\nHi\n',
    ],
  ];
  for (const [name, before, after] of table)
    test(name, () => {
      assert.equal(disable(before, 'msg'), after);
    });

  test('already disabled: nothing to do', () => {
    const d = parseDraft({ kind: 'msg', text: '---\ncordial: { disable: [tone/emoticon] }\n---\nHi\n' });
    assert.deepEqual(disableForDraft(d, 'tone/emoticon'), []);
  });

  test('broken or unexpected front matter is not rewritten', () => {
    for (const text of [
      '---\nto: [broken\n---\nHi\n',
      '---\nto: Jac\n\nHi\n',
      '---\ncordial: off\n---\nHi\n',
      '---\n- a\n---\nHi\n',
    ])
      assert.equal(disableForDraft(parseDraft({ kind: 'msg', text }), 'tone/emoticon'), null, text);
  });
});

describe('disableForDraft: .eml', () => {
  const table: [name: string, before: string, after: string][] = [
    [
      'adds the header before the blank line (CRLF)',
      'From: a@b.example\r\nSubject: Hi 😀\r\n\r\nBody\r\n',
      'From: a@b.example\r\nSubject: Hi 😀\r\nX-Cordial-Disable: tone/emoticon\r\n\r\nBody\r\n',
    ],
    [
      'extends the existing header',
      'From: a@b.example\nX-Cordial-Disable: tone/slang\nSubject: Hi\n\nBody\n',
      'From: a@b.example\nX-Cordial-Disable: tone/slang, tone/emoticon\nSubject: Hi\n\nBody\n',
    ],
    [
      'extends a folded header at its end',
      'From: a@b.example\nX-Cordial-Disable: tone/slang,\n structure/message-budget\n\nBody\n',
      'From: a@b.example\nX-Cordial-Disable: tone/slang,\n structure/message-budget, tone/emoticon\n\nBody\n',
    ],
    [
      'fills an empty header',
      'From: a@b.example\nX-Cordial-Disable:\nSubject: Hi\n\nBody\n',
      'From: a@b.example\nX-Cordial-Disable: tone/emoticon\nSubject: Hi\n\nBody\n',
    ],
    [
      'a header block with no blank line and no body, no final line break',
      'From: a@b.example\nSubject: Hi',
      'From: a@b.example\nSubject: Hi\nX-Cordial-Disable: tone/emoticon\n',
    ],
    [
      'a header block running into the body without a blank line',
      'From: a@b.example\r\nSubject: Hi\r\nDear Jac,\r\n',
      'From: a@b.example\r\nSubject: Hi\r\nX-Cordial-Disable: tone/emoticon\r\nDear Jac,\r\n',
    ],
  ];
  for (const [name, before, after] of table)
    test(name, () => {
      assert.equal(disable(before, 'eml'), after);
    });

  test('nothing for a binary file', () => {
    const d = parseDraft({
      kind: 'eml',
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    });
    assert.equal(disableForDraft(d, 'tone/emoticon'), null);
  });
});

describe('disableEntries', () => {
  const at = (text: string, kind: DraftKind) =>
    disableEntries(parseDraft({ kind, text })).map((e) => [
      e.ruleId,
      text.slice(e.span.start, e.span.end),
      e.source,
    ]);

  test('front matter lists, block lists and strings', () => {
    assert.deepEqual(
      at('---\nto: Jac\ncordial: { disable: [tone/emoticon, structure/message-budget] }\n---\nHi\n', 'msg'),
      [
        ['tone/emoticon', 'tone/emoticon', 'front-matter'],
        ['structure/message-budget', 'structure/message-budget', 'front-matter'],
      ],
    );
    assert.deepEqual(at('---\r\ncordial:\r\n  disable:\r\n    - "tone/slang"\r\n---\r\nHi\r\n', 'msg'), [
      ['tone/slang', '"tone/slang"', 'front-matter'],
    ]);
    assert.deepEqual(at('---\ncordial: { disable: tone/slang tone/vague }\n---\nHi\n', 'msg'), [
      ['tone/slang', 'tone/slang', 'front-matter'],
      ['tone/vague', 'tone/vague', 'front-matter'],
    ]);
    assert.deepEqual(at('Hi\n', 'msg'), []);
  });

  test('X-Cordial-Disable headers', () => {
    assert.deepEqual(
      at(
        'From: a@b.example\r\nX-Cordial-Disable: tone/slang, tone/vague;tone/jargon\r\nX-Cordial-Disable: email/length\r\n\r\nBody\r\n',
        'eml',
      ),
      [
        ['tone/slang', 'tone/slang', 'header'],
        ['tone/vague', 'tone/vague', 'header'],
        ['tone/jargon', 'tone/jargon', 'header'],
        ['email/length', 'email/length', 'header'],
      ],
    );
  });
});
