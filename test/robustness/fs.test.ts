/**
 * The file-system reproductions of issue 18, each as a test: `--fix` never loses a byte (two runs
 * at once, a full disk, an edit made meanwhile, links, read-only files), and hostile inputs
 * (FIFOs, huge drafts and configurations) neither hang nor crash the command.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createMultibyteEncoder } from '@exodus/bytes/multi-byte.js';
import { type CheckDeps, coreDeps } from '../../server/src/cli/check';
import { LOCK_FILE } from '../../server/src/cli/write';
import { CLI, cordial, rc, runIn, tempTree } from '../cli/helpers';

const isRoot = process.getuid?.() === 0;

/** Every rule on (the defaults), so drafts get real fixes. */
const ALL_ON = JSON.stringify({});

/** A chat draft with several fixes (slang, emoji, shouting, a promised count). */
const draft = (i: number) =>
  `说三条：\n1. 价格 ${i}\n2. 交期\n\nthx pls 👍!!! draft ${i} ${'x'.repeat(i % 300)}\n`;

function spawnCli(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => resolvePromise({ status, stderr }));
  });
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) out.set(name, readFileSync(join(dir, name), 'utf8'));
  return out;
}

describe('--fix: writes that cannot lose data', () => {
  test('two concurrent runs over 600 drafts lose nothing, leave no temporary file, and a third run changes nothing', async () => {
    const N = 600;
    const files: Record<string, string> = { '.cordialrc.json': ALL_ON };
    for (let i = 0; i < N; i++) files[`d${String(i).padStart(4, '0')}.msg`] = draft(i);
    const root = tempTree(files);
    const [a, b] = await Promise.all([
      spawnCli(['check', '.', '--fix'], root),
      spawnCli(['check', '.', '--fix'], root),
    ]);
    assert.notEqual(a.status, 2, a.stderr);
    assert.notEqual(b.status, 2, b.stderr);
    const after1 = snapshot(root);
    for (let i = 0; i < N; i++) {
      const text = after1.get(`d${String(i).padStart(4, '0')}.msg`)!;
      assert.ok(
        text.includes(`draft ${i} `),
        `draft ${i} kept its text: ${JSON.stringify(text.slice(0, 80))}`,
      );
      assert.ok(text.includes('交期'), `draft ${i} kept its list`);
    }
    assert.deepEqual(
      [...after1.keys()].filter((n) => !n.endsWith('.msg') && n !== '.cordialrc.json'),
      [],
      'no temporary or lock file left behind',
    );
    const third = cordial(['check', '.', '--fix'], root);
    assert.notEqual(third.status, 2, third.stderr);
    assert.deepEqual(snapshot(root), after1, 'fixing the fixed tree changes nothing');
  });

  test('a run waits for the lock of another run on the same folder, and takes over a stale one', () => {
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.msg': 'thx pls\n' });
    // A lock left by a process that no longer exists.
    writeFileSync(join(root, LOCK_FILE), '999999999\n');
    const r = cordial(['check', '.', '--fix'], root);
    assert.notEqual(r.status, 2, r.stderr);
    assert.match(readFileSync(join(root, 'a.msg'), 'utf8'), /please/);
    assert.throws(() => lstatSync(join(root, LOCK_FILE)), 'the lock is released');
  });

  test('a simulated write error (ENOSPC) leaves the draft intact, names it, and exits 2', async () => {
    const before = 'thx pls 👍!!!\n';
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.msg': before, 'b.msg': before });
    let calls = 0;
    const r = await runIn(root, ['check', '.', '--fix'], {
      writeFs: {
        writeSync: (_fd, _data, _offset, length) => {
          calls++;
          if (calls === 1) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          return length;
        },
      },
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /a\.msg: could not write the fixes: .*no space left/);
    assert.equal(readFileSync(join(root, 'a.msg'), 'utf8'), before, 'the original is intact');
    assert.deepEqual(
      readdirSync(root).sort(),
      ['.cordialrc.json', 'a.msg', 'b.msg'],
      'no temporary file left',
    );
    assert.doesNotMatch(r.stdout, /potentially fixable/);
  });

  test('a full disk (a 64 KB tmpfs) leaves the draft whole and exits 2', (t) => {
    if (!isRoot) return t.skip('mounting a tmpfs needs root');
    const mnt = mkdtempSync(join(tmpdir(), 'cordial-enospc-'));
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
    if (m.status !== 0) {
      rmSync(mnt, { recursive: true, force: true });
      return t.skip(`mount refused: ${String(m.stderr).trim()}`);
    }
    after(() => {
      spawnSync('umount', [mnt]);
      rmSync(mnt, { recursive: true, force: true });
    });
    writeFileSync(join(mnt, '.cordialrc.json'), ALL_ON);
    // One draft that takes most of the space: its fixed copy cannot fit beside it.
    const before = `thx pls 👍!!!\n${'正文内容。'.repeat(2800)}\n`;
    writeFileSync(join(mnt, 'big.msg'), before);
    const r = cordial(['check', 'big.msg', '--fix'], mnt);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /big\.msg: could not write the fixes/);
    assert.equal(readFileSync(join(mnt, 'big.msg'), 'utf8'), before, 'the draft is whole');
    assert.deepEqual(readdirSync(mnt).sort(), ['.cordialrc.json', 'big.msg']);
  });

  test('an edit saved while --fix runs is kept: the draft is skipped and the run says so', async () => {
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.msg': 'thx pls\n' });
    const edited = 'thx pls — edited meanwhile\n';
    const deps: CheckDeps = {
      ...coreDeps,
      fixAll: (text, kind, request) => {
        writeFileSync(join(root, 'a.msg'), edited);
        return coreDeps.fixAll(text, kind, request);
      },
    };
    const r = await runIn(root, ['check', 'a.msg', '--fix'], { deps });
    assert.equal(readFileSync(join(root, 'a.msg'), 'utf8'), edited);
    assert.match(r.stderr, /a\.msg: changed while it was being fixed/);
    assert.notEqual(r.status, 0);
  });

  test('a linked draft is never written without --follow-symlinks, nor ever when it points outside the folder', () => {
    const outside = tempTree({ '.cordialrc.json': ALL_ON, 'target.msg': 'thx pls\n' });
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'inner.msg': 'thx pls\n' });
    symlinkSync(join(outside, 'target.msg'), join(root, 'out.msg'));
    symlinkSync(join(root, 'inner.msg'), join(root, 'in.msg'));
    mkdirSync(join(root, 'sub'));
    symlinkSync(outside, join(root, 'sub', 'linkdir'));

    const r = cordial(['check', '.', '--fix'], root);
    assert.equal(
      readFileSync(join(outside, 'target.msg'), 'utf8'),
      'thx pls\n',
      'the outside file is untouched',
    );
    assert.match(r.stderr, /out\.msg: is a symbolic link; not fixed/);
    assert.match(r.stderr, /in\.msg: is a symbolic link; not fixed/);
    assert.notEqual(r.status, 0);
    assert.ok(lstatSync(join(root, 'out.msg')).isSymbolicLink(), 'the link stays a link');

    const f = cordial(['check', '.', '--fix', '--follow-symlinks'], root);
    assert.equal(readFileSync(join(outside, 'target.msg'), 'utf8'), 'thx pls\n', 'still untouched');
    assert.match(f.stderr, /out\.msg: links to a file outside the folder being fixed/);
    assert.match(f.stderr, /linkdir\/target\.msg: links to a file outside/);
    assert.ok(lstatSync(join(root, 'in.msg')).isSymbolicLink(), 'written through, not replaced');
    assert.match(readFileSync(join(root, 'inner.msg'), 'utf8'), /please/);
  });

  test('a read-only draft is not rewritten, even by root; the run exits non-zero', () => {
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'ro.msg': 'thx pls\n' });
    chmodSync(join(root, 'ro.msg'), 0o444);
    const r = cordial(['check', '.', '--fix'], root);
    assert.equal(readFileSync(join(root, 'ro.msg'), 'utf8'), 'thx pls\n');
    assert.match(r.stderr, /ro\.msg: is read-only; not fixed/);
    assert.notEqual(r.status, 0);
  });

  test('the mode of a fixed draft is kept, and no "fixable with --fix" line follows --fix', () => {
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.msg': 'thx pls 👍!!!\n' });
    chmodSync(join(root, 'a.msg'), 0o640);
    const r = cordial(['check', '.', '--fix'], root);
    assert.notEqual(r.status, 2, r.stderr);
    assert.equal(statSync(join(root, 'a.msg')).mode & 0o777, 0o640);
    assert.match(readFileSync(join(root, 'a.msg'), 'utf8'), /please/);
    assert.doesNotMatch(r.stdout, /fixable/);
    const plain = cordial(
      ['check', '.'],
      tempTree({ '.cordialrc.json': rc({ 'tone/slang': 'warning' }), 'b.msg': 'pls\n' }),
    );
    assert.match(plain.stdout, /potentially fixable/, 'without --fix the line is still there');
  });
});

describe('--fix: in the file’s own charset', () => {
  const gbk = (s: string) => Buffer.from(createMultibyteEncoder('gbk')(s));
  const head = (charset: string, cte: string) =>
    Buffer.from(
      'From: a@b.example\r\nTo: =?UTF-8?B?546L57uP55CG?= <w@c.example>\r\nSubject: =?UTF-8?B?5YWz5LqO5LqU5pyI5Lu35qC86KGo?=\r\n' +
        `Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n`,
    );
  const bodyOf = (b: Buffer) => b.subarray(b.indexOf('\r\n\r\n') + 4);

  test('an 8bit GBK body gets its fixes in GBK; the bytes around them are kept', async () => {
    const before = Buffer.concat([head('gb2312', '8bit'), gbk('价格请看附件，pls 确认。\r\n\r\n谢谢\r\n')]);
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.eml': before });
    const r = await runIn(root, ['check', 'a.eml', '--fix']);
    assert.notEqual(r.status, 2, r.stderr);
    const after = readFileSync(join(root, 'a.eml'));
    const text = new TextDecoder('gbk', { fatal: true }).decode(bodyOf(after));
    assert.match(text, /please 确认/, 'the slang fix is applied');
    assert.ok(
      after.subarray(0, head('gb2312', '8bit').length).equals(head('gb2312', '8bit')),
      'headers kept',
    );
    assert.ok(text.includes('价格请看附件，'), 'the GBK text before the fix is intact');
  });

  test('a 7bit gb2312 body never gets UTF-8: a Chinese greeting is written in GBK', async () => {
    const before = Buffer.concat([head('gb2312', '7bit'), Buffer.from('please see the price list.\r\n')]);
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.eml': before });
    await runIn(root, ['check', 'a.eml', '--fix']);
    const body = bodyOf(readFileSync(join(root, 'a.eml')));
    assert.equal(body.indexOf(Buffer.from('王经理', 'utf8')), -1, 'no UTF-8 Chinese in the GBK body');
    const text = new TextDecoder('gbk', { fatal: true }).decode(body);
    assert.match(text, /王经理/, 'the greeting names the reader, in GBK');
  });

  test('a charset that cannot take an edit exactly (ISO-2022-JP) gets no fix, and the run says why', async () => {
    const before = Buffer.from(
      'From: a@b.example\nTo: Li <w@c.example>\nSubject: Price list for May\nContent-Type: text/plain; charset=iso-2022-jp\n\npls see the price list\n',
    );
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'j.eml': before });
    const r = await runIn(root, ['check', 'j.eml', '--fix']);
    assert.ok(readFileSync(join(root, 'j.eml')).equals(before), 'the file is unchanged');
    assert.match(r.stderr, /j\.eml: \d+ fix\(es\) not applied: .*charset .*\(iso-2022-jp\)/);
  });

  test('a UTF-16 draft (with its BOM) is read, not called binary, and fixed in UTF-16', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('thx pls\r\n', 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'le.msg': le, 'be.msg': be });
    const check = await runIn(root, ['check', '.', '--format', 'json']);
    const json = JSON.parse(check.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    for (const f of json) {
      assert.ok(
        f.diagnostics.some((d) => d.rule === 'tone/slang'),
        `${f.file} is read as text`,
      );
      assert.ok(!f.diagnostics.some((d) => d.rule.startsWith('format/')), `${f.file}: no format problem`);
    }
    await runIn(root, ['check', '.', '--fix']);
    const afterLe = readFileSync(join(root, 'le.msg'));
    assert.deepEqual([...afterLe.subarray(0, 2)], [0xff, 0xfe]);
    assert.match(new TextDecoder('utf-16le').decode(afterLe.subarray(2)), /please/);
    const afterBe = readFileSync(join(root, 'be.msg'));
    assert.deepEqual([...afterBe.subarray(0, 2)], [0xfe, 0xff]);
    assert.match(new TextDecoder('utf-16be').decode(afterBe.subarray(2)), /please/);
  });
});

describe('inputs bounded everywhere (CLI)', () => {
  test('a FIFO named x.msg is reported, not waited on; other drafts are still checked', () => {
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.msg': 'thx pls\n' });
    if (spawnSync('mkfifo', [join(root, 'x.msg')]).status !== 0) return;
    const r = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.signal, null, 'the command did not hang');
    const json = JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string; message: string }[] }[];
    const fifo = json.find((f) => f.file === 'x.msg')!;
    assert.match(fifo.diagnostics[0]!.message, /not a regular file/);
    assert.ok(json.find((f) => f.file === 'a.msg')!.diagnostics.some((d) => d.rule === 'tone/slang'));
  });

  test('a .cordialrc.json that is a FIFO or a link to /dev/zero is one clear error (exit 2), without hanging or growing', () => {
    for (const make of [
      (p: string) => spawnSync('mkfifo', [p]).status === 0,
      (p: string) => {
        symlinkSync('/dev/zero', p);
        return true;
      },
    ]) {
      const root = tempTree({ '.cordialrc.json': null, 'a.msg': 'thx pls\n' });
      if (!make(join(root, '.cordialrc.json'))) continue;
      const r = spawnSync(process.execPath, ['--max-old-space-size=256', CLI, 'check', '.'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(r.signal, null, 'the command did not hang');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /cannot read configuration \.cordialrc\.json: not a regular file/);
    }
  });

  test('huge configurations: one clear message each, quickly, and a huge key is not echoed whole', () => {
    const cases: [string, string, RegExp][] = [
      ['deep', `{"rules": ${'['.repeat(5000)}${']'.repeat(5000)}}`, /nested more than \d+ levels deep/],
      [
        'words',
        JSON.stringify({ allowedWords: Array.from({ length: 125_000 }, () => 'a') }),
        /"allowedWords" has 125000 entries; at most 10000/,
      ],
      [
        'overrides 0.5 MB',
        JSON.stringify({
          overrides: Array.from({ length: 5000 }, (_, i) => ({
            files: [`d${i}/**/*.msg`],
            jargon: ['synergy'],
          })),
        }).padEnd(500_000, ' '),
        /"overrides" has 5000 entries; at most 200/,
      ],
      [
        'overrides 1.5 MB',
        JSON.stringify({ overrides: [{ files: ['*.msg'], jargon: ['x'.repeat(1_500_000)] }] }),
        /larger than 1 MB/,
      ],
      ['key', JSON.stringify({ ['k'.repeat(900_000)]: 1 }), /unknown key "k+…"/],
    ];
    for (const [name, text, expected] of cases) {
      const root = tempTree({ '.cordialrc.json': text, 'a.msg': 'thx pls\n' });
      const r = spawnSync(process.execPath, ['--max-old-space-size=512', CLI, 'check', '.'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      });
      assert.equal(r.signal, null, `${name}: no hang`);
      assert.equal(r.status, 2, `${name}: ${r.stderr.slice(0, 300)}`);
      assert.match(r.stderr, expected, name);
      assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, `${name}: no stack trace`);
      assert.ok(r.stderr.length < 2000, `${name}: the message is short (${r.stderr.length} characters)`);
    }
  });

  test('a YAML alias bomb in front matter: only the front matter is reported, the body is linted', async () => {
    let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    for (const [k, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ])
      bomb += `${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.msg': `---\n${bomb}---\nthx pls\n` });
    const r = await runIn(root, ['check', 'a.msg', '--format', 'json']);
    const rules = (JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }[])[0]!.diagnostics.map(
      (d) => d.rule,
    );
    assert.ok(rules.includes('format/front-matter'), 'the front matter is reported');
    assert.ok(rules.includes('tone/slang'), 'the body is linted');
    assert.ok(!rules.includes('format/unreadable'), 'the file is not unreadable');
  });

  test('file names with escape sequences are escaped on the terminal; a non-UTF-8 name is not "file not found"', async () => {
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'evil\u001b[31m.msg': 'thx pls\n' });
    writeFileSync(
      Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff]), Buffer.from('.msg')]),
      'thx pls\n',
    );
    const r = cordial(['check', '.'], root);
    assert.doesNotMatch(r.stdout + r.stderr, /\u001b/, 'no raw escape character reaches the terminal');
    assert.match(r.stdout, /evil\\u001b\[31m\.msg/);
    assert.doesNotMatch(r.stdout + r.stderr, /file not found/);
    assert.match(r.stderr + r.stdout, /bad-.*\.msg/);
  });

  test('formatters stream: 300,000 findings in JSON, SARIF and stylish, written in bounded chunks', async () => {
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'a.msg': 'x\n' });
    const many: CheckDeps = {
      ...coreDeps,
      lint: (input, request) => {
        const real = coreDeps.lint(input, request);
        const f = {
          ruleId: 'tone/slang',
          messageId: 'replace',
          severity: 'warning' as const,
          message: 'm',
          start: 0,
          end: 1,
          exact: true,
          fixes: [{ title: 't', edits: [{ start: 0, end: 1, newText: 'y' }] }],
          related: [],
          explanation: '',
          docUrl: '',
        };
        return { draft: real.draft, findings: Array.from({ length: 300_000 }, () => f) };
      },
    };
    for (const format of ['json', 'sarif', 'stylish']) {
      let writes = 0;
      let longest = 0;
      let total = 0;
      const r = await runIn(root, ['check', 'a.msg', '--format', format], {
        deps: many,
        stdout: (t) => {
          writes++;
          longest = Math.max(longest, t.length);
          total += t.length;
        },
      });
      assert.notEqual(r.status, 2, `${format}: ${r.stderr}`);
      assert.ok(writes > 10, `${format}: written in pieces (${writes})`);
      assert.ok(longest < 1024 * 1024, `${format}: no piece holds the whole report (${longest} of ${total})`);
    }
  });

  test('--fix on a 2 MB dense draft finishes under a generous bound of CPU time', async () => {
    const unit = 'thx pls 👍!!! 说三条：\n1. 价格\n2. 交期\n\nasap!!! u r gr8 :) 好的好的 \n';
    const text = unit.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(unit)));
    const root = tempTree({ '.cordialrc.json': ALL_ON, 'big.msg': text });
    const cpu0 = process.cpuUsage();
    const r = await runIn(root, ['check', 'big.msg', '--fix', '--format', 'json'], { stdout: () => {} });
    const cpu = process.cpuUsage(cpu0);
    const seconds = (cpu.user + cpu.system) / 1e6;
    assert.notEqual(r.status, 2, r.stderr);
    assert.notEqual(readFileSync(join(root, 'big.msg'), 'utf8'), text, 'fixed');
    console.log(`--fix on 2 MB dense: ${seconds.toFixed(1)} s of CPU`);
    // The quadratic choice took 515 s here; the linear one about a dozen seconds.
    assert.ok(seconds < 180, `took ${seconds.toFixed(0)} s of CPU`);
  });
});
