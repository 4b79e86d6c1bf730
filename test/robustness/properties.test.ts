/**
 * Property-based tests over random drafts: realistic chat and e-mail drafts (bench/corpus.ts)
 * with random Unicode spliced in (astral characters, ZWJ emoji, combining marks, right-to-left
 * text, zero-width characters, lone surrogates) and random line endings. For every draft:
 * linting never throws and no rule throws, every range lies inside the document and is
 * well-ordered, a fix's edits do not overlap, fix-all is idempotent, and text outside the fixed
 * spans is unchanged.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { draft, rng } from '../../bench/corpus';
import { applyEdits, chooseFixes, type DraftKind, type Finding, fixAll, lint } from '../../server/src/core';
import { COUNTED, countEnglishWords, countHan } from '../../server/src/core/text/lang';
import { splitLines, splitParagraphs } from '../../server/src/core/text/lines';
import { splitSentences } from '../../server/src/core/text/sentences';

const RUNS = Number(process.env.CORDIAL_PROPERTY_RUNS ?? 120);
/** A fixed seed keeps `npm test` deterministic; set CORDIAL_PROPERTY_SEED to explore others. */
const SEED = Number(process.env.CORDIAL_PROPERTY_SEED ?? 14);

/** Drafts on which fix-all once looped (each pass re-adding what the previous one added). */
const FIX_LOOPS: { kind: DraftKind; text: string }[] = [
  // email/signature: its placeholder signature is not recognised as one, so it is added again.
  { kind: 'eml', text: 'Subject: hi\n\nThank you!\n' },
  // greeting/generic: `Hi [称呼]` (the Chinese placeholder after an English greeting) is generic again.
  {
    kind: 'msg',
    text: '---\nrelation: familiar\n---\nHi there\n\n下面分三点简单介绍，您有空的时候看一下就好。Which option suits you better?\n',
  },
];

/** Pieces of hostile Unicode. */
const NASTY = [
  '😀',
  '👩‍👩‍👧‍👦', // ZWJ sequence
  '🏳️‍🌈',
  '👍🏽',
  '1️⃣',
  '🇨🇳',
  '𠀀𪚥', // astral Han
  'e\u0301\u0302', // combining marks
  '\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd', // Arabic, Hebrew
  '\u202e\u202b\u200f', // bidi controls
  '\u200b\u200c\u200d\ufeff\u2060', // zero-width
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u0000',
  '\u3000',
  '！！！',
  '?？',
  '...',
  '[语音 75秒]',
  '【视频',
  '---',
  '> ',
  '=?UTF-8?B?5p6X?=',
  '--b\n',
  'Content-Type: multipart/mixed; boundary=b\n',
];

const piece = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }), // any code unit, lone surrogates included
  fc.constantFrom('绝对', '在吗', 'ASAP', 'pls', '3Q', '亲', 'u', '晕', 'The best in the world'),
);

const eol = fc.constantFrom('\n', '\r\n', '\r');

/** A realistic draft with pieces inserted at random places and each line break replaced at random. */
const draftArb = fc
  .record({
    kind: fc.constantFrom<DraftKind>('msg', 'eml'),
    seed: fc.integer({ min: 1, max: 1 << 30 }),
    bytes: fc.integer({ min: 0, max: 2500 }),
    inserts: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), piece), { maxLength: 12 }),
    eols: fc.array(eol, { minLength: 1, maxLength: 8 }),
    encoding: fc.constantFrom('8bit', 'quoted-printable', 'base64' as const),
  })
  .map(({ kind, seed, bytes, inserts, eols, encoding }) => {
    let text = draft(rng(seed), { kind, bytes, lang: 'mixed', encoding });
    for (const [at, p] of inserts) {
      const i = Math.floor(at * text.length);
      text = text.slice(0, i) + p + text.slice(i);
    }
    let k = 0;
    text = text.replace(/\r\n|\n/g, () => eols[k++ % eols.length]!);
    return { kind, text };
  });

function checkRanges(text: string, findings: readonly Finding[]): void {
  const n = text.length;
  for (const f of findings) {
    assert.notEqual(f.ruleId, 'format/internal-error', `a rule threw: ${f.message}`);
    assert.ok(
      0 <= f.start && f.start <= f.end && f.end <= n,
      `${f.ruleId} range ${f.start}-${f.end} of ${n}`,
    );
    for (const r of f.related)
      assert.ok(0 <= r.start && r.start <= r.end && r.end <= n, `${f.ruleId} related ${r.start}-${r.end}`);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      for (const [i, e] of edits.entries()) {
        assert.ok(
          0 <= e.start && e.start <= e.end && e.end <= n,
          `${f.ruleId} edit ${e.start}-${e.end} of ${n}`,
        );
        const prev = edits[i - 1];
        if (prev) assert.ok(prev.end <= e.start, `${f.ruleId}: the edits of one fix overlap`);
      }
    }
  }
}

/** One fix pass, checked: no chosen edit is skipped, and text between the edits is unchanged. */
function checkedPass(text: string, findings: readonly Finding[]): string {
  const edits = chooseFixes(findings).sort((a, b) => a.start - b.start || a.end - b.end);
  const { output, skipped } = applyEdits(text, edits);
  assert.equal(skipped, 0, 'chooseFixes chose edits that overlap');
  let pos = 0;
  let out = 0;
  for (const e of edits) {
    const keep = text.slice(pos, e.start);
    assert.equal(output.slice(out, out + keep.length), keep, 'text outside the fixed spans changed');
    out += keep.length + e.newText.length;
    pos = e.end;
  }
  assert.equal(output.slice(out), text.slice(pos), 'text after the last fixed span changed');
  return output;
}

describe('random drafts', () => {
  test('lint never throws, no rule throws, every range is inside the document and well-ordered', () => {
    fc.assert(
      fc.property(draftArb, ({ kind, text }) => {
        const { draft: d, findings } = lint({ kind, text });
        checkRanges(d.source, findings);
        const zh = lint({ kind, text }, { locale: 'zh' });
        assert.equal(zh.findings.length, findings.length);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('the same from bytes (random UTF-8, some invalid)', () => {
    fc.assert(
      fc.property(
        draftArb,
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }),
        ({ kind, text }, junk) => {
          const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from(junk)]);
          const { draft: d, findings } = lint({ kind, bytes });
          checkRanges(d.source, findings);
        },
      ),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
  });

  test('fix passes change only the fixed spans; fix-all is idempotent', () => {
    fc.assert(
      fc.property(draftArb, ({ kind, text }) => {
        // Walk the passes of fixAll by hand to check each one.
        let cur = text;
        for (let pass = 0; pass < 10; pass++) {
          const { draft: d, findings } = lint({ kind, text: cur });
          checkRanges(d.source, findings);
          if (d.source !== cur) break; // a BOM was stripped: offsets index the source, not `cur`
          const next = checkedPass(cur, findings);
          if (next === cur) break;
          cur = next;
        }
        const once = fixAll(text, kind).output;
        const twice = fixAll(once, kind).output;
        assert.equal(twice, once, 'fix-all is not idempotent');
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED, examples: FIX_LOOPS.map((d) => [d]) },
    );
  });
});

describe('line endings', () => {
  test('front matter with lone-CR line endings is read like LF and CRLF', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['---', 'to: Anna', 'relation: familiar', '---', 'Hi Anna,', '', 'Thanks!', ''].join(eol);
      const { draft: d, findings } = lint({ kind: 'msg', text });
      assert.equal(d.recipientName, 'Anna', JSON.stringify(eol));
      assert.ok(!findings.some((f) => f.ruleId === 'format/front-matter'), JSON.stringify(eol));
    }
  });
});

describe('core helpers the benchmark sped up', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({
      unit: fc.constantFrom('a', 'B', "'", ' ', '中', '文', '\n', '\r', 'é', '𠀀', '。', '.'),
      maxLength: 200,
    }),
  );

  test('countHan and countEnglishWords count what their regular expressions match', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        assert.equal(countHan(t), t.match(COUNTED.han)?.length ?? 0);
        assert.equal(countEnglishWords(t), t.match(COUNTED.latinWord)?.length ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  test('cached splits equal fresh ones, and a caller cannot corrupt the cache', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const a = splitLines(t);
        const before = JSON.stringify(a);
        a.pop();
        a.reverse();
        assert.equal(JSON.stringify(splitLines(t)), before);
        const p = splitParagraphs(t, 3);
        const pBefore = JSON.stringify(p);
        p.length = 0;
        assert.equal(JSON.stringify(splitParagraphs(t, 3)), pBefore);
        const s = splitSentences(t);
        const sBefore = JSON.stringify(s);
        s.splice(0, 1);
        assert.equal(JSON.stringify(splitSentences(t)), sBefore);
      }),
      { numRuns: 300 },
    );
  });
});
