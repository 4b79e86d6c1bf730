import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { allRules, docUrl } from '../../server/src/core';
import { BAD, BROKEN_FRONT_MATTER, bytes, cordial, cordialJson, tempTree } from './helpers';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };

describe('--format json', () => {
  const root = tempTree({
    'clean.msg': 'Hello\n',
    'drafts/first contact.msg': bytes('Hello\nab', BAD, '\n'),
    'crlf.msg': bytes('😀 line one\r\n😀😀', BAD, 'x\r\nend\r\n'),
    'cr.msg': bytes('one\rtwo\r\u{20000}', BAD, '\r'),
    'bom.msg': bytes('\uFEFF😀', BAD, '\n'),
  });

  test('one entry per file, clean files included, field for field', () => {
    const r = cordial(['check', 'clean.msg', 'drafts', '--format', 'json'], root);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    const json = JSON.parse(r.stdout) as unknown[];
    assert.deepEqual(json, [
      {
        file: 'clean.msg',
        context: {
          reply: false,
          forward: false,
          internal: false,
          relation: 'new',
          firstContact: true,
          evidence: [],
        },
        diagnostics: [],
      },
      {
        file: 'drafts/first contact.msg',
        context: {
          reply: false,
          forward: false,
          internal: false,
          relation: 'new',
          firstContact: true,
          evidence: [],
        },
        diagnostics: [
          {
            rule: 'format/encoding',
            severity: 'warning',
            message: 'The file is not valid UTF-8 (1 undecodable bytes); they would show as �.',
            range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } },
            fixes: [],
          },
        ],
      },
    ]);
  });

  test('each file carries the context Cordial read it in (formats.md, "Context"), with --fix too', () => {
    const head = (from: string, to: string, subject: string, extra = '') =>
      `From: ${from}\nTo: ${to}\nSubject: ${subject}\n${extra}Content-Type: text/plain; charset=utf-8\n\n`;
    const dir = tempTree({
      'reply.eml': `${head('lin@hengda.example', 'Jac <jac@buyer.example>', 'Re: price', 'In-Reply-To: <a@buyer.example>\n')}Jac,\n\nYes.\n\nOn Mon, 3 Nov 2026, Jac wrote:\n> Friday?\n`,
      'internal.eml': `${head('lin@hengda.example', 'zhang@hengda.example', '周报')}周报已放到共享盘。\n`,
      'answer.msg': '> 纸箱多少钱？\n\n亲，2.5元一个。\n',
      'forward.eml': `${head('lin@hengda.example', 'jac@buyer.example', 'Fwd: price', 'X-Cordial-Relation: familiar\n')}See below.\n`,
    });
    for (const args of [[], ['--fix']]) {
      const r = cordialJson(
        ['check', ...args, 'reply.eml', 'internal.eml', 'answer.msg', 'forward.eml'],
        dir,
      );
      const ctx = Object.fromEntries(r.json.map((f) => [f.file, f.context]));
      assert.deepEqual(ctx['reply.eml'], {
        reply: true,
        forward: false,
        internal: false,
        relation: 'familiar',
        firstContact: false,
        evidence: ['in-reply-to', 'subject-prefix', 'quoted-thread'],
      });
      assert.deepEqual(ctx['internal.eml'], {
        reply: false,
        forward: false,
        internal: true,
        relation: 'familiar',
        firstContact: false,
        evidence: ['domains'],
      });
      assert.deepEqual(ctx['answer.msg'], {
        reply: true,
        forward: false,
        internal: false,
        relation: 'new',
        firstContact: false,
        evidence: ['quoted-lines'],
      });
      assert.deepEqual(ctx['forward.eml'], {
        reply: false,
        forward: true,
        internal: false,
        relation: 'familiar',
        firstContact: false,
        evidence: ['subject-forward', 'x-cordial-relation'],
      });
    }
  });

  test('nothing but the JSON array on stdout, even with problems', () => {
    const dir = tempTree({ 'a.msg': BROKEN_FRONT_MATTER });
    const r = cordial(['check', '--format', 'json', 'a.msg'], dir);
    assert.equal(r.status, 1);
    assert.ok(r.stdout.trimStart().startsWith('['));
    assert.ok(r.stdout.trimEnd().endsWith(']'));
    const [file] = JSON.parse(r.stdout) as { diagnostics: Record<string, unknown>[] }[];
    assert.deepEqual(Object.keys(file!.diagnostics[0]!), ['rule', 'severity', 'message', 'range', 'fixes']);
  });

  test('positions are zero-based lines and UTF-16 characters: CRLF, CR, emoji, astral CJK, BOM', () => {
    const r = cordialJson(['check', 'crlf.msg', 'cr.msg', 'bom.msg'], root);
    const start = (i: number) => r.json[i]!.diagnostics[0]!.range;
    // "😀😀" is four UTF-16 code units: the bad byte is at character 4 of line 1; CRLF is one break.
    assert.deepEqual(start(0), { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } });
    // Lone CR breaks lines; U+20000 is two code units.
    assert.deepEqual(start(1), { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } });
    // The BOM is not a character of the draft.
    assert.deepEqual(start(2), { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } });
  });
});

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          help: { text: string };
          helpUri: string;
          defaultConfiguration: { level: string };
        }[];
      };
    };
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion };
      }[];
      fixes?: unknown[];
    }[];
  }[];
}

describe('--format sarif', () => {
  const root = tempTree({
    'sub/dir/crlf.msg': bytes('😀 one\r\n😀😀', BAD, 'x\r\n'),
    'err.msg': BROKEN_FRONT_MATTER,
    'clean.msg': 'Hello\n',
  });
  const run = (args: string[] = []) => {
    const r = cordial(['check', '.', '--format', 'sarif', ...args], root);
    return { ...r, sarif: JSON.parse(r.stdout) as Sarif };
  };

  test('SARIF 2.1.0, one run, tool.driver lists every registered rule with its help', () => {
    const { sarif, status, stderr } = run();
    assert.equal(status, 1);
    assert.equal(stderr, '');
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const driver = sarif.runs[0]!.tool.driver;
    assert.equal(driver.name, 'cordial');
    assert.equal(driver.version, pkg.version);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      allRules.map((r) => r.id),
    );
    for (const [i, d] of driver.rules.entries()) {
      const rule = allRules[i]!;
      assert.equal(d.shortDescription.text, rule.description.en);
      assert.equal(d.fullDescription.text, rule.explanation.en);
      assert.equal(d.help.text, rule.explanation.en);
      assert.equal(d.helpUri, docUrl(rule.id));
      assert.ok(['error', 'warning', 'note', 'none'].includes(d.defaultConfiguration.level), d.id);
    }
    const encoding = driver.rules.find((r) => r.id === 'format/encoding')!;
    assert.equal(encoding.defaultConfiguration.level, 'warning');
  });

  test('help text follows the locale', () => {
    const { sarif } = run(['--locale', 'zh']);
    const rules = sarif.runs[0]!.tool.driver.rules;
    assert.equal(rules[0]!.fullDescription.text, allRules[0]!.explanation.zh);
    assert.equal(rules[0]!.shortDescription.text, allRules[0]!.description.en);
  });

  test('results: rule, index, level, message, relative URI and one-based UTF-16 regions', () => {
    const { sarif } = run();
    const r = sarif.runs[0]!;
    assert.equal(r.columnKind, 'utf16CodeUnits');
    assert.equal(r.originalUriBaseIds['%SRCROOT%']!.uri, `${pathToFileURL(root).href}/`);
    const rules = r.tool.driver.rules;
    assert.deepEqual(
      r.results.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.artifactLocation.uri]),
      [
        ['format/front-matter', 'error', 'err.msg'],
        ['format/encoding', 'warning', 'sub/dir/crlf.msg'],
      ],
    );
    for (const x of r.results) {
      assert.equal(rules[x.ruleIndex]!.id, x.ruleId);
      assert.equal(typeof x.message.text, 'string');
      assert.equal(x.locations[0]!.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(x.fixes, undefined);
    }
    assert.deepEqual(r.results[1]!.locations[0]!.physicalLocation.region, {
      startLine: 2,
      startColumn: 5,
      endLine: 2,
      endColumn: 6,
    });
    assert.deepEqual(r.results[0]!.locations[0]!.physicalLocation.region, {
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 4,
    });
  });

  test('info and hint map to note; --quiet keeps errors only', () => {
    const info = run(['--rule', 'format/encoding=info', '--rule', 'format/front-matter=hint']);
    assert.equal(info.status, 0);
    assert.deepEqual(
      info.sarif.runs[0]!.results.map((x) => x.level),
      ['note', 'note'],
    );
    const quiet = run(['--quiet']);
    assert.deepEqual(
      quiet.sarif.runs[0]!.results.map((x) => x.ruleId),
      ['format/front-matter'],
    );
  });
});

describe('--format stylish', () => {
  const root = tempTree({
    'a.msg': BROKEN_FRONT_MATTER,
    'b/c.msg': bytes('😀 x\r\nab', BAD, '\n'),
    'clean.msg': 'Hello\n',
  });

  test('file, aligned rows with one-based line:column, summary', () => {
    const r = cordial(['check', '.'], root);
    assert.equal(r.status, 1);
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 3), [
      '',
      'a.msg',
      '  1:1  error  The front matter starts with `---` but has no closing `---` line.  format/front-matter',
    ]);
    assert.ok(lines.includes('b/c.msg'));
    assert.ok(
      lines.includes(
        '  2:3  warning  The file is not valid UTF-8 (1 undecodable bytes); they would show as �.  format/encoding',
      ),
    );
    assert.ok(!r.stdout.includes('clean.msg'));
    assert.ok(lines.includes('✖ 2 problems (1 error, 1 warning, 0 infos)'));
    assert.ok(!r.stdout.includes('--fix'), 'no fixable line without fixable findings');
  });

  test('no colours when piped, even without NO_COLOR', () => {
    const r = cordial(['check', '.'], root);
    assert.ok(!r.stdout.includes('\u001b['));
  });

  test('nothing at all when nothing is found', () => {
    const r = cordial(['check', 'clean.msg'], root);
    assert.equal(r.stdout, '');
    assert.equal(r.status, 0);
  });

  test('hints are counted apart from infos', () => {
    const r = cordial(['check', 'b', '--rule', 'format/encoding=hint'], root);
    assert.match(r.stdout, / {2}2:3 {2}hint {2}/);
    assert.match(r.stdout, /✖ 1 problem \(0 errors, 0 warnings, 0 infos, 1 hint\)/);
    const zh = cordial(['check', 'b', '--rule', 'format/encoding=hint', '--locale', 'zh'], root);
    assert.match(zh.stdout, /✖ 1 个问题（0 个错误，0 个警告，0 个提示，1 个建议）/);
  });
});
