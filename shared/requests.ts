/**
 * The custom requests between the language server (server/src/lsp), the VS Code client (client/src)
 * and the web page (web/src): names, parameters and answers, written once. Plain types only, no
 * imports, so every side can bundle this file (the server checks its answers against these types).
 */

export interface LspPosition {
  /** Zero-based line. */
  line: number;
  /** UTF-16 code units from the line start. */
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** `cordial/stats` `{ uri }` → the draft's counts for the status bar and the copy commands; null for other documents. */
export const STATS_REQUEST = 'cordial/stats';

export interface StatsParams {
  uri: string;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** A chat's messages divided up (server/src/lsp/sends.ts computes them). */
export interface MessageCounts {
  /** Messages that hold text (what Copy Messages copies, one send each). */
  sends: number;
  /** The writer's own messages that open the chat (greeting, self-introduction, asking for time). */
  opening: number;
  /** The writer's own messages after the opening: what the message budget counts. */
  content: number;
  /** Quoted messages (`>` lines, a forwarded block). */
  quoted: number;
  /** Messages with media only (sent as attachments, not as text). */
  mediaOnly: number;
}

/** The `cordial/stats` answer: the core's `DraftStats`, and for a chat the messages divided up and the hard limit. */
export interface StatsResult {
  kind: 'msg' | 'eml';
  /** The writer's own (non-quoted) messages of a chat draft; null for an e-mail. */
  messages: number | null;
  messageBudget: number | null;
  sentences: number;
  sentenceBudget: number | null;
  problems: ProblemCounts;
  counts: MessageCounts | null;
  messagesMax: number | null;
}

/**
 * `cordial/copy` `{ uri, offset? }`: a chat draft's messages ready to paste (front matter and media
 * placeholders left out, the placeholders listed), or the one message at `offset` (a UTF-16 offset in
 * the document); with `{ uri, next: n }` the n-th message that holds text (wrapping around). Null for
 * other documents or outside any message.
 */
export const COPY_REQUEST = 'cordial/copy';

export interface CopyParams {
  uri: string;
  offset?: number;
  next?: number;
}

/** The `cordial/copy` answer, with where the copied messages are so the client can warn about findings there. */
export interface CopyAnswer {
  /** The messages, one paragraph each, separated by a blank line; `\n` line breaks. */
  text: string;
  /** One line per media placeholder left out, in order: `video 3 min 2.0 MB`. */
  media: string[];
  /** How many messages hold text (media-only messages are not counted). */
  messages: number;
  /** The copied messages' ranges in the document. */
  ranges: LspRange[];
  /** For "Copy Next Message": which send was copied (0-based) and how many there are. */
  index?: number;
  total?: number;
}

/** `cordial/decoded` `{ uri }` → the decoded text of an e-mail draft and its findings on it; null otherwise. */
export const DECODED_REQUEST = 'cordial/decoded';

export interface DecodedParams {
  uri: string;
}

/** An LSP diagnostic, as much of it as the decoded view uses. */
export interface DecodedDiagnostic {
  range: LspRange;
  message: string;
  severity?: number;
  code?: string | number;
  source?: string;
}

export interface DecodedResult {
  text: string;
  /** The draft's diagnostics with ranges in `text` (zero-based lines, UTF-16 characters). */
  diagnostics: DecodedDiagnostic[];
}

/**
 * `cordial/readWorkspaceConfig` `{ folderUri }`, sent by the browser server to the client, which
 * answers with the folder's `.cordialrc.json` text or null.
 */
export const READ_WORKSPACE_CONFIG_REQUEST = 'cordial/readWorkspaceConfig';

export interface ReadWorkspaceConfigParams {
  folderUri: string;
}
