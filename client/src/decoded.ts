/**
 * "Show Decoded Text": a read-only document beside an e-mail draft with the text its reader will
 * see (encoded words, quoted-printable, base64 and the charset undone) and Cordial's findings on
 * that text. The server does the decoding and moves the findings (`cordial/decoded`); this keeps
 * the view up to date while the draft changes.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DECODED_REQUEST, type DecodedResult } from '../../shared/requests';

export const DECODED_SCHEME = 'cordial-decoded';
export const SHOW_DECODED_TEXT = 'cordial.showDecodedText';

const SEVERITY: Record<number, vscode.DiagnosticSeverity> = {
  1: vscode.DiagnosticSeverity.Error,
  2: vscode.DiagnosticSeverity.Warning,
  3: vscode.DiagnosticSeverity.Information,
  4: vscode.DiagnosticSeverity.Hint,
};

/** The decoded view's address for a draft: its name with `(decoded)`, the draft's URI in the query. */
export function decodedUri(draft: vscode.Uri): vscode.Uri {
  const name = draft.path.split('/').pop() || 'draft.eml';
  return vscode.Uri.from({
    scheme: DECODED_SCHEME,
    path: `/${name.replace(/\.eml$/i, '')} (${vscode.l10n.t('decoded')}).txt`,
    query: draft.toString(),
  });
}

export function registerDecodedView(
  context: vscode.ExtensionContext,
  getClient: () => BaseLanguageClient | undefined,
): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const diagnostics = vscode.languages.createDiagnosticCollection('cordial-decoded');
  /** Open decoded views, by the draft's URI. */
  const open = new Map<string, vscode.Uri>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri) {
      const draft = uri.query;
      const client = getClient();
      if (!client?.isRunning()) return vscode.l10n.t('Cordial is still starting; try again in a moment.');
      // The draft must be open for the server to know it.
      await vscode.workspace.openTextDocument(vscode.Uri.parse(draft, true));
      const result = await client.sendRequest<DecodedResult | null>(DECODED_REQUEST, { uri: draft });
      if (!result) {
        diagnostics.delete(uri);
        return vscode.l10n.t('This is not an e-mail draft Cordial can read.');
      }
      diagnostics.set(
        uri,
        result.diagnostics.map((d) => {
          const r = d.range;
          const diag = new vscode.Diagnostic(
            new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
            d.message,
            SEVERITY[d.severity ?? 1] ?? vscode.DiagnosticSeverity.Error,
          );
          diag.source = 'cordial';
          if (d.code !== undefined) diag.code = d.code;
          return diag;
        }),
      );
      return result.text;
    },
  };

  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const uri of open.values()) changed.fire(uri);
    }, 100);
  };

  context.subscriptions.push(
    changed,
    diagnostics,
    vscode.workspace.registerTextDocumentContentProvider(DECODED_SCHEME, provider),
    // The findings follow the draft: fresh diagnostics on the draft mean a fresh view.
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => open.has(u.toString()))) refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme !== DECODED_SCHEME) return;
      diagnostics.delete(d.uri);
      open.delete(d.uri.query);
    }),
    // A closed tab keeps its document for a while: clear the view's findings from Problems as
    // soon as no tab shows it any more.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (!e.closed.length) return;
      const shown = new Set<string>();
      for (const group of vscode.window.tabGroups.all)
        for (const tab of group.tabs)
          if (tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === DECODED_SCHEME)
            shown.add(tab.input.uri.toString());
      for (const [draft, uri] of open)
        if (!shown.has(uri.toString())) {
          diagnostics.delete(uri);
          open.delete(draft);
        }
    }),
    vscode.commands.registerCommand(SHOW_DECODED_TEXT, async (arg?: unknown) => {
      const active = vscode.window.activeTextEditor?.document;
      const draft = arg instanceof vscode.Uri ? arg : active?.uri;
      const isEml =
        draft &&
        ((active?.uri.toString() === draft.toString() && active.languageId === 'cordial-eml') ||
          draft.path.toLowerCase().endsWith('.eml'));
      if (!draft || !isEml) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Open an e-mail draft (.eml) to see its decoded text.'),
        );
        return;
      }
      const uri = decodedUri(draft);
      open.set(draft.toString(), uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }),
  );
}
