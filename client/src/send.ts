/**
 * From draft to sent: "Copy Messages" / "Copy This Message" / "Copy Next Message" for chat drafts
 * and "Open in Mail App" for e-mail drafts. The text work is the server's (`cordial/copy`, over
 * the core's `copyMessages`); this layer only finds the document, uses the clipboard and talks to
 * the user. Before anything leaves the editor it asks when the draft (or the message) still has
 * a blank to fill in or an error. Nothing here runs workspace code or makes a request, so it all
 * works in Restricted Mode.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COPY_REQUEST, type CopyAnswer } from '../../shared/requests';

export const COPY_MESSAGES = 'cordial.copyMessages';
export const COPY_THIS_MESSAGE = 'cordial.copyThisMessage';
export const COPY_NEXT_MESSAGE = 'cordial.copyNextMessage';
export const OPEN_IN_MAIL_APP = 'cordial.openInMailApp';

/** The rule whose findings are blanks left to fill in (`[称呼]`, `[Name]`, an empty list item). */
const PLACEHOLDER_RULE = 'structure/placeholder';

export function registerSendCommands(
  context: vscode.ExtensionContext,
  getClient: () => BaseLanguageClient | undefined,
): void {
  const next = new NextMessage();
  context.subscriptions.push(
    next,
    vscode.commands.registerCommand(COPY_MESSAGES, (uri?: unknown) => copy(getClient, uri, 'all')),
    vscode.commands.registerCommand(COPY_THIS_MESSAGE, (uri?: unknown) => copy(getClient, uri, 'this')),
    vscode.commands.registerCommand(COPY_NEXT_MESSAGE, (uri?: unknown) => copy(getClient, uri, 'next', next)),
    vscode.commands.registerCommand(OPEN_IN_MAIL_APP, (uri?: unknown) => openInMailApp(uri)),
  );
}

/**
 * Where "Copy Next Message" is in each chat draft, shown in the status bar while the draft is
 * the active one. An edit to the draft starts it over at the first message.
 */
class NextMessage implements vscode.Disposable {
  private readonly positions = new Map<string, { next: number; total: number }>();
  private readonly item = vscode.window.createStatusBarItem(
    'cordial.next',
    vscode.StatusBarAlignment.Right,
    99,
  );
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.item.name = vscode.l10n.t('Cordial: next message to copy');
    this.item.command = COPY_NEXT_MESSAGE;
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor(() => this.show()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.positions.delete(e.document.uri.toString())) this.show();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.positions.delete(d.uri.toString())),
    ];
  }

  /** The send to copy next in `doc` (0 when none was copied yet, or after an edit). */
  get(doc: vscode.TextDocument): number {
    return this.positions.get(doc.uri.toString())?.next ?? 0;
  }

  /** Send `index` of `total` was copied: the next one is after it, or the first again after the last. */
  copied(doc: vscode.TextDocument, index: number, total: number): void {
    this.positions.set(doc.uri.toString(), { next: (index + 1) % total, total });
    this.show();
  }

  private show(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const at = doc && this.positions.get(doc.uri.toString());
    if (!at) {
      this.item.hide();
      return;
    }
    this.item.text = `$(arrow-right) ${vscode.l10n.t('Next: {0}/{1}', at.next + 1, at.total)}`;
    this.item.tooltip =
      at.next === 0
        ? vscode.l10n.t(
            'All {0} messages were copied. Click (or run Copy Next Message) to start again at the first.',
            at.total,
          )
        : vscode.l10n.t(
            'Message {0} of {1} is next. Click (or run Copy Next Message) to copy it; editing the draft starts again at the first.',
            at.next + 1,
            at.total,
          );
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The document a command is for: the editor title's resource, else the active editor's. */
async function documentFor(uri: unknown, kind: 'msg' | 'eml'): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  let doc = active;
  if (uri instanceof vscode.Uri && uri.toString() !== active?.uri.toString())
    doc = await vscode.workspace.openTextDocument(uri);
  const ok = doc && (doc.languageId === `cordial-${kind}` || doc.uri.path.toLowerCase().endsWith(`.${kind}`));
  if (ok) return doc;
  void vscode.window.showWarningMessage(
    kind === 'msg'
      ? vscode.l10n.t('Open a chat draft (.msg) to copy its messages.')
      : vscode.l10n.t('Open an e-mail draft (.eml) to open it in your mail app.'),
  );
  return undefined;
}

function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (typeof code === 'string') return code;
  if (code && typeof code === 'object') return String(code.value);
  return undefined;
}

/**
 * Asks before a draft with a blank or an error leaves the editor. `ranges` limits the check to
 * the messages being copied (none: the whole draft). True when there is nothing to ask about or
 * the user chose to go on.
 */
export async function confirmSendable(
  doc: vscode.TextDocument,
  ranges: readonly vscode.Range[] | undefined,
  action: 'copy' | 'open',
): Promise<boolean> {
  const found = vscode.languages
    .getDiagnostics(doc.uri)
    .filter(
      (d) =>
        d.source === 'cordial' &&
        (d.severity === vscode.DiagnosticSeverity.Error || ruleOf(d) === PLACEHOLDER_RULE) &&
        (!ranges || ranges.some((r) => r.intersection(d.range) !== undefined)),
    );
  if (!found.length) return true;
  const blanks = found.filter((d) => ruleOf(d) === PLACEHOLDER_RULE);
  const whole = !ranges;
  let problem: string;
  if (blanks.length) {
    const zh = vscode.env.language.startsWith('zh');
    const shown = blanks
      .slice(0, 3)
      .map((d) => `“${doc.getText(d.range).replace(/\s+/g, ' ').trim()}”`)
      .join(zh ? '、' : ', ');
    const list = blanks.length > 3 ? `${shown}${zh ? '等' : ' …'}` : shown;
    problem =
      blanks.length === 1
        ? whole
          ? vscode.l10n.t('This draft still has a blank to fill in: {0}.', list)
          : vscode.l10n.t('This message still has a blank to fill in: {0}.', list)
        : whole
          ? vscode.l10n.t('This draft still has {0} blanks to fill in: {1}.', blanks.length, list)
          : vscode.l10n.t('This message still has {0} blanks to fill in: {1}.', blanks.length, list);
  } else
    problem =
      found.length === 1
        ? whole
          ? vscode.l10n.t('Cordial found 1 error in this draft.')
          : vscode.l10n.t('Cordial found 1 error in this message.')
        : whole
          ? vscode.l10n.t('Cordial found {0} errors in this draft.', found.length)
          : vscode.l10n.t('Cordial found {0} errors in this message.', found.length);
  const go = action === 'copy' ? vscode.l10n.t('Copy anyway') : vscode.l10n.t('Open anyway');
  const question =
    action === 'copy' ? vscode.l10n.t('Copy it anyway?') : vscode.l10n.t('Open it in your mail app anyway?');
  return (await vscode.window.showWarningMessage(`${problem} ${question}`, { modal: true }, go)) === go;
}

async function copy(
  getClient: () => BaseLanguageClient | undefined,
  uri: unknown,
  what: 'all' | 'this' | 'next',
  next?: NextMessage,
): Promise<void> {
  const doc = await documentFor(uri, 'msg');
  if (!doc) return;
  const client = getClient();
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Cordial is still starting; try again in a moment.'));
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const params: { uri: string; offset?: number; next?: number } = { uri: doc.uri.toString() };
  if (what === 'this')
    params.offset =
      editor && editor.document.uri.toString() === doc.uri.toString()
        ? editor.document.offsetAt(editor.selection.active)
        : 0;
  if (what === 'next') params.next = next!.get(doc);
  const copied = await client.sendRequest<CopyAnswer | null>(COPY_REQUEST, params);
  if (!copied) {
    void vscode.window.showWarningMessage(
      what === 'this'
        ? vscode.l10n.t('Put the cursor in a message to copy it.')
        : vscode.l10n.t('There is no message to copy.'),
    );
    return;
  }

  const attach = copied.media.join('; ');
  if (!copied.text) {
    void vscode.window.showWarningMessage(
      copied.media.length
        ? vscode.l10n.t('Nothing to copy: only media here. Attach by hand: {0}', attach)
        : vscode.l10n.t('There is no message to copy.'),
    );
    return;
  }
  const ranges =
    what === 'all'
      ? undefined
      : copied.ranges.map(
          (r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
        );
  if (!(await confirmSendable(doc, ranges, 'copy'))) return;
  await vscode.env.clipboard.writeText(copied.text);
  let done: string;
  if (what === 'next' && copied.index !== undefined && copied.total) {
    next!.copied(doc, copied.index, copied.total);
    done =
      copied.index + 1 < copied.total
        ? vscode.l10n.t(
            'Copied message {0} of {1}. Paste and send it, then copy the next one.',
            copied.index + 1,
            copied.total,
          )
        : vscode.l10n.t('Copied message {0} of {1}, the last one.', copied.index + 1, copied.total);
  } else
    done =
      copied.messages === 1
        ? vscode.l10n.t('Copied 1 message.')
        : vscode.l10n.t('Copied {0} messages.', copied.messages);
  void vscode.window.showInformationMessage(
    copied.media.length ? `${done} ${vscode.l10n.t('Attach by hand: {0}', attach)}` : done,
  );
}

/**
 * True when the extension host cannot open an app on the user's computer: VS Code in a browser
 * (code-server, vscode.dev) or connected to a remote machine. There `openExternal` of a file
 * would hand the browser a `vscode-remote:` address that no mail app can open.
 */
export function isRemote(): boolean {
  return vscode.env.uiKind === vscode.UIKind.Web || vscode.env.remoteName !== undefined;
}

async function openInMailApp(uri: unknown): Promise<void> {
  const doc = await documentFor(uri, 'eml');
  if (!doc) return;
  if (!(await confirmSendable(doc, undefined, 'open'))) return;
  const copyEml = vscode.l10n.t('Copy as .eml');
  const saveAs = vscode.l10n.t('Save As…');
  let why: string | undefined;
  if (isRemote())
    why = vscode.l10n.t(
      'This editor runs in a browser or on another computer, so it cannot open your mail app. Save the draft as an .eml file on your computer (Save As… › Show Local) and open it there, or copy its text.',
    );
  else if (doc.isUntitled || doc.uri.scheme !== 'file')
    why = vscode.l10n.t('Save the draft as an .eml file on this computer first: your mail app opens files.');
  if (!why) {
    if (doc.isDirty && !(await doc.save())) return;
    // Templates carry `X-Unsent: 1`: Outlook and Thunderbird open the file as a draft to send.
    if (await vscode.env.openExternal(doc.uri)) return;
    why = vscode.l10n.t(
      'Cordial could not open the draft in a mail app: no app on this computer opens .eml files.',
    );
  }
  const choice = await vscode.window.showWarningMessage(why, copyEml, saveAs);
  if (choice === copyEml) {
    await vscode.env.clipboard.writeText(doc.getText());
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Copied the e-mail as .eml text. Paste it into a new file named draft.eml on your computer and open that.',
      ),
    );
  } else if (choice === saveAs) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.saveAs');
  }
}
