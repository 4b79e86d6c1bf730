/**
 * The extension-host suite: run by `@vscode/test-electron`'s `runTests()` inside a real VS Code
 * (here through the stand-in in test/e2e/standin/), with the packaged extension as the extension
 * under development and a copy of test/e2e/workspace/ as the open folder. Everything is asked of
 * VS Code's own API: diagnostics, code actions, hovers, symbols, commands and settings.
 */
import * as vscode from 'vscode';
import { assert, assertEqual, Fatal, runAll, test, waitFor } from './harness';

const EXTENSION_ID = 'cordial.cordial';
const zh = /^zh\b/i.test(vscode.env.language);

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert(f, 'no workspace folder is open (the runner passes the sample workspace as a launch argument)');
  return f.uri;
}

function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), name);
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

function fmtRange(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** One line per diagnostic of the file (or of every file), for failure messages. */
function describeDiagnostics(uri?: vscode.Uri): string {
  const entries: [vscode.Uri, readonly vscode.Diagnostic[]][] = uri
    ? [[uri, vscode.languages.getDiagnostics(uri)]]
    : vscode.languages.getDiagnostics();
  const lines = entries.flatMap(([u, ds]) =>
    ds.map((d) => `${u.path.split('/').pop()} ${fmtRange(d.range)} ${codeOf(d)}: ${d.message}`),
  );
  return lines.length ? `\n        ${lines.join('\n        ')}` : '(no diagnostics)';
}

/** A rule that threw shows up as `format/internal-error`: fail with its message at once. */
function failOnInternalError(uri: vscode.Uri): void {
  const crash = vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'format/internal-error');
  if (crash) throw new Fatal(`the server reports an internal error on ${uri.path}: ${crash.message}`);
}

/**
 * Set once a wait for diagnostics timed out with none published anywhere: the server is silent
 * (crashed or never started), so later waits give up sooner instead of each taking a minute.
 */
let serverSilent = false;

function diagnosticTimeout(): number {
  return serverSilent ? 10_000 : 60_000;
}

function noteSilence(): string {
  if (vscode.languages.getDiagnostics().every(([, ds]) => ds.length === 0)) {
    serverSilent = true;
    return ' — no diagnostics were published for any file: is the language server running? (see the Cordial output channel log)';
  }
  return '';
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function waitForDiagnostic(
  uri: vscode.Uri,
  code: string,
  what = `a ${code} diagnostic`,
): Promise<vscode.Diagnostic> {
  return waitFor(
    `${what} on ${uri.path.split('/').pop()}`,
    () => {
      failOnInternalError(uri);
      return vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === code);
    },
    { timeoutMs: diagnosticTimeout(), describe: () => describeDiagnostics(uri) + noteSilence() },
  );
}

async function waitForNoDiagnostic(uri: vscode.Uri, code: string, what: string): Promise<void> {
  await waitFor(
    what,
    () => {
      failOnInternalError(uri);
      return !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === code) || undefined;
    },
    { timeoutMs: diagnosticTimeout(), describe: () => describeDiagnostics(uri) + noteSilence() },
  );
}

/** Code actions at a range, polled until `accept` finds what it needs (the marker service lags behind). */
async function waitForActions<T>(
  uri: vscode.Uri,
  range: vscode.Range,
  kind: string | undefined,
  what: string,
  accept: (actions: vscode.CodeAction[]) => T | undefined,
): Promise<T> {
  let last: vscode.CodeAction[] = [];
  return waitFor(
    what,
    async () => {
      failOnInternalError(uri);
      last =
        (await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          uri,
          range,
          kind,
        )) ?? [];
      return accept(last);
    },
    {
      timeoutMs: diagnosticTimeout(),
      intervalMs: 250,
      describe: () =>
        `code actions: ${JSON.stringify(last.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`))}` +
        `; diagnostics: ${describeDiagnostics(uri)}`,
    },
  );
}

async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const full = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const ok = await editor.edit((b) => b.replace(full, text));
  assert(ok, `could not reset the text of ${doc.uri.path}`);
}

/** Runs a command that shows a quick pick, accepting the pick's first (active) item once it shows. */
async function runWithFirstPick(command: string, done: () => boolean): Promise<void> {
  let settled = false;
  let failure: unknown;
  const running = Promise.resolve(vscode.commands.executeCommand(command)).then(
    () => {
      settled = true;
    },
    (err) => {
      settled = true;
      failure = err;
    },
  );
  await waitFor(
    `${command} to show its quick pick and insert the chosen template`,
    async () => {
      if (failure) throw failure;
      if (done()) return true;
      if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return undefined;
    },
    { timeoutMs: 60_000, intervalMs: 300 },
  );
  await running;
  if (failure) throw failure;
}

const fixedLine = (line: string) => line.replace('说三点', '说两点');

// ---------------------------------------------------------------------------------------------

test('the extension activates on a .msg draft in its own language', async () => {
  const editor = await open('count-mismatch.msg');
  assertEqual(editor.document.languageId, 'cordial-msg', 'language of count-mismatch.msg');
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert(ext, `extension ${EXTENSION_ID} is not installed in the extension host`);
  await waitFor('the extension to activate', () => ext.isActive || undefined);
});

test('a count mismatch is reported with its code, range, severity and message', async () => {
  const uri = fileUri('count-mismatch.msg');
  await open('count-mismatch.msg');
  const d = await waitForDiagnostic(uri, 'structure/count-mismatch');
  assertEqual(fmtRange(d.range), '8:8-8:10', 'range of the count mismatch (on 三点)');
  assertEqual(d.severity, vscode.DiagnosticSeverity.Error, 'severity');
  assertEqual(d.source, 'cordial', 'source');
  const expected = zh ? /^说了“三点”，但只列了\s*2/ : /^You promise 三点 but list 2\./;
  assert(
    expected.test(d.message),
    `message in ${zh ? 'Chinese' : 'English'}: got ${JSON.stringify(d.message)}`,
  );
  const code = d.code;
  assert(
    typeof code === 'object' && code.target.toString().includes('count-mismatch'),
    `the code links to the rule's documentation: ${JSON.stringify(code)}`,
  );
  const others = vscode.languages.getDiagnostics(uri).filter((x) => x !== d);
  assert(others.length === 0, `only the count mismatch is reported:${describeDiagnostics(uri)}`);
});

test('code actions: the preferred fix, "Disable …", and "Fix all" when several fixes exist', async () => {
  const uri = fileUri('count-mismatch.msg');
  await open('count-mismatch.msg');
  const d = await waitForDiagnostic(uri, 'structure/count-mismatch');
  const title = zh ? '把“三点”改为“两点”' : 'Change “三点” to “两点”';
  const disable = zh
    ? '在此工作区中停用 structure/count-mismatch'
    : 'Disable structure/count-mismatch in this workspace';
  const actions = await waitForActions(uri, d.range, 'quickfix', `the quick fix "${title}"`, (as) =>
    as.some((a) => a.title === title) && as.some((a) => a.title === disable) ? as : undefined,
  );
  const preferred = actions.filter((a) => a.isPreferred);
  assertEqual(preferred.length, 1, 'number of preferred fixes');
  assertEqual(preferred[0]!.title, title, 'the preferred fix');
  const off = actions.find((a) => a.title === disable)!;
  assertEqual(off.command?.command, 'cordial.disableRule', 'command of the Disable action');

  const fixAllUri = fileUri('fix-all.msg');
  await open('fix-all.msg');
  const d2 = await waitForDiagnostic(fixAllUri, 'structure/count-mismatch');
  const fixAllTitle = zh ? '修复此文件中的所有 Cordial 问题' : 'Fix all Cordial problems in this file';
  await waitForActions(fixAllUri, d2.range, 'quickfix', `the quick fix "${fixAllTitle}"`, (as) =>
    as.find((a) => a.title === fixAllTitle),
  );
});

test('applying the preferred fix changes exactly the count, and the finding disappears', async () => {
  const uri = fileUri('count-mismatch.msg');
  const editor = await open('count-mismatch.msg');
  const before = editor.document.getText();
  const d = await waitForDiagnostic(uri, 'structure/count-mismatch');
  const fix = await waitForActions(uri, d.range, 'quickfix', 'a preferred quick fix', (as) =>
    as.find((a) => a.isPreferred && a.edit),
  );
  assert(await vscode.workspace.applyEdit(fix.edit!), 'the workspace edit was not applied');
  const expected = before.split('\n').map(fixedLine).join('\n');
  assertEqual(editor.document.getText(), expected, 'text after the fix');
  await waitForNoDiagnostic(uri, 'structure/count-mismatch', 'the count mismatch to disappear after its fix');
  await setText(editor, before);
  await waitForDiagnostic(uri, 'structure/count-mismatch', 'the count mismatch to come back after undoing');
});

test('"Fix all Cordial problems" (source action) fixes every fixable finding and nothing else', async () => {
  const uri = fileUri('fix-all.msg');
  const editor = await open('fix-all.msg');
  const before = editor.document.getText();
  await waitForDiagnostic(uri, 'tone/slang');
  const doc = editor.document;
  const full = new vscode.Range(doc.positionAt(0), doc.positionAt(before.length));
  const title = zh ? '修复所有 Cordial 问题' : 'Fix all Cordial problems';
  const action = await waitForActions(
    uri,
    full,
    'source.fixAll.cordial',
    `the source action "${title}"`,
    (as) => as.find((a) => a.title === title && a.edit),
  );
  assert(await vscode.workspace.applyEdit(action.edit!), 'the fix-all edit was not applied');
  const expected = before
    .replace('询价！！！', '询价！')
    .replace('说三点', '说两点')
    .replace('木有问题', '没有问题');
  assertEqual(doc.getText(), expected, 'text after Fix all');
  await waitFor(
    'only the unfixable finding (tone/absolute) to remain',
    () => {
      failOnInternalError(uri);
      const codes = vscode.languages.getDiagnostics(uri).map(codeOf);
      return (codes.length === 1 && codes[0] === 'tone/absolute') || undefined;
    },
    { timeoutMs: diagnosticTimeout(), describe: () => describeDiagnostics(uri) + noteSilence() },
  );
  await setText(editor, before);
});

test('settings change the diagnostics: a severity, a budget, and "Disable …" for the workspace', async () => {
  const uri = fileUri('count-mismatch.msg');
  await open('count-mismatch.msg');
  const config = () => vscode.workspace.getConfiguration('cordial', uri);
  const target = vscode.ConfigurationTarget.Workspace;
  try {
    await config().update('rules', { 'structure/count-mismatch': 'warning' }, target);
    await waitFor(
      'the count mismatch to become a warning',
      () =>
        vscode.languages
          .getDiagnostics(uri)
          .find(
            (d) =>
              codeOf(d) === 'structure/count-mismatch' && d.severity === vscode.DiagnosticSeverity.Warning,
          ),
      { timeoutMs: diagnosticTimeout(), describe: () => describeDiagnostics(uri) + noteSilence() },
    );
    await config().update('rules', undefined, target);
    await config().update('budgets.sentences', 2, target);
    await waitForDiagnostic(uri, 'structure/sentence-budget', 'a sentence-budget finding with a budget of 2');
    await config().update('budgets.sentences', undefined, target);
    await waitForNoDiagnostic(uri, 'structure/sentence-budget', 'the sentence-budget finding to go');

    const d = await waitForDiagnostic(uri, 'structure/count-mismatch');
    const disable = await waitForActions(uri, d.range, 'quickfix', 'the "Disable …" action', (as) =>
      as.find((a) => a.command?.command === 'cordial.disableRule'),
    );
    await vscode.commands.executeCommand(disable.command!.command, ...(disable.command!.arguments ?? []));
    assertEqual(
      config().inspect<Record<string, string>>('rules')?.workspaceValue?.['structure/count-mismatch'],
      'off',
      'workspace setting written by "Disable …"',
    );
    await waitForNoDiagnostic(uri, 'structure/count-mismatch', 'the disabled rule to go quiet');
  } finally {
    await config().update('rules', undefined, target);
    await config().update('budgets.sentences', undefined, target);
  }
  await waitForDiagnostic(
    uri,
    'structure/count-mismatch',
    'the count mismatch to return once settings are reset',
  );
});

test('"Allow \'X\' in this workspace" writes .cordialrc.json and the word goes quiet', async () => {
  const uri = fileUri('allow-word.msg');
  const rc = vscode.Uri.joinPath(folder(), '.cordialrc.json');
  await open('allow-word.msg');
  try {
    const d = await waitForDiagnostic(uri, 'tone/slang', 'the slang finding on 木有');
    const allow = await waitForActions(uri, d.range, 'quickfix', 'the "Allow …" action', (as) =>
      as.find((a) => a.command?.command === 'cordial.allowWord'),
    );
    assertEqual(allow.command!.arguments?.[0], '木有', 'the word the action allows');
    await vscode.commands.executeCommand(allow.command!.command, ...(allow.command!.arguments ?? []));
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(rc)));
    assertEqual(
      JSON.stringify(written.allowedWords),
      JSON.stringify(['木有']),
      '.cordialrc.json allowedWords',
    );
    await waitForNoDiagnostic(uri, 'tone/slang', 'the allowed word to go quiet');
  } finally {
    await vscode.workspace.fs.delete(rc).then(
      () => undefined,
      () => undefined,
    );
  }
  await waitForDiagnostic(uri, 'tone/slang', 'the finding to return once .cordialrc.json is gone');
});

test('hover on a finding explains it', async () => {
  const uri = fileUri('count-mismatch.msg');
  await open('count-mismatch.msg');
  const d = await waitForDiagnostic(uri, 'structure/count-mismatch');
  const why = zh ? '说了三条却只写两条' : 'Announcing three points and delivering two';
  let text = '';
  await waitFor(
    'a hover with the rule’s explanation',
    async () => {
      const hovers =
        (await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          uri,
          d.range.start.translate(0, 1),
        )) ?? [];
      text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return text.includes(why) || undefined;
    },
    { timeoutMs: diagnosticTimeout(), describe: () => JSON.stringify(text) + noteSilence() },
  );
});

test('the outline lists the messages of a chat draft', async () => {
  const uri = fileUri('count-mismatch.msg');
  await open('count-mismatch.msg');
  const symbols = await waitFor(
    'document symbols',
    async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        uri,
      );
      return s && s.length > 0 ? s : undefined;
    },
    { timeoutMs: diagnosticTimeout(), describe: noteSilence },
  );
  assert(
    symbols.length >= 2,
    `expected at least two outline entries, got ${JSON.stringify(symbols.map((s) => s.name))}`,
  );
});

test('"Insert Template…" inserts a template; filled tab stops lint clean', async () => {
  const uri = fileUri('template.msg');
  const editor = await open('template.msg');
  assertEqual(editor.document.getText(), '', 'template.msg starts empty');
  await runWithFirstPick('cordial.insertTemplate', () => editor.document.getText().length > 0);
  const inserted = editor.document.getText();
  assert(
    /^---\nto: /.test(inserted),
    `a chat template with front matter: ${JSON.stringify(inserted.slice(0, 80))}`,
  );
  const chinese = /\nlang: zh\n/.test(inserted);
  const name = chinese ? '李经理' : 'Anna';
  const channel = chinese ? 'wecom' : 'whatsapp';
  let changes = 0;
  const listener = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) changes++;
  });
  try {
    await vscode.commands.executeCommand('type', { text: name });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: channel });
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('leaveSnippet');
    const text = editor.document.getText();
    assert(
      text.includes(`to: ${name}\n`),
      `the first tab stop holds the name: ${JSON.stringify(text.slice(0, 120))}`,
    );
    assert(text.split(name).length - 1 >= 2, 'the name is mirrored into the greeting');
    assert(
      text.includes(`channel: ${channel}\n`),
      `the second tab stop holds the channel: ${JSON.stringify(text.slice(0, 120))}`,
    );
    await waitFor(
      'the filled template to lint clean',
      () => {
        failOnInternalError(uri);
        return changes > 0 && vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined;
      },
      { timeoutMs: diagnosticTimeout(), describe: () => describeDiagnostics(uri) + noteSilence() },
    );
  } finally {
    listener.dispose();
  }
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('"New Chat Draft" and "New E-mail Draft" open untitled drafts from a template', async () => {
  for (const [command, language] of [
    ['cordial.newChatDraft', 'cordial-msg'],
    ['cordial.newEmailDraft', 'cordial-eml'],
  ] as const) {
    const isNew = () => {
      const doc = vscode.window.activeTextEditor?.document;
      return !!doc && doc.isUntitled && doc.languageId === language && doc.getText().length > 0;
    };
    await runWithFirstPick(command, isNew);
    const doc = vscode.window.activeTextEditor!.document;
    assert(
      doc.getText().trim().length > 20,
      `${command} inserted a template (${doc.getText().length} characters)`,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
});

test('an e-mail with a missing attachment and a vague subject gets both findings', async () => {
  const uri = fileUri('attachment.eml');
  const editor = await open('attachment.eml');
  assertEqual(editor.document.languageId, 'cordial-eml', 'language of attachment.eml');
  const missing = await waitForDiagnostic(uri, 'email/attachment-missing');
  const vague = await waitForDiagnostic(uri, 'email/subject-vague');
  assertEqual(missing.severity, vscode.DiagnosticSeverity.Error, 'severity of email/attachment-missing');
  assertEqual(vague.range.start.line, 2, 'line of the vague subject');
  const hovers =
    (await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      vague.range.start.translate(0, 1),
    )) ?? [];
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert(
    text.includes('email/subject-vague'),
    `the hover names the rule and explains it: ${JSON.stringify(text)}`,
  );
});

test('no rule crashed on any sample draft', async () => {
  const crashes = vscode.languages
    .getDiagnostics()
    .flatMap(([u, ds]) =>
      ds.filter((d) => codeOf(d) === 'format/internal-error').map((d) => `${u.path}: ${d.message}`),
    );
  assert(crashes.length === 0, `internal errors:\n      ${crashes.join('\n      ')}`);
});

/** The entry `runTests()` gives the extension host. Rejects when any test failed. */
export async function run(): Promise<void> {
  const results = await runAll();
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} extension-host tests failed`);
}
