// Layer 2: the real UI. The packaged .vsix is installed into code-server (VS Code 1.139 in the
// browser), a copy of test/e2e/workspace/ opens in Restricted Mode (untrusted), and Chromium is
// driven through playwright-core as a user would: Problems panel, lightbulb, palette, quick pick,
// snippet tab stops, hover, status bar. Every step waits on what the page shows, with a time limit.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from '../../scripts/clean-env.mjs';
import { breakServer } from './break.mjs';
import { buildLangpack, registerLangpack } from './langpack.mjs';
import { node24Env } from './setup.mjs';
import { cordialLogErrors, freePort, startGroup, stopGroup, tail, waitForHttp } from './util.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const EXTENSION_FOLDER = 'cordial.cordial-';

/** Chinese or English strings of what the page shows, by display language. */
function strings(zh) {
  return zh
    ? {
        msgLanguage: '聊天草稿（Cordial）',
        emlLanguage: '邮件草稿（Cordial）',
        insertTemplate: 'Cordial: 插入模板…',
        fixAllSource: '修复所有 Cordial 问题',
        templateLabel: '首次联系（聊天）',
        templateLang: '中文',
        name: '李经理',
        channel: 'wecom',
        status: (s) =>
          new RegExp(
            `\\d+ 条消息（正文 ${s.messages}/${s.messageBudget}） · ${s.sentences}/${s.sentenceBudget} 句 · ${problems(s)} 个问题`,
          ),
        copyNext: 'Cordial: 复制下一条消息',
        next: /下一条：2\/\d+/,
        openInMailApp: 'Cordial: 在邮件应用中打开',
        copyAsEml: '复制为 .eml',
        openAnyway: '仍然打开',
        showDecoded: 'Cordial: 显示解码后的文字',
        decodedTab: '解码后',
        tooltip: /开场白之后有 \d+ 条正文消息；建议不超过 \d+ 条，最多 \d+ 条。/,
        unknownRule: /不存在的规则.*“tone\/emoji”/,
      }
    : {
        msgLanguage: 'Chat draft (Cordial)',
        emlLanguage: 'E-mail draft (Cordial)',
        insertTemplate: 'Cordial: Insert Template…',
        fixAllSource: 'Fix all Cordial problems',
        templateLabel: 'First contact (chat)',
        templateLang: 'English',
        name: 'Anna',
        channel: 'whatsapp',
        status: (s) => {
          const n = problems(s);
          return new RegExp(
            `\\d+ messages \\(${s.messages}/${s.messageBudget} content\\) · ${s.sentences}/${s.sentenceBudget} sentences · ${n} ${n === 1 ? 'problem' : 'problems'}`,
          );
        },
        copyNext: 'Cordial: Copy Next Message',
        next: /Next: 2\/\d+/,
        openInMailApp: 'Cordial: Open in Mail App',
        copyAsEml: 'Copy as .eml',
        openAnyway: 'Open anyway',
        showDecoded: 'Cordial: Show Decoded Text',
        decodedTab: 'decoded',
        tooltip: /\d+ content messages after the opening; the budget is \d+, at most \d+\./,
        unknownRule: /rules that do not exist.*"tone\/emoji"/,
      };
}

function problems(stats) {
  const p = stats.problems;
  return p.errors + p.warnings + p.infos + p.hints;
}

/** `[Ln 9, Col 9]` or `[行 9，列 9]` → { line, column }. */
function position(text) {
  const m = /\[(?:Ln|行) (\d+)[,，] ?(?:Col|列) (\d+)\]/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
}

function runCodeServer(tools, env, args) {
  return execFileSync(tools.node, [tools.codeServer, ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
}

/**
 * Runs the UI checks in one display language. Returns { passed, failed, results }.
 * options: tools, vsix, runDir, locale ('zh-cn' | 'en'), shots (folder for screenshots),
 * breakMode, expected (from expect.ts).
 */
export async function runUi({ tools, vsix, runDir, locale, shots, breakMode, expected }) {
  const zh = locale.startsWith('zh');
  const lang = zh ? 'zh' : 'en';
  const S = strings(zh);
  const dir = join(runDir, `layer2-${locale}`);
  rmSync(dir, { recursive: true, force: true });
  const ud = join(dir, 'user-data');
  const ext = join(dir, 'extensions');
  const ws = join(dir, 'workspace');
  for (const d of [ud, join(ud, 'User'), ext, join(dir, 'tmp'), shots]) mkdirSync(d, { recursive: true });
  cpSync(join(here, 'workspace'), ws, { recursive: true });
  const env = node24Env({
    XDG_CONFIG_HOME: join(dir, 'xdg-config'),
    XDG_DATA_HOME: join(dir, 'xdg-data'),
    XDG_CACHE_HOME: join(dir, 'xdg-cache'),
    TMPDIR: join(dir, 'tmp'),
  });
  const results = [];
  const log = (line) => process.stdout.write(`${line}\n`);
  log(`UI (${locale}), Restricted Mode, code-server ${tools.versions.codeServer}`);

  // ---- install: the packaged extension (and the language pack), fresh folders each run
  const install = (file) => {
    const out = runCodeServer(tools, env, [
      '--extensions-dir',
      ext,
      '--user-data-dir',
      ud,
      '--install-extension',
      file,
    ]);
    if (!/was successfully installed/.test(out)) throw new Error(`installing ${file} failed:\n${out}`);
  };
  install(vsix);
  if (zh) {
    install(buildLangpack(join(dir, 'langpack'), join(tools.serverMain, '..')));
    registerLangpack(ud, ext);
  }
  const installed = execFileSync('ls', [ext], { encoding: 'utf8' })
    .split('\n')
    .find((n) => n.startsWith(EXTENSION_FOLDER));
  if (!installed) throw new Error(`the .vsix did not install into ${ext}`);
  if (breakMode) await breakServer(join(ext, installed), breakMode);
  writeFileSync(
    join(ud, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'editor.unicodeHighlight.nonBasicASCII': false,
        'editor.unicodeHighlight.ambiguousCharacters': false,
        'workbench.tips.enabled': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'files.autoSave': 'off',
        'editor.minimap.enabled': false,
      },
      null,
      2,
    ),
  );

  // ---- start code-server on loopback, in its own process group
  const port = await freePort();
  const config = join(dir, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const serverLog = join(dir, 'code-server.log');
  const server = startGroup(
    tools.node,
    [
      tools.codeServer,
      '--config',
      config,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--reconnection-grace-time',
      '5',
      '--user-data-dir',
      ud,
      '--extensions-dir',
      ext,
      ...(zh ? ['--locale', 'zh-cn'] : []),
      ws,
    ],
    { env, logFile: serverLog },
  );

  let browser;
  let page;
  let context;
  let shotIndex = 0;
  // After a first failure the rest of the session waits less: a dead server would otherwise make
  // every check run into its full minute.
  const limits = { wait: 60_000 };
  const check = async (name, fn, timeoutMs = 180_000) => {
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`exceeded its ${timeoutMs / 1000} s limit`)), timeoutMs);
        }),
      ]);
      results.push({ name, ok: true, ms: Date.now() - started });
      log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      const error =
        err instanceof Error ? err.message.split('\n=====')[0].split('\nCall log:')[0] : String(err);
      results.push({ name, ok: false, ms: Date.now() - started, error });
      let where = '';
      if (page) {
        const file = join(dir, `failure-${++shotIndex}.png`);
        await page.screenshot({ path: file }).catch(() => {});
        where = `\n      screenshot: ${file}`;
      }
      const toasts = page
        ? (
            await page
              .locator('.notifications-toasts .notification-toast')
              .allInnerTexts()
              .catch(() => [])
          )
            .map((t) => t.replace(/\s+/g, ' ').trim())
            .filter(Boolean)
        : [];
      const notes = toasts.length ? `\n      notifications: ${toasts.join(' | ')}` : '';
      log(`  ✖ ${name} (${Date.now() - started} ms)\n      ${error}${notes}${where}`);
      if (limits.wait > 15_000) {
        limits.wait = 15_000;
        context?.setDefaultTimeout(limits.wait);
      }
      // Leave the page in a neutral state for the next check.
      await page?.keyboard.press('Escape').catch(() => {});
      await page?.keyboard.press('Escape').catch(() => {});
    } finally {
      clearTimeout(timer);
    }
  };

  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, {
      timeoutMs: 120_000,
      alive: server,
      logFile: serverLog,
    });
    const require = createRequire(join(tools.playwright, 'package.json'));
    const { chromium } = require(tools.playwright);
    browser = await chromium.launch({
      executablePath: tools.chromium,
      // Chromium's crash-report and cache folders go into the run folder, not into ~/.config.
      env: cleanEnv({ XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(zh ? ['--lang=zh-CN'] : []),
      ],
    });
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: zh ? 'zh-CN' : 'en-US',
    });
    context.setDefaultTimeout(limits.wait);
    page = await context.newPage();
    const ui = driver(page, ws, limits);

    const countFile = 'count-mismatch.msg';
    const exp = (file) => expected[file]?.[lang];
    if (!exp(countFile)) throw new Error(`no core expectations for ${countFile}`);

    await check('the workbench opens the folder in Restricted Mode', async () => {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
      await page.locator('.monaco-workbench').waitFor();
      await page.locator('.statusbar').waitFor();
      await page.locator('[id="status.workspaceTrust"]').waitFor();
    });

    await check(
      `Problems shows structure/count-mismatch at line 9, column 9 in ${zh ? 'Chinese' : 'English'}`,
      async () => {
        await ui.openFile(countFile);
        await ui.waitForText(
          '[id="status.editor.mode"]',
          S.msgLanguage,
          'the language mode in the status bar',
        );
        await ui.waitForErrorSquiggle();
        const want = exp(countFile).findings.find((f) => f.rule === 'structure/count-mismatch');
        if (!want) throw new Error(`the core reports no count mismatch on ${countFile}`);
        const row = await ui.problemRow('structure/count-mismatch');
        const pos = position(row);
        if (pos?.line !== 9 || pos.column !== 9)
          throw new Error(`the Problems row should say line 9, column 9: ${JSON.stringify(row)}`);
        if (!row.includes(want.message))
          throw new Error(
            `the Problems row should read ${JSON.stringify(want.message)}: ${JSON.stringify(row)}`,
          );
        if (zh && !/[\u4e00-\u9fff]/.test(await page.locator('.markers-panel').innerText()))
          throw new Error('the Problems panel shows no Chinese');
        await page.screenshot({ path: join(shots, `problems-${lang}.png`) });
      },
    );

    await check('the status bar shows the message and sentence counts of the chat draft', async () => {
      await ui.openFile(countFile);
      const text = S.status(exp(countFile).stats);
      const item = await ui.waitForStatusItem(text);
      const box = await item.boundingBox();
      const view = page.viewportSize();
      if (box && view) {
        const x = Math.max(0, box.x - 420);
        await page.screenshot({
          path: join(shots, 'status-bar.png'),
          clip: {
            x,
            y: Math.max(0, box.y - 60),
            width: Math.min(view.width - x, box.width + 440),
            height: box.height + 60,
          },
        });
      }
    });

    await check(
      'the preferred quick fix from the lightbulb changes the count, and the finding goes',
      async () => {
        await ui.openFile(countFile);
        const before = readFileSync(join(ws, countFile), 'utf8');
        const want = exp(countFile).findings.find((f) => f.rule === 'structure/count-mismatch');
        await ui.gotoFirstProblem(9, 9);
        await page.keyboard.press('Control+.');
        const row = await ui.actionRow(want.fixes[0]);
        await page.locator('.action-widget').first().waitFor();
        await page.screenshot({ path: join(shots, `quick-fix${zh ? '' : '-en'}.png`) });
        await row.click();
        await ui.save();
        const after = before.replace('说三点', '说两点');
        await ui.waitForDisk(countFile, after);
        await ui.waitForStatusItem(
          S.status({ ...exp(countFile).stats, problems: { errors: 0, warnings: 0, infos: 0, hints: 0 } }),
        );
        await ui.waitForNone('.monaco-editor .squiggly-error', 'the error squiggle to go');
        await ui.waitForNoProblemRow('structure/count-mismatch');
      },
    );

    await check('"Fix all Cordial problems" fixes every fixable finding and nothing else', async () => {
      const file = 'fix-all.msg';
      await ui.openFile(file);
      const before = readFileSync(join(ws, file), 'utf8');
      await ui.waitForErrorSquiggle();
      // The source-action menu opens for the focused editor only, and may open before the
      // server has answered: focus the editor and ask again (up to three times) when it
      // comes up without the action, rather than sleeping.
      let row;
      for (let attempt = 1; !row; attempt++) {
        await page.keyboard.press('Control+1');
        await page.locator('.monaco-editor.focused').first().waitFor();
        await ui.runCommand('Source Action', /Source Action|源代码操作/);
        try {
          row = await ui.actionRow(S.fixAllSource);
        } catch (err) {
          if (attempt >= 3) throw err;
          await page.keyboard.press('Escape');
        }
      }
      await row.click();
      await ui.save();
      const after = before
        .replace('询价！！！', '询价！')
        .replace('说三点', '说两点')
        .replace('木有问题', '没有问题');
      await ui.waitForDisk(file, after);
      const remaining = exp(file).findings.filter((f) => !f.fixes.length).length;
      await ui.waitForStatusItem(
        zh ? new RegExp(` ${remaining} 个问题$`) : new RegExp(` ${remaining} problems?$`),
      );
      await ui.waitForNone('.monaco-editor .squiggly-error', 'the error squiggles to go');
    });

    await check('"Cordial: Insert Template…": pick, fill two tab stops, and it lints clean', async () => {
      const file = 'template.msg';
      await ui.openFile(file);
      await ui.runCommand(S.insertTemplate, S.insertTemplate);
      const rows = page.locator('.quick-input-list .monaco-list-row');
      const pick = rows.filter({ hasText: S.templateLabel }).filter({ hasText: S.templateLang }).first();
      await pick.waitFor();
      await page.screenshot({ path: join(shots, `template-pick${zh ? '' : '-en'}.png`) });
      await pick.click();
      await ui.waitForText('.monaco-editor .view-lines', 'relation:', 'the template in the editor');
      await page.keyboard.type(S.name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(S.channel);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await ui.save();
      const text = await ui.waitForDisk(file, (t) =>
        t.includes(`to: ${S.name}\n`) && t.includes(`channel: ${S.channel}\n`) ? t : undefined,
      );
      if (text.split(S.name).length < 3)
        throw new Error(`the name is not mirrored into the greeting:\n${text}`);
      // Counts of the filled draft (not of the empty file it was) and no problem at all.
      await ui.waitForStatusItem(
        zh
          ? /[1-9]\d* 条消息（正文 \d+\/\d+） · [1-9]\d*\/\d+ 句 · 0 个问题$/
          : /[1-9]\d* messages \(\d+\/\d+ content\) · [1-9]\d*\/\d+ sentences · 0 problems$/,
      );
      await ui.waitForNone(
        '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info',
        'no squiggles',
      );
    });

    await check(
      'an .eml with a missing attachment and a vague subject: both findings, and the hover explains',
      async () => {
        const file = 'attachment.eml';
        await ui.openFile(file);
        await ui.waitForText(
          '[id="status.editor.mode"]',
          S.emlLanguage,
          'the language mode in the status bar',
        );
        await ui.waitForErrorSquiggle();
        const findings = exp(file).findings;
        for (const rule of ['email/attachment-missing', 'email/subject-vague']) {
          const want = findings.find((f) => f.rule === rule);
          if (!want) throw new Error(`the core reports no ${rule} on ${file}`);
          const row = await ui.problemRow(rule);
          const pos = position(row);
          if (!pos || pos.line !== want.line || pos.column !== want.column || !row.includes(want.message))
            throw new Error(
              `Problems row for ${rule} should be at ${want.line}:${want.column} reading ${JSON.stringify(want.message)}: ${JSON.stringify(row)}`,
            );
        }
        const vague = findings.find((f) => f.rule === 'email/subject-vague');
        await ui.gotoProblem('email/subject-vague', vague.line, vague.column);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const hover = page
          .locator('.monaco-hover:not(.hidden)')
          .filter({ hasText: vague.explanation.slice(0, 30) });
        await hover.first().waitFor();
        await page.screenshot({ path: join(shots, `hover${zh ? '' : '-en'}.png`) });
        // One message per hover: the diagnostic's message once, the explanation once.
        const hoverText = await hover.first().innerText();
        const times = (text) => hoverText.split(text).length - 1;
        if (times(vague.message.slice(0, 30)) !== 1 || times(vague.explanation.slice(0, 30)) !== 1)
          throw new Error(`the hover should say the message and the explanation once each:\n${hoverText}`);
        if (zh && /为什么重要:/.test(hoverText)) throw new Error('an ASCII colon in the Chinese hover');
        await page.keyboard.press('Escape');
      },
    );

    await check(
      '"Show Decoded Text" opens the decoded e-mail beside the draft, with its findings',
      async () => {
        await ui.openFile('encoded.eml');
        await ui.waitForErrorSquiggle();
        await ui.runCommand(S.showDecoded, S.showDecoded);
        await page.locator('.tabs-container .tab').filter({ hasText: S.decodedTab }).first().waitFor();
        // Only the decoded view shows the Chinese: the draft beside it shows =E6=88=91….
        await page.locator('.view-line').filter({ hasText: '我们的优势有三点' }).first().waitFor();
        await page.locator('.monaco-editor .squiggly-error').nth(1).waitFor();
        await page.screenshot({ path: join(shots, `decoded${zh ? '' : '-en'}.png`) });
        // Close every editor (and so the second group) for the checks after this one.
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+W');
        await ui.waitForNone('.tabs-container .tab', 'the editors to close');
        // Closed, the view takes its findings out of Problems.
        await page
          .locator('.markers-panel .monaco-list-row')
          .filter({ hasText: S.decodedTab })
          .first()
          .waitFor({ state: 'detached' });
      },
    );

    // The checks below open files from the Explorer: after a command's notification, Quick Open
    // (Ctrl+P) sometimes closed again before its row could be picked.
    const openFromExplorer = async (name) => {
      await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first().click();
      // Away from the Explorer, whose row would show its path as a hover over what comes next.
      await page.mouse.move(900, 470);
      await page.locator('.tabs-container .tab.active').filter({ hasText: name }).first().waitFor();
      await page.keyboard.press('Control+1');
      await page.locator('.monaco-editor.focused').first().waitFor();
    };

    await check('the status bar tooltip says in words what each count counts', async () => {
      await openFromExplorer(countFile);
      // The quick fix above made this draft clean: its counts, with no problem left.
      const item = await ui.waitForStatusItem(
        S.status({ ...exp(countFile).stats, problems: { errors: 0, warnings: 0, infos: 0, hints: 0 } }),
      );
      await item.hover();
      await page.getByText(S.tooltip).first().waitFor();
      await page.screenshot({ path: join(shots, `status-tooltip${zh ? '' : '-en'}.png`) });
      await page.mouse.move(900, 470);
    });

    await check('"Copy Next Message" copies one message and the status bar shows the next', async () => {
      await openFromExplorer(countFile);
      await ui.runCommand(S.copyNext, S.copyNext);
      await ui.waitForStatusItem(S.next);
      await page.screenshot({ path: join(shots, `copy-next${zh ? '' : '-en'}.png`) });
    });

    await check(
      '"Open in Mail App" in code-server says why not and offers Copy as .eml, staying on the page',
      async () => {
        await openFromExplorer('encoded.eml');
        const url = page.url();
        await ui.runCommand(S.openInMailApp, S.openInMailApp);
        // The draft has an error: a dialog asks first.
        const dialog = page.locator('.monaco-dialog-box');
        await dialog.waitFor();
        await dialog.locator('.monaco-button').filter({ hasText: S.openAnyway }).first().click();
        const toast = page.locator('.notification-toast').filter({ hasText: S.copyAsEml }).first();
        await toast.waitFor();
        await page.screenshot({ path: join(shots, `mail-app${zh ? '' : '-en'}.png`) });
        if (page.url() !== url || /vscode-remote:/.test(page.url()))
          throw new Error(`the tab navigated away: ${page.url()}`);
        await toast.locator('.monaco-button').filter({ hasText: S.copyAsEml }).first().click();
      },
    );

    await check('an unknown rule ID in .cordialrc.json: one warning in the display language', async () => {
      const toast = page.locator('.notification-toast').filter({ hasText: 'tone/emoji' }).first();
      // A toast the workbench hides at once (it does so at times in headless Chromium) is still in
      // the notification centre: look there too, so the check is about the warning, not the toast.
      const inCentre = page
        .locator('.notifications-center .notification-list-item')
        .filter({ hasText: 'tone/emoji' })
        .first();
      let found = toast;
      // The drafts the earlier checks opened are still open: the server re-reads the file for them
      // when it changes. (Re-opening a draft here while the file is written made the editor wait.)
      // The server reads the file when the editor's file watcher reports it; a watcher event can
      // come late or not at all, so write the file again (up to three times) rather than wait on.
      for (let attempt = 1; ; attempt++) {
        writeFileSync(
          join(ws, '.cordialrc.json'),
          `{ "rules": { "tone/emoji": "off" } }${' '.repeat(attempt)}\n`,
        );
        try {
          await toast.waitFor({ timeout: 10_000 });
          break;
        } catch (err) {
          await page
            .locator('[id="status.notifications"]')
            .click({ timeout: 5_000 })
            .catch(() => {});
          try {
            await inCentre.waitFor({ timeout: 3_000 });
            found = inCentre;
            break;
          } catch {
            await page.keyboard.press('Escape');
          }
          if (attempt >= 3) throw err;
        }
      }
      const text = await found.innerText();
      if (!S.unknownRule.test(text))
        throw new Error(`the warning should read ${S.unknownRule}: ${JSON.stringify(text)}`);
      if (/unknown rule/.test(text) && zh)
        throw new Error(`English in the Chinese warning: ${JSON.stringify(text)}`);
      await page.screenshot({ path: join(shots, `unknown-rule${zh ? '' : '-en'}.png`) });
      if (found === inCentre) await page.keyboard.press('Escape');
      rmSync(join(ws, '.cordialrc.json'));
    });

    await check('word wrap is on for drafts, and the outline numbers no message twice', async () => {
      await openFromExplorer('wrap.msg');
      // Eight lines in the file; the long Chinese line wraps onto more than one view line.
      await page.waitForFunction(
        () => document.querySelectorAll('.monaco-editor .view-lines .view-line').length > 8,
        null,
        {
          timeout: 30_000,
        },
      );
      // The breadcrumbs name the symbol under the cursor: the message "1. 质量稳定…", not "2. 1. 质量稳定…".
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+End');
      const crumbs = page.locator('.breadcrumbs-control').first();
      await crumbs.filter({ hasText: '1. 质量稳定' }).waitFor();
      const text = await crumbs.innerText();
      if (/\d\.\s*\d\./.test(text)) throw new Error(`a message numbered twice: ${JSON.stringify(text)}`);
      if (/前置信息|Front matter/.test(text))
        throw new Error(`jargon in the outline: ${JSON.stringify(text)}`);
      await page.screenshot({ path: join(shots, `word-wrap${zh ? '' : '-en'}.png`) });
      await page.keyboard.press('Escape');
    });

    await check('still in Restricted Mode at the end, with no error from the extension', async () => {
      await page.locator('[id="status.workspaceTrust"]').waitFor();
      const crash = await page
        .locator('.markers-panel .monaco-list-row')
        .filter({ hasText: 'format/internal-error' })
        .count();
      if (crash) throw new Error('the Problems panel shows format/internal-error');
    });
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    results.push({ name: `UI session (${locale})`, ok: false, ms: 0, error });
    log(`  ✖ UI session (${locale}): ${error}\n${tail(serverLog)}`);
  } finally {
    await browser?.close().catch(() => {});
    await stopGroup(server);
  }
  const passed = results.filter((r) => r.ok).length;
  log(`UI (${locale}): ${passed} passed, ${results.length - passed} failed`);
  const serverErrors = passed === results.length ? [] : cordialLogErrors(ud);
  return { passed, failed: results.length - passed, results, serverErrors };
}

/** Page helpers: each waits for what the page shows, never for a fixed time. */
function driver(page, ws, limits) {
  const quickInput = page.locator('.quick-input-widget .quick-input-box input');
  const quickRows = page.locator('.quick-input-list .monaco-list-row');

  async function waitForText(selector, expected, what) {
    const loc = page.locator(selector).first();
    try {
      await page.waitForFunction(
        ([sel, text]) => {
          const el = document.querySelector(sel);
          return !!el && (el.textContent ?? '').includes(text);
        },
        [selector, expected],
        { timeout: limits.wait },
      );
    } catch {
      const now = await loc.textContent().catch(() => null);
      throw new Error(
        `waiting for ${what} to read ${JSON.stringify(expected)}; it reads ${JSON.stringify(now)}`,
      );
    }
  }

  return {
    waitForText,

    async openFile(name) {
      await page.keyboard.press('Control+P');
      await quickInput.waitFor();
      await quickInput.fill(name);
      // Enter before the row shows opens something else: wait for the row.
      await quickRows.filter({ hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor();
      await page.locator('.monaco-editor.focused').first().waitFor();
    },

    async runCommand(typed, row) {
      await page.keyboard.press('Control+Shift+P');
      await quickInput.waitFor();
      await quickInput.fill(`>${typed}`);
      await quickRows.filter({ hasText: row }).first().waitFor();
      await page.keyboard.press('Enter');
    },

    async waitForErrorSquiggle() {
      try {
        await page.locator('.monaco-editor .squiggly-error').first().waitFor();
      } catch {
        const file = await page
          .locator('.tabs-container .tab.active')
          .innerText()
          .catch(() => '?');
        throw new Error(
          `no error squiggle appeared in ${file.split('\n')[0]} within ${limits.wait / 1000} s: no diagnostic was published for it`,
        );
      }
    },

    /** Opens Problems and returns the text of the row for `rule`. */
    async problemRow(rule) {
      const rows = page.locator('.markers-panel .monaco-list-row');
      if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
      const row = rows.filter({ hasText: rule }).first();
      try {
        await row.waitFor();
      } catch {
        const all = await rows.allInnerTexts().catch(() => []);
        throw new Error(`no Problems row for ${rule}; rows: ${JSON.stringify(all)}`);
      }
      // The visible text, as a user reads it: message, source(code), [Ln x, Col y].
      return (await row.innerText()).replace(/\s+/g, ' ');
    },

    async waitForNoProblemRow(rule) {
      await page
        .locator('.markers-panel .monaco-list-row')
        .filter({ hasText: rule })
        .first()
        .waitFor({ state: 'detached' });
    },

    /** Cursor onto the first problem of the active editor, checked against the status bar. */
    async gotoFirstProblem(line, column) {
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      await waitForSelection(line, column);
      await page.keyboard.press('Escape');
      await page.locator('.monaco-editor.focused').first().waitFor();
    },

    /** The row of the open code-action menu (lightbulb / source actions) holding `title`. */
    async actionRow(title) {
      const rows = page.locator('.action-widget .monaco-list-row');
      const row = rows.filter({ hasText: title }).first();
      try {
        await row.waitFor();
      } catch {
        const all = await rows.allInnerTexts().catch(() => []);
        throw new Error(`no action "${title}" in the menu; it shows ${JSON.stringify(all)}`);
      }
      return row;
    },

    /** The Cordial status-bar item once it reads `expected` (a string or a RegExp). */
    async waitForStatusItem(expected) {
      const items = page.locator('.statusbar-item');
      const item = items.filter({ hasText: expected }).first();
      try {
        await item.waitFor();
      } catch {
        const all = (await items.allInnerTexts().catch(() => [])).filter((t) => t.trim());
        throw new Error(`no status-bar item reads ${String(expected)}; items: ${JSON.stringify(all)}`);
      }
      return item;
    },

    async waitForNone(selector, what) {
      try {
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, selector, {
          timeout: limits.wait,
        });
      } catch {
        throw new Error(`waiting for ${what}: ${await page.locator(selector).count()} still shown`);
      }
    },

    /** Saves the active editor once its edit has landed (the tab turns dirty), and waits for the save. */
    async save() {
      const active = page.locator('.tabs-container .tab.active');
      await page.locator('.tabs-container .tab.active.dirty').waitFor();
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+S');
      await page.waitForFunction(() => {
        const tab = document.querySelector('.tabs-container .tab.active');
        return !!tab && !tab.classList.contains('dirty');
      });
      return active;
    },

    /** Cursor onto a finding through its Problems row (click, Enter), checked against the status bar. */
    async gotoProblem(rule, line, column) {
      const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: rule }).first();
      await row.click();
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor.focused').first().waitFor();
      // Enter selects the finding's range; collapse the selection onto its start.
      const selection = page.locator('[id="status.editor.selection"]');
      await selection.filter({ hasText: new RegExp(`(Ln|行) ${line}[,，]`) }).waitFor();
      if (/\(/.test(await selection.innerText())) await page.keyboard.press('ArrowLeft');
      await waitForSelection(line, column);
    },

    /** Polls the saved file until it equals `expected` (or the function returns a value). */
    async waitForDisk(name, expected) {
      const file = join(ws, name);
      const deadline = Date.now() + limits.wait;
      let text = '';
      for (;;) {
        text = existsSync(file) ? readFileSync(file, 'utf8') : '';
        const ok = typeof expected === 'function' ? expected(text) : text === expected ? text : undefined;
        if (ok !== undefined) return ok;
        if (Date.now() > deadline) {
          const want = typeof expected === 'function' ? '(see the test)' : JSON.stringify(expected);
          throw new Error(`${name} on disk is ${JSON.stringify(text)}, expected ${want}`);
        }
        await new Promise((r) => setTimeout(r, 100)); // polling the file system, not the page
      }
    },
  };

  async function waitForSelection(line, column) {
    const re = new RegExp(`(Ln|行) ${line}[,，] ?(Col|列) ${column}$`);
    try {
      await page.waitForFunction(
        (source) =>
          new RegExp(source).test(
            document.querySelector('[id="status.editor.selection"]')?.textContent?.trim() ?? '',
          ),
        re.source,
        { timeout: limits.wait },
      );
    } catch {
      const now = await page
        .locator('[id="status.editor.selection"]')
        .textContent()
        .catch(() => null);
      throw new Error(
        `the cursor should be at line ${line}, column ${column}; the status bar reads ${JSON.stringify(now)}`,
      );
    }
  }
}
