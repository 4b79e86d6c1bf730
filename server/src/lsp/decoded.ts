/**
 * "Show Decoded Text": an e-mail draft as its reader will see it — the headers with encoded words
 * decoded, then the body with quoted-printable, base64 and the charset undone — with the findings
 * moved onto that text. The core's views map decoded text to the source; this turns the mapping
 * around, one decoded character at a time, so a finding on `=E4=B8=89=E7=82=B9` lands on `三点`.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DecodedResult } from '../../../shared/requests';
import type { EmlDraft, Finding } from '../core';
import type { TextView } from '../core/view';
import type { CoreView } from './convert';
import { toDiagnostic } from './convert';

export function decodedText(draft: EmlDraft, findings: readonly Finding[]): DecodedResult {
  let text = '';
  /** Source span of each decoded character; -1 for the text this view adds (header names, line breaks). */
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (piece: string, source: { start: number; end: number } | null) => {
    text += piece;
    for (let i = 0; i < piece.length; i++) {
      starts.push(source ? source.start : -1);
      ends.push(source ? source.end : -1);
    }
  };
  const addView = (v: TextView) => {
    for (let i = 0; i < v.text.length; i++) {
      const s = v.toSource(i, i + 1);
      starts.push(s.start);
      ends.push(s.end);
    }
    text += v.text;
  };
  for (const h of draft.headers) {
    add(`${h.name}: `, h.nameSpan);
    addView(h.view);
    add(draft.eol, null);
  }
  add(draft.eol, null);
  const bodyAt = text.length;
  addView(draft.body);

  const decoded = TextDocument.create('cordial-decoded:/draft.txt', 'plaintext', 0, text);
  const target: CoreView = { doc: decoded, base: 0, text };
  const diagnostics = findings.map((f, i) => {
    const [start, end] = locate(f.start, f.end, starts, ends) ?? [bodyAt, bodyAt];
    const d = toDiagnostic(target, { ...f, start, end, related: [] }, i, 0);
    delete d.data;
    // The finding's message is plain text (the LSP type also allows Markdown).
    return { ...d, message: f.message };
  });
  return { text, diagnostics };
}

/** The decoded characters whose source overlaps `[start, end)` (an empty span: the character at it). */
function locate(start: number, end: number, starts: number[], ends: number[]): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    if (s < 0) continue;
    const e = ends[i]!;
    const hit =
      start === end ? s <= start && start < Math.max(e, s + 1) : s < end && start < Math.max(e, s + 1);
    if (hit) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  return start === end ? [first, first] : [first, last + 1];
}

/** `cordial/decoded` (shared/requests.ts). */
export { DECODED_REQUEST, type DecodedResult } from '../../../shared/requests';
