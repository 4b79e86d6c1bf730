import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import PostalMime from 'postal-mime';
import { parseEml } from '../../../server/src/core/eml/parse';

/*
 * Oracle: for real-shaped e-mails, our decoded subject and body text equal what postal-mime
 * decodes (after normalizing CRLF → LF and trailing newlines, which postal-mime adds to QP
 * bodies). postal-mime is a dev dependency used only here.
 */

const FIXTURES = join(__dirname, '../../fixtures/eml');
const norm = (s: string | undefined) => (s ?? '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');

const CASES: { file: string; subject?: string }[] = [
  // postal-mime decodes encoded words one by one, so a character split across two words comes
  // out as U+FFFD there; we join adjacent words first (RFC 2047 §5 mailers do split so)
  { file: 'thunderbird-alt-qp-zh.eml', subject: '纸箱报价：比现价低8%' },
  { file: 'foxmail-gb2312-base64.eml' },
  { file: 'gmail-mixed-attachments.eml' },
  { file: 'reply-en.eml' },
  { file: 'draft-8bit-zh.eml' },
  { file: 'outlook-gbk-qp.eml' },
];

describe('postal-mime oracle', () => {
  for (const c of CASES) {
    test(c.file, async () => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, c.file)));
      const ours = parseEml({ kind: 'eml', bytes });
      const theirs = await PostalMime.parse(bytes);
      assert.equal(ours.bodyFormat, 'plain');
      assert.equal(norm(ours.body.text), norm(theirs.text));
      if (c.subject) assert.equal(ours.subject?.value, c.subject);
      else assert.equal(ours.subject?.value, theirs.subject);
      assert.deepEqual(
        ours.attachments.map((a) => a.filename),
        theirs.attachments.map((a) => a.filename),
      );
      assert.equal(ours.from[0]?.address, theirs.from?.address);
      assert.equal(ours.from[0]?.name, theirs.from?.name);
      assert.deepEqual(
        ours.to.map((a) => a.address),
        (theirs.to ?? []).map((a) => ('address' in a ? a.address : '')),
      );
    });
  }
});
