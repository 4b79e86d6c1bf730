// Rebuilds the larger real-correspondence corpus that `npm run precision` reads, from local
// checkouts of public sources. It never downloads: point it at copies you already have.
//
// Usage:
//   node scripts/real-corpus.mjs [--out DIR] [--max N] [--ecd PATH]... [--maildir PATH]... [--mbox FILE]... [--eml DIR]...
//
//   --out DIR      where the drafts go (default $CORDIAL_REAL_CORPUS or /var/tmp/cordial-real); emptied first
//   --max N        at most N drafts per source (default 1000), picked evenly, the same every run
//   --ecd PATH     the E-commerce Dialogue Corpus (Taobao customer service, Chinese): a file in its
//                  `label \t turns… \t response` form, or a directory holding such files (a checkout
//                  of its repository has ECD_sample/{train,valid,test}). Each true session becomes a
//                  .msg: the customer's last turn quoted with `>`, then the shop's answer.
//   --maildir PATH a Maildir-style tree such as the Enron corpus's maildir/: the messages of the
//                  owners' sent folders (sent, sent_items, _sent_mail) become .eml drafts, since
//                  those are the words the owner wrote.
//   --mbox FILE    an mbox file (a mailing-list archive, a Thunderbird export): each message, split
//                  on its `From ` envelope line, becomes an .eml (the envelope line kept).
//   --eml DIR      .eml files as they are (e.g. Chinese-charset mail saved from a client).
//
// The corpus stays outside the repository: only the small, licence-clean sample in
// test/fixtures/real/ is checked in.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
function all(name) {
  const out = [];
  for (let i = 0; i < args.length; i++) if (args[i] === `--${name}` && args[i + 1]) out.push(args[++i]);
  return out;
}
const OUT = all('out')[0] ?? process.env.CORDIAL_REAL_CORPUS ?? '/var/tmp/cordial-real';
const MAX = Number(all('max')[0] ?? 1000);

function walk(dir, accept, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) walk(p, accept, out);
    else if (accept(p)) out.push(p);
  }
  return out;
}

/** At most MAX items, evenly spread over the list: the same selection every run. */
function pick(list) {
  if (list.length <= MAX) return list;
  const step = list.length / MAX;
  return Array.from({ length: MAX }, (_, i) => list[Math.floor(i * step)]);
}

/** The corpus is word-segmented with spaces; join Han characters back as they were typed. */
function unsegment(s) {
  return s
    .trim()
    .replace(/(?<=[\p{Script=Han}\p{P}])\s+(?=[\p{Script=Han}\p{P}])/gu, '')
    .replace(/(?<=[\p{Script=Han}])\s+(?=\d)|(?<=\d)\s+(?=[\p{Script=Han}])/gu, '');
}

function ecd(path, out) {
  const files = statSync(path).isDirectory()
    ? walk(path, (p) => /(?:^|[/\\])(?:train|valid|dev|test)(?:\.txt)?$/.test(p))
    : [path];
  const seen = new Set();
  const sessions = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const cols = line.split('\t');
      if (cols.length < 3 || cols[0] !== '1') continue;
      const turns = cols.slice(1).map(unsegment).filter(Boolean);
      const response = turns[turns.length - 1];
      const question = turns[turns.length - 2];
      const key = `${question}\n${response}`;
      if (!response || !question || seen.has(key)) continue;
      seen.add(key);
      sessions.push({ question, response });
    }
  }
  let n = 0;
  for (const s of pick(sessions)) {
    const text = `---\nreply: true\nchannel: taobao\nlang: zh\n---\n> ${s.question}\n\n${s.response}\n`;
    writeFileSync(join(out, `ecd-${String(++n).padStart(5, '0')}.msg`), text);
  }
  return n;
}

function maildir(path, out) {
  const files = walk(path, (p) => /[/\\](?:sent|sent_items|_sent_mail)[/\\]/.test(p));
  let n = 0;
  for (const f of pick(files)) {
    const owner = f.slice(path.length).split(/[/\\]/).filter(Boolean)[0] ?? 'x';
    writeFileSync(join(out, `maildir-${owner}-${String(++n).padStart(5, '0')}.eml`), readFileSync(f));
  }
  return n;
}

function mbox(path, out) {
  const bytes = readFileSync(path);
  const text = bytes.toString('latin1'); // split on bytes; each message keeps its own charset
  const starts = [];
  const re = /^From \S+.*$/gm;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (m.index === 0 || text[m.index - 1] === '\n') starts.push(m.index);
  const messages = starts.map((s, i) => bytes.subarray(s, starts[i + 1] ?? bytes.length));
  let n = 0;
  const stem = basename(path).replace(/\W+/g, '-');
  for (const m of pick(messages))
    writeFileSync(join(out, `mbox-${stem}-${String(++n).padStart(5, '0')}.eml`), m);
  return n;
}

function emlDir(path, out) {
  let n = 0;
  for (const f of pick(walk(path, (p) => /\.eml$/i.test(p))))
    writeFileSync(join(out, `eml-${String(++n).padStart(5, '0')}-${basename(f)}`), readFileSync(f));
  return n;
}

const sources = [
  ...all('ecd').map((p) => ['ecd', p, ecd]),
  ...all('maildir').map((p) => ['maildir', p, maildir]),
  ...all('mbox').map((p) => ['mbox', p, mbox]),
  ...all('eml').map((p) => ['eml', p, emlDir]),
];
if (!sources.length) {
  console.error('Nothing to read: give --ecd, --maildir, --mbox or --eml (see the head of this file).');
  process.exit(2);
}
rmSync(OUT, { recursive: true, force: true });
for (const [i, [kind, path, read]] of sources.entries()) {
  const dir = join(OUT, `${kind}-${i + 1}`);
  mkdirSync(dir, { recursive: true });
  console.log(`${kind} ${path}: ${read(path, dir)} drafts`);
}
console.log(`corpus in ${OUT}`);
