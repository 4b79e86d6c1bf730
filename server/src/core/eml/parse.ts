// TEMPORARY STUB so the rest of the core runs while the MIME parser is written; replace wholesale.
import { stripBom } from '../bytes';
import type { DraftInput, EmlDraft } from '../draft';
import { dominantEol, LineIndex } from '../lines';
import { SliceView } from '../view';

export function parseEml(input: DraftInput): EmlDraft {
  const source = stripBom(input.text ?? String.fromCharCode(...(input.bytes ?? [])));
  const sep = /\r?\n\r?\n/.exec(source);
  const bodyStart = sep ? sep.index + sep[0].length : source.length;
  return {
    kind: 'eml',
    source,
    lines: new LineIndex(source),
    body: new SliceView(source.slice(bodyStart), bodyStart),
    blocks: [],
    quoted: [],
    signature: null,
    lang: 'en',
    recipientName: null,
    firstContact: true,
    disabled: [],
    problems: [],
    blocked: false,
    eol: dominantEol(source),
    headers: [],
    headerSpan: { start: 0, end: sep ? sep.index : source.length },
    headerInsertAt: sep ? sep.index : source.length,
    subject: null,
    from: [],
    to: [],
    cc: [],
    bcc: [],
    parts: [],
    attachments: [],
    bodyPart: null,
    bodyFormat: 'plain',
    html: null,
    unsent: false,
    isReply: false,
  };
}
