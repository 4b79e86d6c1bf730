import * as vscode from 'vscode';

export const RC_FILE = '.cordialrc.json';

/** The workspace folder a command is for: the document's, else the first one, else none. */
export function folderFor(documentUri?: string): {
  docUri: vscode.Uri | undefined;
  folder: vscode.WorkspaceFolder | undefined;
} {
  const docUri = documentUri ? vscode.Uri.parse(documentUri) : vscode.window.activeTextEditor?.document.uri;
  const folder =
    (docUri && vscode.workspace.getWorkspaceFolder(docUri)) ?? vscode.workspace.workspaceFolders?.[0];
  return { docUri, folder };
}

/**
 * Rewrites `.cordialrc.json` at the folder root through a workspace edit (so undo works and the
 * file's own formatting stays). `change` returns the new text, or null for "nothing to change".
 * Answers `missing` when the folder has no such file.
 */
export async function rewriteRc(
  folder: vscode.WorkspaceFolder,
  change: (text: string) => string | null,
): Promise<'missing' | 'unchanged' | 'written' | 'failed'> {
  const rcUri = vscode.Uri.joinPath(folder.uri, RC_FILE);
  try {
    await vscode.workspace.fs.stat(rcUri);
  } catch {
    return 'missing';
  }
  const rc = await vscode.workspace.openTextDocument(rcUri);
  const text = rc.getText();
  const after = change(text);
  if (after === null) return 'unchanged';
  const edit = new vscode.WorkspaceEdit();
  edit.replace(rcUri, new vscode.Range(rc.positionAt(0), rc.positionAt(text.length)), after);
  return (await vscode.workspace.applyEdit(edit)) && (await rc.save()) ? 'written' : 'failed';
}
