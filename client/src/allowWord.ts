import * as vscode from 'vscode';
import { addAllowedWord, newRc } from '../../server/src/lsp/rcEdits';

const RC_FILE = '.cordialrc.json';

/**
 * "Allow '…' in this workspace": adds the word to `allowedWords` in `.cordialrc.json` at the
 * folder root, keeping the file's comments and formatting, or creates the file. With no folder
 * open, the word goes to the user setting `cordial.allowedWords`. The language client watches
 * the file, so the server re-lints and the finding disappears.
 */
export async function allowWord(word: string, documentUri?: string): Promise<void> {
  const docUri = documentUri ? vscode.Uri.parse(documentUri) : vscode.window.activeTextEditor?.document.uri;
  const folder =
    (docUri && vscode.workspace.getWorkspaceFolder(docUri)) ??
    vscode.workspace.workspaceFolders?.[0] ??
    undefined;
  if (folder) {
    const rcUri = vscode.Uri.joinPath(folder.uri, RC_FILE);
    if (await exists(rcUri)) {
      const rc = await vscode.workspace.openTextDocument(rcUri);
      const text = rc.getText();
      const after = addAllowedWord(text, word);
      if (after === null) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Cordial: “{0}” is already allowed in {1}.', word, RC_FILE),
        );
        return;
      }
      const edit = new vscode.WorkspaceEdit();
      edit.replace(rcUri, new vscode.Range(rc.positionAt(0), rc.positionAt(text.length)), after);
      if (!(await vscode.workspace.applyEdit(edit)) || !(await rc.save())) return;
    } else {
      await vscode.workspace.fs.writeFile(rcUri, new TextEncoder().encode(newRc({ allowedWords: [word] })));
    }
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Cordial: “{0}” is now allowed in {1}.', word, RC_FILE),
    );
    return;
  }
  const config = vscode.workspace.getConfiguration('cordial', docUri);
  const current = config.inspect<string[]>('allowedWords')?.globalValue ?? [];
  if (!current.some((w) => w.toLowerCase() === word.toLowerCase()))
    await config.update('allowedWords', [...current, word], vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Cordial: “{0}” is now allowed in your user settings (no folder is open).', word),
  );
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
