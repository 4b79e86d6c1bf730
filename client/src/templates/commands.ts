/**
 * The template commands: "Insert Template…", "New Chat Draft", "New E-mail Draft". The catalog,
 * the snippet syntax and the insert plan are pure (`catalog.ts`, `snippet.ts`, `insert.ts`); this
 * file only talks to the editor. It reads user templates with `vscode.workspace.fs` alone, so it
 * works in untrusted and virtual workspaces and in the browser.
 */
import { parse as parseJsonc } from 'jsonc-parser';
import * as vscode from 'vscode';
import {
  builtinTemplates,
  type DisplayLocale,
  displayLocale,
  groupTemplates,
  kindOfFileName,
  kindOfLanguageId,
  languageName,
  loadUserTemplates,
  MAX_USER_TEMPLATE_CHARS,
  type TemplateEntry,
  type TemplateKind,
  templateDescription,
  templateLabel,
  templatesForKind,
  type UserTemplateFile,
  type UserTemplateProblem,
} from '../../../shared/templates/catalog';
import { planInsert } from '../../../shared/templates/insert';

const DEFAULT_FOLDER = '.cordial/templates';
/** Bounds on what is read from the templates folder: it is the user's, but may be anything. */
const MAX_FILES = 200;
const MAX_DEPTH = 3;
const MAX_BYTES = MAX_USER_TEMPLATE_CHARS * 4;

const LANGUAGE_IDS: Record<TemplateKind, string> = { msg: 'cordial-msg', eml: 'cordial-eml' };

interface TemplatePickItem extends vscode.QuickPickItem {
  entry?: TemplateEntry;
  /** A skipped user template: picking it opens the file. */
  problemUri?: vscode.Uri;
}

export function registerTemplateCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('cordial.insertTemplate', () => insertTemplate()),
    vscode.commands.registerCommand('cordial.newChatDraft', () => newDraft('msg')),
    vscode.commands.registerCommand('cordial.newEmailDraft', () => newDraft('eml')),
  );
}

function locale(): DisplayLocale {
  return displayLocale(vscode.env.language);
}

async function insertTemplate(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open a chat draft (.msg) or an e-mail draft (.eml) to insert a template.'),
    );
    return;
  }
  const document = editor.document;
  const kind = kindOfLanguageId(document.languageId) ?? kindOfFileName(document.uri.path);
  const entry = await pickTemplate(kind, vscode.l10n.t('Choose a template to insert'), document.uri);
  if (!entry) return;
  // The editor may have closed or changed while the pick was open.
  if (editor.document.isClosed) return;

  if (!kind) {
    await editor.insertSnippet(new vscode.SnippetString(entry.body), editor.selection.active);
    return;
  }
  const plan = planInsert(kind, document.getText(), entry.body, document.offsetAt(editor.selection.active));
  if (plan.headerEdits.length) {
    const version = document.version;
    const ranges = plan.headerEdits.map(
      (e) => [new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText] as const,
    );
    const applied = await editor.edit(
      (builder) => {
        for (const [range, text] of ranges) builder.replace(range, text);
      },
      { undoStopBefore: true, undoStopAfter: false },
    );
    if (!applied || document.version === version) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The template could not be inserted because the draft changed. Please try again.'),
      );
      return;
    }
  }
  await editor.insertSnippet(
    new vscode.SnippetString(plan.bodySnippet),
    document.positionAt(plan.bodyInsertOffset),
    { undoStopBefore: plan.headerEdits.length === 0, undoStopAfter: true },
  );
}

async function newDraft(kind: TemplateKind): Promise<void> {
  const title =
    kind === 'msg'
      ? vscode.l10n.t('Choose a template for the new chat draft')
      : vscode.l10n.t('Choose a template for the new e-mail draft');
  const entry = await pickTemplate(kind, title, vscode.window.activeTextEditor?.document.uri);
  if (!entry) return;
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_IDS[kind], content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(entry.body), new vscode.Position(0, 0));
}

/** Shows the quick pick of templates for a kind of draft (all kinds when null). */
async function pickTemplate(
  kind: TemplateKind | null,
  placeHolder: string,
  near: vscode.Uri | undefined,
): Promise<TemplateEntry | undefined> {
  const loc = locale();
  const user = await readUserTemplates(near, loc);
  const entries = templatesForKind([...builtinTemplates(), ...user.templates], kind);
  const items: TemplatePickItem[] = [];
  for (const group of groupTemplates(entries, loc)) {
    items.push({ label: group.label, kind: vscode.QuickPickItemKind.Separator });
    for (const entry of group.entries) {
      items.push({
        label: templateLabel(entry, loc),
        description:
          entry.source === 'user'
            ? [languageName(entry.lang, loc), vscode.l10n.t('your template')].filter(Boolean).join(' · ')
            : languageName(entry.lang, loc),
        detail: templateDescription(entry, loc),
        entry,
      });
    }
  }
  const problems = user.problems.filter((p) => !kind || kindOfFileName(p.problem.name) === kind);
  if (problems.length) {
    items.push({ label: vscode.l10n.t('Skipped templates'), kind: vscode.QuickPickItemKind.Separator });
    for (const p of problems) {
      items.push({
        label: `$(warning) ${p.problem.name}`,
        description: vscode.l10n.t('open to fix'),
        detail: p.problem.message,
        problemUri: p.uri,
      });
    }
  }
  if (!items.some((i) => i.entry)) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('No templates are available for this kind of draft.'),
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.problemUri) {
    await vscode.window.showTextDocument(picked.problemUri);
    return undefined;
  }
  return picked?.entry;
}

interface ReadResult {
  templates: TemplateEntry[];
  problems: { problem: UserTemplateProblem; uri: vscode.Uri }[];
}

/** Reads every `*.msg`/`*.eml` of the templates folder of each workspace folder (the nearest first). */
async function readUserTemplates(near: vscode.Uri | undefined, loc: DisplayLocale): Promise<ReadResult> {
  const result: ReadResult = { templates: [], problems: [] };
  const folders = [...(vscode.workspace.workspaceFolders ?? [])];
  const nearest = near ? vscode.workspace.getWorkspaceFolder(near) : undefined;
  if (nearest) folders.sort((a, b) => (a === nearest ? -1 : b === nearest ? 1 : 0));
  const seen = new Set<string>();
  for (const folder of folders) {
    const dir = await templatesFolder(folder);
    if (!dir || seen.has(dir.toString())) continue;
    seen.add(dir.toString());
    const files: UserTemplateFile[] = [];
    const uris = new Map<string, vscode.Uri>();
    await collect(dir, '', 0, files, uris);
    const prefix = folders.length > 1 ? `${folder.name}/` : '';
    const loaded = loadUserTemplates(
      files.map((f) => ({ ...f, name: prefix + f.name })),
      loc,
    );
    for (const t of loaded.templates) {
      if (!result.templates.some((x) => x.key === t.key)) result.templates.push(t);
    }
    for (const p of loaded.problems) {
      result.problems.push({ problem: p, uri: uris.get(p.name.slice(prefix.length)) ?? dir });
    }
  }
  return result;
}

/** The templates folder of a workspace folder: `.cordialrc.json` wins over the setting. */
async function templatesFolder(folder: vscode.WorkspaceFolder): Promise<vscode.Uri | null> {
  let setting = vscode.workspace.getConfiguration('cordial', folder.uri).get<string>('templatesFolder');
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.cordialrc.json'));
    const rc: unknown = parseJsonc(new TextDecoder('utf-8').decode(bytes));
    if (
      rc &&
      typeof rc === 'object' &&
      typeof (rc as { templatesFolder?: unknown }).templatesFolder === 'string'
    )
      setting = (rc as { templatesFolder: string }).templatesFolder;
  } catch {
    // No `.cordialrc.json` (or unreadable): the setting stands.
  }
  const path = (setting ?? DEFAULT_FOLDER).trim() || DEFAULT_FOLDER;
  // Only folders inside the workspace: a shared configuration must not point outside it.
  const parts = path.replace(/\\/g, '/').split('/').filter(Boolean);
  if (/^([a-z]:|\/|\\)/i.test(path) || parts.includes('..')) return null;
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

async function collect(
  dir: vscode.Uri,
  relative: string,
  depth: number,
  files: UserTemplateFile[],
  uris: Map<string, vscode.Uri>,
): Promise<void> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return; // No templates folder: no user templates.
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, type] of entries) {
    if (files.length >= MAX_FILES) return;
    const uri = vscode.Uri.joinPath(dir, name);
    const rel = relative ? `${relative}/${name}` : name;
    if (type & vscode.FileType.Directory) {
      if (depth < MAX_DEPTH && !name.startsWith('.')) await collect(uri, rel, depth + 1, files, uris);
      continue;
    }
    if (!kindOfFileName(name)) continue;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) files.push({ name: rel, text: '', tooLarge: true });
      else
        files.push({
          name: rel,
          text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)),
        });
      uris.set(rel, uri);
    } catch {
      // Unreadable file: skipped like a missing one.
    }
  }
}
