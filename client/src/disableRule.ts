import * as vscode from 'vscode';
import { disableRuleIn } from '../../shared/rcEdits';
import { folderFor, RC_FILE, rewriteRc } from './rcFile';

/**
 * Turns a rule off for the workspace: in `.cordialrc.json` at the folder root when there is one
 * (it overrides settings, so that is where it must go; its formatting and comments are kept),
 * else in the workspace setting `cordial.rules`.
 */
export async function disableRule(ruleId: string, documentUri?: string): Promise<void> {
  const { docUri, folder } = folderFor(documentUri);
  if (folder) {
    const result = await rewriteRc(folder, (text) => disableRuleIn(text, ruleId));
    if (result === 'written')
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Cordial: {0} is now off in {1}.', ruleId, RC_FILE),
      );
    if (result !== 'missing') return;
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
