// biome-ignore-all lint/suspicious/noTemplateCurlyInString: snippet syntax (`${1:…}`) in plain strings is the subject
/**
 * Every built-in template is a valid snippet and, once its placeholders are filled with ordinary
 * values, lints clean with every rule at its default severity. Rules are added over time: when a
 * new rule flags a template, the template is what changes (unless the rule is wrong).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { allRules, type Finding, LineIndex, lint } from '../../server/src/core';
import { toSimplifiedSameLength, toTraditional } from '../../server/src/core/analysis/script';
import { builtinTemplates, type TemplateEntry } from '../../shared/templates/catalog';
import { expandSnippet, parseSnippet, walk } from '../../shared/templates/snippet';

const templates = builtinTemplates();
const name = (t: TemplateEntry) => `${t.kind}/${t.id}.${t.lang}`;

/**
 * A second set of ordinary values, keyed by the default they replace, so each template is also
 * linted with a name, company and figures other than the ones it shows.
 */
const OTHER_VALUES: Record<string, string> = {
  王经理: '李总',
  Jac: 'Maria',
  'Jac Chen': 'Maria Lopez',
  林伟: '张敏',
  Lin: 'Zhang Min',
  'Lin Wei': 'Zhang Min',
  恒达包装: '通达纸业',
  恒达包装有限公司: '通达纸业有限公司',
  'Hengda Packaging': 'Tongda Paper',
  'Hengda Packaging Co., Ltd.': 'Tongda Paper Co., Ltd.',
  'lin.wei@hengda.example': 'zhang.min@tongda.example',
  'jac@buyer.example': 'maria@importer.example',
  'wang@buyer.example': 'li@importer.example',
  'hengda-quotation-q3.pdf': 'tongda-quote-2026.pdf',
  外贸经理: '销售总监',
  'export manager': 'sales director',
  'Export Manager': 'Sales Director',
  '+86 574 8888 0000': '+86 21 6666 1234',
  出口食品级纸箱: '电商快递纸箱',
  'food-grade cartons for export': 'shipping boxes for online shops',
  上周三: '上周五',
  'Last Wednesday': 'Last Friday',
  '40': '35',
  '2': '3',
  '1.8': '2.6',
  '30天': '15天',
  '30 days': '15 days',
  '0.42美元': '0.38美元',
  'USD 0.42': 'USD 0.38',
  '10000只': '5000只',
  '10,000 pieces': '5,000 pieces',
  周四: '周二',
  'on Thursday': 'on Tuesday',
  下周: '本周',
  'next week': 'this week',
  '15分钟': '20分钟',
  '15-minute': '20-minute',
  '30分钟': '45分钟',
  '30 minutes': '45 minutes',
};

/** Templates that describe an attachment the writer adds: linted with a small PDF attached. */
const ATTACHMENT: Record<string, string> = { 'eml/quotation': 'hengda-quotation-q3.pdf' };

const PDF_BASE64 = [
  'JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv',
  'YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK',
  'PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==',
].join('\n');

/**
 * What the writer's mail client does when they attach the file: the text/plain message becomes a
 * multipart/mixed one with the text part first and the PDF after it.
 */
function attachPdf(eml: string, filename: string): string {
  const split = eml.indexOf('\n\n');
  const headers = eml
    .slice(0, split)
    .split('\n')
    .filter((l) => !/^content-(type|transfer-encoding):/i.test(l));
  const body = eml.slice(split + 2);
  const b = '=_cordial_template_test';
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    `--${b}`,
    `Content-Type: application/pdf; name="${filename}"`,
    `Content-Disposition: attachment; filename="${filename}"`,
    'Content-Transfer-Encoding: base64',
    '',
    PDF_BASE64,
    `--${b}--`,
    '',
  ].join('\n');
}

function describeFindings(text: string, findings: Finding[]): string {
  const lines = new LineIndex(text);
  return findings
    .map((f) => {
      const p = lines.positionAt(f.start);
      return `  ${p.line + 1}:${p.character + 1} ${f.severity} ${f.ruleId} — ${f.message} «${text.slice(f.start, f.end)}»`;
    })
    .join('\n');
}

function assertClean(t: TemplateEntry, values: Record<number, string>, what: string): void {
  let text = expandSnippet(t.body, values);
  const attachment = ATTACHMENT[`${t.kind}/${t.id}`];
  if (attachment) text = attachPdf(text, values[attachmentStop(t)] ?? attachment);
  const { findings } = lint({ kind: t.kind, text }, { rules: allRules });
  assert.equal(
    findings.length,
    0,
    `${name(t)} (${what}) is not clean:\n${describeFindings(text, findings)}\n--- text ---\n${text}`,
  );
}

/** The tab stop that holds the attachment's file name. */
function attachmentStop(t: TemplateEntry): number {
  const p = parseSnippet(t.body).placeholders.find((x) => /\.pdf$/.test(x.defaultValue));
  assert.ok(p, `${name(t)}: no placeholder holds the attachment's file name`);
  return p.index;
}

describe('built-in templates: snippets', () => {
  test('the catalog has every purpose in both languages', () => {
    const want = [
      'msg/first-contact',
      'msg/after-sales',
      'msg/price',
      'msg/follow-up',
      'msg/complaint',
      'msg/voice-caption',
      'msg/video-caption',
      'eml/first-contact-email',
      'eml/quotation',
      'eml/meeting',
    ];
    for (const w of want) {
      for (const lang of ['zh', 'en']) {
        assert.ok(
          templates.some((t) => `${t.kind}/${t.id}` === w && t.lang === lang),
          `missing ${w} in ${lang}`,
        );
      }
    }
  });

  test('the generated catalog is up to date with templates/', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-templates.mjs', '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  for (const t of templates) {
    test(`${name(t)} parses, and its tab stops are numbered in order`, () => {
      const r = parseSnippet(t.body);
      assert.equal(r.ok, true, JSON.stringify(r.error));
      const numbered = r.placeholders.filter((p) => p.index !== 0).map((p) => p.index);
      assert.deepEqual(
        numbered,
        numbered.map((_, i) => i + 1),
        'tab stops run 1, 2, 3 … without gaps',
      );
      // Each stop is first met where it is defined (so the cursor lands on its default), and
      // first meetings come in numeric order (so Tab moves down the draft).
      const firstSeen: number[] = [];
      walk(r.nodes, (n) => {
        if ((n.type === 'tabstop' || n.type === 'choice') && n.index !== 0 && !firstSeen.includes(n.index)) {
          firstSeen.push(n.index);
          assert.ok(
            n.type === 'choice' || n.children,
            `${name(t)}: $${n.index} is used before it is defined`,
          );
        }
      });
      assert.deepEqual(firstSeen, numbered);
      for (const p of r.placeholders) {
        if (p.index !== 0) assert.notEqual(p.defaultValue.trim(), '', `$${p.index} has no default`);
      }
      const finals = r.placeholders.find((p) => p.index === 0);
      assert.ok(finals && finals.occurrences === 1, 'exactly one $0');
      assert.ok(!/\r/.test(t.body), 'LF line breaks');
      assert.ok(t.body.endsWith('\n'), 'ends with a line break');
    });

    if (t.kind === 'msg') {
      test(`${name(t)} has front matter addressed to \${1:…}, with relation and lang`, () => {
        assert.match(t.body, /^---\nto: \$\{1:[^}]+\}\n/);
        assert.match(t.body, /\nrelation: (new|familiar)\n/);
        // A Traditional template is Chinese: `lang: zh` (the script is read from the text).
        assert.match(t.body, new RegExp(`\\nlang: ${t.lang === 'zh-tw' ? 'zh' : t.lang}\\n---\\n`));
      });
    } else {
      test(`${name(t)} is a plain-text UTF-8 draft marked unsent`, () => {
        const head = t.body.slice(0, t.body.indexOf('\n\n'));
        assert.match(head, /^X-Unsent: 1$/m);
        assert.match(head, /^Content-Type: text\/plain; charset=utf-8$/m);
        assert.match(head, /^Subject: \$\{\d+:[^}]+\}$/m);
        assert.match(head, /^To: /m);
      });
    }
  }

  test('templates that describe an attachment say to attach it', () => {
    for (const t of templates.filter((x) => ATTACHMENT[`${x.kind}/${x.id}`])) {
      assert.match(t.description.en, /attach the quotation PDF/i);
      assert.match(t.description.zh, /附上报价单 PDF/);
    }
  });
});

describe('built-in templates: lint clean with every rule', () => {
  test(`the rule set is loaded (${allRules.length} rules)`, () => {
    assert.ok(allRules.length > 0);
  });

  for (const t of templates) {
    const placeholders = parseSnippet(t.body).placeholders;

    test(`${name(t)} with its defaults`, () => {
      assertClean(t, {}, 'defaults');
    });

    test(`${name(t)} with other ordinary values`, () => {
      const values: Record<number, string> = {};
      for (const p of placeholders) {
        // A Traditional template's defaults are the Simplified ones in Traditional characters.
        const tw = t.lang === 'zh-tw';
        const other = OTHER_VALUES[tw ? toSimplifiedSameLength(p.defaultValue) : p.defaultValue];
        if (other !== undefined) values[p.index] = tw ? toTraditional(other) : other;
      }
      assert.ok(Object.keys(values).length > 0, 'the value table covers some of its placeholders');
      assertClean(t, values, `values ${JSON.stringify(values)}`);
    });

    for (const p of placeholders.filter((x) => x.choices)) {
      test(`${name(t)} with every choice of $${p.index}`, () => {
        for (const choice of p.choices!) assertClean(t, { [p.index]: choice }, `$${p.index} = ${choice}`);
      });
    }
  }

  test('without its attachment, the quotation reminds the writer to attach it', () => {
    // Not a rule test: only a guard that the quotation's body does mention its attachment, so that
    // `email/attachment-missing` (once it exists) reminds the writer until the PDF is attached.
    for (const t of templates.filter((x) => ATTACHMENT[`${x.kind}/${x.id}`])) {
      const text = expandSnippet(t.body);
      assert.match(text, /附件|[Aa]ttached/);
      const ruleExists = allRules.some((r) => r.id === 'email/attachment-missing');
      if (ruleExists) {
        const { findings } = lint({ kind: 'eml', text }, { rules: allRules });
        assert.ok(
          findings.some((f) => f.ruleId === 'email/attachment-missing'),
          `${name(t)}: expected email/attachment-missing without the PDF`,
        );
      }
    }
  });
});
