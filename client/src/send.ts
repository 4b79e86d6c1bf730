/**
 * From draft to sent: "Copy Messages" / "Copy This Message" for chat drafts and "Open in Mail
 * App" for e-mail drafts. The text work is the core's (`copyMessages`, `copyMessageAt`, tested
 * there); this layer only finds the document, uses the clipboard and talks to the user. Nothing
 * here runs workspace code or makes a request, so it all works in Restricted Mode.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { CopiedText } from '../../server/src/core/actions/copy';

/** The language server's `cordial/copy` request (server/src/lsp/server.ts). */
const COPY_REQUEST = 'cordial/copy';

export const COPY_MESSAGES = 'cordial.copyMessages';
export const COPY_THIS_MESSAGE = 'cordial.copyThisMessage';
export const OPEN_IN_MAIL_APP = 'cordial.openInMailApp';

export function registerSendCommands(
  context: vscode.ExtensionContext,
  getClient: () => BaseLanguageClient | undefined,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COPY_MESSAGES, (uri?: unknown) => copy(getClient, uri, false)),
    vscode.commands.registerCommand(COPY_THIS_MESSAGE, (uri?: unknown) => copy(getClient, uri, true)),
    vscode.commands.registerCommand(OPEN_IN_MAIL_APP, (uri?: unknown) => openInMailApp(uri)),
  );
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

async function copy(
  getClient: () => BaseLanguageClient | undefined,
  uri: unknown,
  onlyThis: boolean,
): Promise<void> {
  const doc = await documentFor(uri, 'msg');
  if (!doc) return;
  const client = getClient();
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Cordial is still starting; try again in a moment.'));
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const offset =
    onlyThis && editor && editor.document.uri.toString() === doc.uri.toString()
      ? editor.document.offsetAt(editor.selection.active)
      : onlyThis
        ? 0
        : undefined;
  const copied = await client.sendRequest<CopiedText | null>(COPY_REQUEST, {
    uri: doc.uri.toString(),
    ...(offset === undefined ? {} : { offset }),
  });
  if (!copied) {
    void vscode.window.showWarningMessage(
      onlyThis
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
  await vscode.env.clipboard.writeText(copied.text);
  const done =
    copied.messages === 1
      ? vscode.l10n.t('Copied 1 message.')
      : vscode.l10n.t('Copied {0} messages.', copied.messages);
  void vscode.window.showInformationMessage(
    copied.media.length ? `${done} ${vscode.l10n.t('Attach by hand: {0}', attach)}` : done,
  );
}

async function openInMailApp(uri: unknown): Promise<void> {
  const doc = await documentFor(uri, 'eml');
  if (!doc) return;
  if (doc.isUntitled || doc.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Save the draft as an .eml file on this computer first: your mail app opens files.'),
    );
    return;
  }
  if (doc.isDirty && !(await doc.save())) return;
  const errors = vscode.languages
    .getDiagnostics(doc.uri)
    .filter((d) => d.source === 'cordial' && d.severity === vscode.DiagnosticSeverity.Error).length;
  if (errors > 0) {
    const openAnyway = vscode.l10n.t('Open anyway');
    const cancel = vscode.l10n.t('Cancel');
    const message =
      errors === 1
        ? vscode.l10n.t('This draft has 1 error from Cordial. Open it in your mail app anyway?')
        : vscode.l10n.t('This draft has {0} errors from Cordial. Open it in your mail app anyway?', errors);
    if ((await vscode.window.showWarningMessage(message, openAnyway, cancel)) !== openAnyway) return;
  }
  // Templates carry `X-Unsent: 1`: Outlook and Thunderbird open the file as a draft to send.
  if (!(await vscode.env.openExternal(doc.uri)))
    void vscode.window.showErrorMessage(vscode.l10n.t('Cordial could not open the draft in a mail app.'));
}
