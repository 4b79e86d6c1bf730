/**
 * The draft as the rules read it when it is written in Traditional Chinese: every text a rule
 * reads (source, body, paragraphs, messages, headers, HTML text) in Simplified characters of the
 * same length, so that every offset and every source mapping is the draft's own. Word lists,
 * counts and numerals are written once, in Simplified, and work on both scripts.
 */
import type { Draft, EmlDraft, Header, MsgDraft } from '../draft';
import { memo } from '../memo';
import { SliceView, type TextView } from '../view';
import { toSimplifiedSameLength as s } from './script';

function view(v: TextView): TextView {
  const text = s(v.text);
  return text === v.text ? v : { text, toSource: (a, b) => v.toSource(a, b) };
}

function header(h: Header): Header {
  return { ...h, value: s(h.value), raw: s(h.raw), view: view(h.view) };
}

/**
 * The Simplified form of `part`, which lies at `[start, end)` of `whole`: a slice of the already
 * converted `simplified` when it is that slice of `whole` (no second conversion), else converted.
 */
function within(part: string, whole: string, simplified: string, start: number, end: number): string {
  return end - start === part.length && whole.startsWith(part, start)
    ? simplified.slice(start, end)
    : s(part);
}

/** The draft itself for a Simplified draft; for a Traditional one, its Simplified reading (built once). */
export function simplifiedDraft<D extends Draft>(draft: D): D {
  if (draft.script !== 'hant') return draft;
  return memo(draft, 'script/simplified', () => build(draft)) as D;
}

function build(draft: Draft): Draft {
  const source = s(draft.source);
  // A chat's body is a slice of its source: convert the file once and slice it.
  const o = draft.body instanceof SliceView ? draft.body.offset : -1;
  const bodyText =
    o >= 0
      ? within(draft.body.text, draft.source, source, o, o + draft.body.text.length)
      : s(draft.body.text);
  const body: TextView =
    bodyText === draft.body.text
      ? draft.body
      : { text: bodyText, toSource: (a, b) => draft.body.toSource(a, b) };
  const common = {
    source,
    body,
    blocks: draft.blocks.map((b) => ({
      ...b,
      text: within(b.text, draft.body.text, bodyText, b.start, b.end),
    })),
  };
  if (draft.kind === 'msg') {
    const msg: MsgDraft = {
      ...draft,
      ...common,
      messages: draft.messages.map((m) => ({
        ...m,
        text: within(m.text, draft.source, source, m.start, m.end),
        media: m.media.map((x) => ({ ...x, raw: s(x.raw), annotation: s(x.annotation) })),
      })),
    };
    return msg;
  }
  const headers = draft.headers.map(header);
  const eml: EmlDraft = {
    ...draft,
    ...common,
    headers,
    subject: draft.subject ? (headers[draft.headers.indexOf(draft.subject)] ?? header(draft.subject)) : null,
    html: draft.html ? { ...draft.html, text: s(draft.html.text) } : null,
  };
  return eml;
}
