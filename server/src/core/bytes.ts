import { TextDecoder } from '@exodus/bytes/encoding.js';

/** The OLE compound-file signature that starts an Outlook binary `.msg`. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleCompound(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE.every((b, i) => bytes[i] === b);
}

/** NUL bytes in the first 8 KB mark a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The same check on decoded text (the editor hands the core text, not bytes). */
export function textLooksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

/** True when the decoded text of an OLE file is what the editor shows (`\uFFFD\uFFFD\u0011…`). */
export function textLooksOle(text: string): boolean {
  return /^(?:\uFEFF)?(?:\uFFFD|\u00D0)(?:\uFFFD|\u00CF)\u0011/.test(text);
}

const utf8 = new TextDecoder('utf-8');
const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 (BOM removed). `invalid` counts undecodable bytes (approximately: the
 * replacement characters the decoder produced that were not in the input).
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalid: number } {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { text: utf8Fatal.decode(body), invalid: 0 };
  } catch {
    const text = utf8.decode(body);
    let replacements = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replacements++;
    let literal = 0;
    for (let i = 0; i + 2 < body.length; i++)
      if (body[i] === 0xef && body[i + 1] === 0xbf && body[i + 2] === 0xbd) literal++;
    return { text, invalid: Math.max(1, replacements - literal) };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
