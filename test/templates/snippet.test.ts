// biome-ignore-all lint/suspicious/noTemplateCurlyInString: snippet syntax (`${1:…}`) in plain strings is the subject
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeSnippetText, expandSnippet, parseSnippet, printSnippet } from '../../shared/templates/snippet';

describe('parseSnippet', () => {
  test('tab stops, placeholders, choices and the final stop', () => {
    const r = parseSnippet('Dear ${1:Jac}, ${2|good morning,good evening|}! $1 ${3} $0');
    assert.equal(r.ok, true);
    assert.deepEqual(
      r.placeholders.map((p) => [p.index, p.defaultValue, p.occurrences]),
      [
        [1, 'Jac', 2],
        [2, 'good morning', 1],
        [3, '', 1],
        [0, '', 1],
      ],
    );
    assert.deepEqual(r.placeholders[1]!.choices, ['good morning', 'good evening']);
  });

  test('nested placeholders: the default includes the inner default', () => {
    const r = parseSnippet('${1:Dear ${2:Jac}}, hello');
    assert.equal(r.ok, true);
    assert.equal(r.placeholders.find((p) => p.index === 1)!.defaultValue, 'Dear Jac');
    assert.equal(r.placeholders.find((p) => p.index === 2)!.defaultValue, 'Jac');
  });

  test('escapes: \\$ \\} \\\\ are literal; other backslashes stay', () => {
    assert.equal(expandSnippet('USD \\$5 \\} \\\\ a\\b'), 'USD $5 } \\ a\\b');
    assert.equal(expandSnippet('${1:a\\}b}'), 'a}b');
    assert.equal(expandSnippet('${1|a\\,b,c\\|d|}'), 'a,b');
    assert.equal(parseSnippet('${1|a\\,b,c\\|d|}').placeholders[0]!.choices!.join('/'), 'a,b/c|d');
  });

  test('a lone $ or } is text, as in VS Code', () => {
    assert.equal(expandSnippet('costs $ 5 } ok'), 'costs $ 5 } ok');
    assert.equal(expandSnippet('end $'), 'end $');
  });

  test('variables expand to their default or their name', () => {
    assert.equal(expandSnippet('$TM_FILENAME ${NAME:x} ${OTHER}'), 'TM_FILENAME x OTHER');
  });

  test('Chinese, emoji and CRLF pass through', () => {
    assert.equal(expandSnippet('${1:王经理}，您好！👋\r\n$1'), '王经理，您好！👋\r\n王经理');
  });

  const bad: [string, string, number, number][] = [
    ['Dear ${1:Jac, hello', 'unclosed', 0, 5],
    ['line\n  ${2|a,b}', 'unclosedChoice', 1, 2],
    ['${1|a,b', 'unclosedChoice', 0, 0],
    ['${1||}', 'emptyChoice', 0, 0],
    ['${1 x}', 'badPlaceholder', 0, 0],
    ['${}', 'badPlaceholder', 0, 0],
    ['x ${', 'unclosed', 0, 2],
    ['${1/a/b/}', 'transform', 0, 0],
    ['${1:Jac} ${1:Maria}', 'conflictingDefaults', 0, 9],
  ];
  for (const [text, code, line, character] of bad) {
    test(`malformed: ${JSON.stringify(text)} → ${code}`, () => {
      const r = parseSnippet(text);
      assert.equal(r.ok, false);
      assert.equal(r.error!.code, code);
      assert.equal(r.error!.line, line);
      assert.equal(r.error!.character, character);
      assert.deepEqual(r.placeholders, []);
      assert.throws(() => expandSnippet(text), /invalid snippet/);
    });
  }

  test('the same default twice is not a conflict', () => {
    assert.equal(parseSnippet('${1:Jac} ${1:Jac}').ok, true);
  });
});

describe('expandSnippet', () => {
  test('fills given values, mirrors them, and keeps defaults elsewhere', () => {
    const s = 'to: ${1:王经理}\n$1，您好！我是${2:林伟}。${3|先生,女士|}$0';
    assert.equal(expandSnippet(s), 'to: 王经理\n王经理，您好！我是林伟。先生');
    assert.equal(expandSnippet(s, { 1: '李总', 3: '女士' }), 'to: 李总\n李总，您好！我是林伟。女士');
  });

  test('a mirror before its definition still takes the definition', () => {
    assert.equal(expandSnippet('$1 / ${1:Jac}'), 'Jac / Jac');
  });

  test('a value for an outer stop replaces the nested ones; a value for an inner one shows inside', () => {
    assert.equal(expandSnippet('${1:Dear ${2:Jac}} $2', { 1: 'Hi Maria' }), 'Hi Maria Jac');
    assert.equal(expandSnippet('${1:Dear ${2:Jac}}', { 2: 'Maria' }), 'Dear Maria');
  });

  test('$0 with a value', () => {
    assert.equal(expandSnippet('a$0b', { 0: '|' }), 'a|b');
  });
});

describe('printSnippet / escapeSnippetText', () => {
  test('round trip', () => {
    const s = 'Dear ${1:Jac \\} x}, ${2|a\\,b,c|} \\$5 $0';
    const r = parseSnippet(s);
    assert.equal(expandSnippet(printSnippet(r.nodes)), expandSnippet(s));
  });

  test('escaped text inserts literally', () => {
    const text = 'Price: $5 {ok} \\ ${1:x}';
    assert.equal(expandSnippet(escapeSnippetText(text)), text);
  });
});
