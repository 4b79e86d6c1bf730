import { applyEdits, type FormattingOptions, modify } from 'jsonc-parser';
import * as vscode from 'vscode';

const RC_FILE = '.cordialrc.json';

/**
 * Turns a rule off for the workspace: in `.cordialrc.json` at the folder root when there is one
 * (it overrides settings, so that is where it must go; its formatting and comments are kept),
 * else in the workspace setting `cordial.rules`.
 */
export async function disableRule(ruleId: string, documentUri?: string): Promise<void> {
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
      const base = text.trim() ? text : '{}';
      const formatting: FormattingOptions = {
        insertSpaces: !/^\t/m.test(base),
        tabSize: /^( +)\S/m.exec(base)?.[1]?.length ?? 2,
        eol: rc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
      };
      const after = applyEdits(
        base,
        modify(base, ['rules', ruleId], 'off', { formattingOptions: formatting }),
      );
      const edit = new vscode.WorkspaceEdit();
      edit.replace(rcUri, new vscode.Range(rc.positionAt(0), rc.positionAt(text.length)), after);
      if ((await vscode.workspace.applyEdit(edit)) && (await rc.save())) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Cordial: {0} is now off in {1}.', ruleId, RC_FILE),
        );
      }
      return;
    }
  }
  const config = vscode.workspace.getConfiguration('cordial', docUri);
  const target = folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<Record<string, string>>('rules');
  const current = (folder ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  await config.update('rules', { ...current, [ruleId]: 'off' }, target);
  void vscode.window.showInformationMessage(
    folder
      ? vscode.l10n.t('Cordial: {0} is now off in this workspace’s settings.', ruleId)
      : vscode.l10n.t('Cordial: {0} is now off in your user settings (no folder is open).', ruleId),
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
