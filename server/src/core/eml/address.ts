import type { Address } from '../draft';
import { decodeWordsText } from './words';

/*
 * RFC 5322 address lists: mailboxes (`Name <a@b>`, `a@b (Name)`, `"Chen, Jac" <a@b>`), groups
 * (`team: a@b, c@d;`, `undisclosed-recipients:;`), encoded-word display names. Lenient: a bare
 * name with no address (`To: Jac`, common in hand-written drafts) is kept with an empty address.
 * (postal-mime's parser is not used in the core: it is a dev dependency and decodes charsets
 * with the platform's TextDecoder, which differs from the one the rest of the parser uses.)
 */

type Tok = { t: 'text' | 'quoted' | 'comment' | 'angle' | 'op' | 'space'; v: string };

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (c === '"') {
      let v = '';
      i++;
      while (i < n && s[i] !== '"') {
        if (s[i] === '\\' && i + 1 < n) i++;
        v += s[i];
        i++;
      }
      i++;
      out.push({ t: 'quoted', v });
    } else if (c === '(') {
      let depth = 1;
      let v = '';
      i++;
      while (i < n && depth > 0) {
        const d = s[i]!;
        if (d === '\\' && i + 1 < n) {
          v += s[i + 1];
          i += 2;
          continue;
        }
        if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
        v += d;
        i++;
      }
      i++;
      out.push({ t: 'comment', v });
    } else if (c === '<') {
      const e = s.indexOf('>', i + 1);
      const end = e < 0 ? n : e;
      out.push({ t: 'angle', v: s.slice(i + 1, end) });
      i = end + 1;
    } else if (c === ',' || c === ';' || c === ':') {
      out.push({ t: 'op', v: c });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      while (i < n && /[ \t\r\n]/.test(s[i]!)) i++;
      out.push({ t: 'space', v: ' ' });
    } else {
      const start = i;
      while (i < n && !/[ \t\r\n"(<,;:]/.test(s[i]!)) i++;
      out.push({ t: 'text', v: s.slice(start, i) });
    }
  }
  return out;
}

function clean(s: string): string {
  return decodeWordsText(s.replace(/\s+/g, ' ').trim()).trim();
}

/** Parses an address list (`From`, `To`, `Cc`, `Bcc`) into mailboxes, with group names. */
export function parseAddressList(raw: string): Address[] {
  const toks = tokenize(raw.length > 65536 ? raw.slice(0, 65536) : raw);
  const out: Address[] = [];
  let group: string | null = null;
  let cur: Tok[] = [];
  const finish = () => {
    const angle = cur.find((t) => t.t === 'angle');
    const comments = cur.filter((t) => t.t === 'comment').map((t) => t.v);
    const words = cur.filter((t) => t.t !== 'comment' && t.t !== 'angle');
    let name = '';
    let address = '';
    if (angle) {
      address = angle.v.replace(/\s+/g, '').replace(/^mailto:/i, '');
      name = words.map((t) => t.v).join('');
    } else {
      const at = words.findIndex((t) => t.t === 'text' && t.v.includes('@'));
      if (at >= 0) {
        // an addr-spec may be written with spaces or quotes around dots: join the word run
        address = words[at]!.v;
        name = words
          .filter((_, i) => i !== at)
          .map((t) => t.v)
          .join('');
      } else name = words.map((t) => t.v).join('');
    }
    name = clean(name);
    if (!name && comments.length) name = clean(comments.join(' '));
    if (address || name) {
      const a: Address = { name, address };
      if (group !== null) a.group = group;
      out.push(a);
    }
    cur = [];
  };
  for (const t of toks) {
    if (t.t === 'op') {
      if (t.v === ',') finish();
      else if (t.v === ';') {
        finish();
        group = null;
      } else if (group === null && !cur.some((x) => x.t === 'angle')) {
        group = clean(cur.map((x) => (x.t === 'comment' ? '' : x.v)).join(''));
        cur = [];
      } else cur.push({ t: 'text', v: ':' });
    } else cur.push(t);
  }
  finish();
  return out;
}
