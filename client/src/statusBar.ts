import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { STATS_REQUEST, type StatsParams, type StatsResult } from '../../shared/requests';

type Stats = StatsResult;

const LANGUAGES = new Set(['cordial-msg', 'cordial-eml']);

/** `$(comment-discussion) 3/3 messages · 8/10 sentences · 2 problems` on a draft; opens Problems on click. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'cordial.stats',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticket = 0;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    this.item.name = vscode.l10n.t('Cordial draft statistics');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) this.refresh(50);
      }),
      // Counts change with the text even when the diagnostics stay the same.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refresh(400);
      }),
    );
  }

  refresh(delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const ticket = ++this.ticket;
    const doc = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!doc || !LANGUAGES.has(doc.languageId) || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    let stats: Stats | null = null;
    try {
      stats = await client.sendRequest<Stats | null>(STATS_REQUEST, {
        uri: doc.uri.toString(),
      } satisfies StatsParams);
    } catch {
      stats = null;
    }
    if (ticket !== this.ticket) return;
    if (!stats) {
      this.item.hide();
      return;
    }
    const { text, tooltip, over } = describeStats(stats);
    this.item.text = `$(comment-discussion) ${text}`;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The status bar's text and tooltip for a draft's counts. A chat shows the messages Copy Messages
 * sends (the same number its "Copied N messages" reports) and, in brackets, the content messages
 * after the opening against the budget; the tooltip says what each number counts, in words.
 */
export function describeStats(stats: Stats): { text: string; tooltip: string; over: boolean } {
  const parts: string[] = [];
  const lines: string[] = [];
  const c = stats.counts;
  if (stats.messages !== null && c) {
    parts.push(
      stats.messageBudget !== null
        ? vscode.l10n.t('{0} messages ({1}/{2} content)', c.sends, c.content, stats.messageBudget)
        : vscode.l10n.t('{0} messages', c.sends),
    );
    lines.push(
      c.sends === 1
        ? vscode.l10n.t('1 message to send (Copy Messages copies it).')
        : vscode.l10n.t('{0} messages to send, one paste each (Copy Messages copies them all).', c.sends),
    );
    if (stats.messageBudget !== null)
      lines.push(
        stats.messagesMax != null
          ? vscode.l10n.t(
              '{0} content messages after the opening; the budget is {1}, at most {2}.',
              c.content,
              stats.messageBudget,
              stats.messagesMax,
            )
          : vscode.l10n.t(
              '{0} content messages after the opening; the budget is {1}.',
              c.content,
              stats.messageBudget,
            ),
      );
    const rest: string[] = [];
    if (c.opening) rest.push(vscode.l10n.t('{0} opening (greeting, introduction)', c.opening));
    if (c.quoted) rest.push(vscode.l10n.t('{0} quoted', c.quoted));
    if (c.mediaOnly) rest.push(vscode.l10n.t('{0} media only', c.mediaOnly));
    if (rest.length)
      lines.push(vscode.l10n.t('Not counted against the budget: {0}.', rest.join(vscode.l10n.t(', '))));
  } else if (stats.messages !== null)
    parts.push(
      stats.messageBudget !== null
        ? vscode.l10n.t('{0}/{1} messages', stats.messages, stats.messageBudget)
        : vscode.l10n.t('{0} messages', stats.messages),
    );
  parts.push(
    stats.sentenceBudget !== null
      ? vscode.l10n.t('{0}/{1} sentences', stats.sentences, stats.sentenceBudget)
      : vscode.l10n.t('{0} sentences', stats.sentences),
  );
  lines.push(
    stats.sentenceBudget !== null
      ? vscode.l10n.t(
          '{0} sentences of your own text (quotes, media and the signature not counted); the budget is {1}.',
          stats.sentences,
          stats.sentenceBudget,
        )
      : vscode.l10n.t(
          '{0} sentences of your own text (quotes and the signature not counted).',
          stats.sentences,
        ),
  );
  const p = stats.problems;
  const problems = p.errors + p.warnings + p.infos + p.hints;
  parts.push(problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', problems));
  lines.push(
    vscode.l10n.t(
      'Cordial: {0} errors, {1} warnings, {2} infos, {3} hints',
      p.errors,
      p.warnings,
      p.infos,
      p.hints,
    ),
    vscode.l10n.t('Click to open the Problems panel.'),
  );
  const content = c ? c.content : stats.messages;
  const over =
    (content !== null && stats.messageBudget !== null && content > stats.messageBudget) ||
    (stats.sentenceBudget !== null && stats.sentences > stats.sentenceBudget);
  return { text: parts.join(' · '), tooltip: lines.join('\n'), over };
}
