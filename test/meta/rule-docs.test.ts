/**
 * The generated parts of the rule pages (metadata table, "Turning it off") are in step with the
 * rules' definitions: what `node --import tsx scripts/gen-rule-docs.ts --check` checks.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderPage } from '../../scripts/gen-rule-docs';
import { allRules } from '../../server/src/core/rules';

test('every rule page is in step with its rule (npm run gen:docs)', () => {
  const stale = allRules
    .filter((r) => {
      const page = readFileSync(`docs/rules/${r.id}.md`, 'utf8');
      return renderPage(r, page) !== page;
    })
    .map((r) => r.id);
  assert.deepEqual(stale, []);
});

test('the generated table follows the definition; the prose outside the markers stays', () => {
  const rule = allRules.find((r) => r.id === 'tone/emoticon')!;
  const page = [
    '# x',
    '',
    '[//]: # (begin generated metadata)',
    'old table',
    '[//]: # (end generated metadata)',
    '',
    'Hand-written 说明 🙂.',
    '',
    '## Turning it off',
    '',
    '[//]: # (begin generated turning-off)',
    '[//]: # (end generated turning-off)',
    '',
    'Extra.',
    '',
  ].join('\n');
  const out = renderPage(rule, page);
  assert.match(out, /\| Default severity \| `info` in `\.msg`, `warning` in `\.eml` \|/);
  assert.match(out, /\| Fix \| (yes|no) \|/);
  assert.doesNotMatch(out, /old table/);
  assert.match(out, /Hand-written 说明 🙂\.\n\n## Turning it off/);
  assert.match(out, /"tone\/emoticon": "off"/);
  assert.match(out, /X-Cordial-Disable: tone\/emoticon/);
  assert.match(out, /\(end generated turning-off\)\n\nExtra\.\n$/);
  assert.equal(renderPage(rule, out), out);
});

test('a chat-only rule gets no e-mail header; a page without markers is an error', () => {
  const msgOnly = allRules.find((r) => !r.appliesTo.includes('eml'))!;
  const page = readFileSync(`docs/rules/${msgOnly.id}.md`, 'utf8');
  assert.doesNotMatch(page, /X-Cordial-Disable/);
  assert.match(page, /cordial: \{ disable: \[/);
  assert.throws(() => renderPage(msgOnly, '# no markers\n'), /no markers/);
});
