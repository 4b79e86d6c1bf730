import * as vscode from 'vscode';
import { addAllowedWord, newRc } from '../../shared/rcEdits';
import { folderFor, RC_FILE, rewriteRc } from './rcFile';

/**
 * "Allow '…' in this workspace": adds the word to `allowedWords` in `.cordialrc.json` at the
 * folder root, keeping the file's comments and formatting, or creates the file. With no folder
 * open, the word goes to the user setting `cordial.allowedWords`. The language client watches
 * the file, so the server re-lints and the finding disappears.
 */
export async function allowWord(word: string, documentUri?: string): Promise<void> {
  const { docUri, folder } = folderFor(documentUri);
  if (folder) {
    const result = await rewriteRc(folder, (text) => addAllowedWord(text, word));
    if (result === 'unchanged') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Cordial: “{0}” is already allowed in {1}.', word, RC_FILE),
      );
      return;
    }
    if (result === 'failed') return;
    if (result === 'missing')
      await vscode.workspace.fs.writeFile(
        vscode.Uri.joinPath(folder.uri, RC_FILE),
        new TextEncoder().encode(newRc({ allowedWords: [word] })),
      );
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
