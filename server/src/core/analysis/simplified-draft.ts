/**
 * The draft as the rules read it when it is written in Traditional Chinese: every text a rule
 * reads (source, body, paragraphs, messages, headers, HTML text) in Simplified characters of the
 * same length, so that every offset and every source mapping is the draft's own. Word lists,
 * counts and numerals are written once, in Simplified, and work on both scripts.
 */
import type { Draft, EmlDraft, Header, MsgDraft } from '../draft';
import { memo } from '../memo';
import type { TextView } from '../view';
import { toSimplifiedSameLength as s } from './script';

function view(v: TextView): TextView {
  const text = s(v.text);
  return text === v.text ? v : { text, toSource: (a, b) => v.toSource(a, b) };
}

function header(h: Header): Header {
  return { ...h, value: s(h.value), raw: s(h.raw), view: view(h.view) };
}

/** The draft itself for a Simplified draft; for a Traditional one, its Simplified reading (built once). */
export function simplifiedDraft<D extends Draft>(draft: D): D {
  if (draft.script !== 'hant') return draft;
  return memo(draft, 'script/simplified', () => build(draft)) as D;
}

function build(draft: Draft): Draft {
  const common = {
    source: s(draft.source),
    body: view(draft.body),
    blocks: draft.blocks.map((b) => ({ ...b, text: s(b.text) })),
  };
  if (draft.kind === 'msg') {
    const msg: MsgDraft = {
      ...draft,
      ...common,
      messages: draft.messages.map((m) => ({
        ...m,
        text: s(m.text),
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
