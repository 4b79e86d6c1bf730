// biome-ignore-all lint/suspicious/noTemplateCurlyInString: snippet syntax (`${1:…}`) is the subject
/**
 * Every blank a fix or a template inserts is one `structure/placeholder` catches (rules.md: "A fix
 * finishes the job or says what is left"). Over fixture, example and random drafts (bench/corpus.ts
 * plus bad openings spliced in), every fix of every rule is applied on its own; any bracketed or
 * blank-looking text it newly inserts must then be reported by `structure/placeholder` as an
 * error. Built-in templates, left unexpanded, are caught as snippet syntax.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { chatDraft, emailDraft, rng } from '../../bench/corpus';
import { applyEdits, type DraftKind, lint } from '../../server/src/core';
import { MEDIA_RE } from '../../server/src/core/text/media';
import { builtinTemplates } from '../../shared/templates/catalog';
import { expandSnippet } from '../../shared/templates/snippet';

const isMedia = (tag: string) => new RegExp(`^(?:${MEDIA_RE.source})$`, 'iu').test(tag);

const RUNS = Number(process.env.CORDIAL_PROPERTY_RUNS ?? 60);
const SEED = Number(process.env.CORDIAL_PROPERTY_SEED ?? 20);

/** Text that looks like a blank to fill: brackets, angle names, mail-merge, tab stops, ellipses, X runs. */
const BLANK_LIKE =
  /\[[^[\]\r\n]{1,60}\]|【[^【】\r\n]{1,60}】|<[^<>\r\n@/:]{1,40}>|\{\{[^{}]*\}\}|\$\{?\d|…|\.\.\.|X{2,}|（待[^）]*）|\(to be [^)]*\)/g;

/** Openings and lines that make fixes fire, spliced into random drafts. */
const BAD_LINES = [
  '在吗',
  '亲，',
  '你好，在吗？',
  'Hi there',
  'Hi dear',
  '我们有三条优势：\n1. 价格低\n2. 交期快',
  'I have three points:\n1. Price',
  '有以下四点：',
  '[语音 60秒]',
  '[视频]',
  '[video]',
  'https://example.com/catalogue.pdf',
  '你必须今天付款😤',
  'You need to pay now',
  '木有问题，3Q',
  'pls confirm asap!!!',
  'PLEASE CONFIRM',
  '嗯嗯好的',
  '在嗎\n\n親，我們的紙箱品質很好😊',
];

function files(dir: string): { kind: DraftKind; text: string; name: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    const m = /\.(msg|eml)$/.exec(e.name);
    return m && !e.name.includes('.after.')
      ? [{ kind: m[1] as DraftKind, text: readFileSync(p, 'utf8'), name: p }]
      : [];
  });
}

function randomDrafts(): { kind: DraftKind; text: string; name: string }[] {
  const r = rng(SEED);
  const out: { kind: DraftKind; text: string; name: string }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const kind: DraftKind = r() < 0.6 ? 'msg' : 'eml';
    const lang = (['zh', 'en', 'mixed'] as const)[Math.floor(r() * 3)]!;
    const spec = { kind, lang, bytes: 300 + Math.floor(r() * 900), crlf: r() < 0.2 };
    let text = kind === 'msg' ? chatDraft(r, spec) : emailDraft(r, { ...spec, encoding: '8bit' as const });
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    // Splice bad lines in as messages/paragraphs after the header or front matter.
    const cut =
      kind === 'msg'
        ? text.lastIndexOf(`---${eol}`) + 3 + eol.length
        : text.indexOf(`${eol}${eol}`) + 2 * eol.length;
    const lines = Array.from({ length: 1 + Math.floor(r() * 3) }, () =>
      BAD_LINES[Math.floor(r() * BAD_LINES.length)]!.replace(/\n/g, eol),
    );
    if (cut > 0) text = text.slice(0, cut) + lines.join(eol + eol) + eol + eol + text.slice(cut);
    out.push({ kind, text, name: `random #${i} (${kind}, ${lang})` });
  }
  return out;
}

describe('every blank a fix inserts is caught by structure/placeholder', () => {
  const drafts = [...files('examples'), ...files('test/fixtures'), ...randomDrafts()];
  let fixesTried = 0;
  let blanksInserted = 0;

  for (const d of drafts) {
    test(d.name, () => {
      const { findings } = lint({ kind: d.kind, text: d.text });
      for (const f of findings) {
        for (const fix of f.fixes) {
          fixesTried++;
          const { output, skipped } = applyEdits(d.text, fix.edits);
          if (skipped) continue;
          // Where each inserted text lands in the output.
          const inserted: { start: number; text: string }[] = [];
          let shift = 0;
          for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
            inserted.push({ start: e.start + shift, text: e.newText });
            shift += e.newText.length - (e.end - e.start);
          }
          const blanks = lint({ kind: d.kind, text: output }).findings.filter(
            (x) => x.ruleId === 'structure/placeholder' && x.severity === 'error',
          );
          for (const ins of inserted) {
            for (const m of ins.text.matchAll(BLANK_LIKE)) {
              const text = m[0];
              if (isMedia(text) || d.text.includes(text)) continue; // copied, not inserted
              blanksInserted++;
              const at = ins.start + m.index;
              assert.ok(
                blanks.some((b) => b.start <= at && b.end >= at + Math.min(text.length, 1)),
                `${f.ruleId} “${fix.title}” inserts «${text}», which structure/placeholder does not report`,
              );
            }
          }
        }
      }
    });
  }

  test('the corpus exercises fixes that insert blanks', () => {
    assert.ok(fixesTried > 100, `${fixesTried} fixes tried`);
    assert.ok(blanksInserted > 20, `${blanksInserted} inserted blanks checked`);
  });
});

describe('templates: blanks only in forms structure/placeholder catches', () => {
  for (const t of builtinTemplates()) {
    test(`${t.kind}/${t.id}.${t.lang}: unexpanded, its tab stops are reported`, () => {
      const { draft, findings } = lint({ kind: t.kind, text: t.body });
      const body = draft.body.text;
      const stops = [...body.matchAll(/\$\{\d+[^}]*\}|\$\d/g)];
      assert.ok(stops.length > 0);
      const reported = findings.filter((f) => f.ruleId === 'structure/placeholder');
      for (const s of stops) {
        const at = draft.body.toSource(s.index, s.index + s[0].length);
        assert.ok(
          reported.some((f) => f.start <= at.start && f.end >= at.start + 1),
          `«${s[0]}» at ${s.index} is not reported`,
        );
      }
    });
    test(`${t.kind}/${t.id}.${t.lang}: expanded, no blank is left`, () => {
      const text = expandSnippet(t.body);
      const { findings } = lint({ kind: t.kind, text });
      assert.deepEqual(
        findings.filter((f) => f.ruleId === 'structure/placeholder').map((f) => text.slice(f.start, f.end)),
        [],
      );
    });
  }
});
