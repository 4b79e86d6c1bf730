// Writes the parts of each rule page (docs/rules/<group>/<name>.md) that repeat from rule to rule,
// from the rule's definition: the metadata table (ID, default severity, files, fix, source) and
// the "Turning it off" section. Each sits between a pair of markers, invisible in Markdown:
//   [//]: # (begin generated metadata) … [//]: # (end generated metadata)
//   [//]: # (begin generated turning-off) … [//]: # (end generated turning-off)
// Everything outside the markers is the page's own prose and is left as it is.
// Usage: node --import tsx scripts/gen-rule-docs.ts [--check]
//   --check: write nothing; exit 1 when a page differs from what would be generated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Rule } from '../server/src/core/engine/rule';
import { allRules } from '../server/src/core/rules';

const begin = (name: string) => `[//]: # (begin generated ${name})`;
const end = (name: string) => `[//]: # (end generated ${name})`;

function files(rule: Rule): string {
  const msg = rule.appliesTo.includes('msg');
  const eml = rule.appliesTo.includes('eml');
  if (msg && eml) return 'both `.msg` (chat drafts) and `.eml` (e-mail drafts)';
  return msg ? '`.msg` (chat drafts) only' : '`.eml` (e-mail drafts) only';
}

function severity(rule: Rule): string {
  const kinds = rule.appliesTo;
  const values = kinds.map((k) => rule.defaultSeverity(k));
  if (values.every((v) => v === values[0])) return `\`${values[0]}\``;
  return kinds.map((k, i) => `\`${values[i]}\` in \`.${k}\``).join(', ');
}

export function metadata(rule: Rule): string {
  const source = [`\`server/src/core/rules/${rule.id}.ts\``];
  const [group, name] = rule.id.split('/');
  const words = `server/src/core/rules/${group}/words/${name}.ts`;
  if (existsSync(words)) source.push(`word list \`${words}\``);
  return [
    '| | |',
    '|---|---|',
    `| ID | \`${rule.id}\` |`,
    `| Default severity | ${severity(rule)} |`,
    `| Files | ${files(rule)} |`,
    `| Fix | ${rule.fixable ? 'yes' : 'no'} |`,
    `| Source | ${source.join(', ')} |`,
  ].join('\n');
}

export function turningOff(rule: Rule): string {
  const id = rule.id;
  const out = [
    'For the workspace, in `.cordialrc.json` (or the `cordial.rules` setting; `--rule ' +
      `${id}=off\` on the command line):`,
    '',
    '```json',
    `{ "rules": { "${id}": "off" } }`,
    '```',
    '',
    'Any severity works instead of `off`: `hint`, `info`, `warning`, `error`.',
  ];
  if (rule.appliesTo.includes('msg'))
    out.push(
      '',
      'For one chat draft, in its front matter:',
      '',
      '```yaml',
      '---',
      `cordial: { disable: [${id}] }`,
      '---',
      '```',
    );
  if (rule.appliesTo.includes('eml'))
    out.push(
      '',
      'For one e-mail draft, as a header (an `X-` header: mail clients pass it through harmlessly):',
      '',
      '```',
      `X-Cordial-Disable: ${id}`,
      '```',
    );
  out.push(
    '',
    'Every way to switch Cordial off, including `overrides` by file pattern: [Suppressing findings](../../suppressing.md).',
  );
  return out.join('\n');
}

/** The page with its generated parts rewritten; throws when a pair of markers is missing. */
export function renderPage(rule: Rule, page: string): string {
  let out = page;
  for (const [name, body] of [
    ['metadata', metadata(rule)],
    ['turning-off', turningOff(rule)],
  ] as const) {
    const a = out.indexOf(begin(name));
    const b = out.indexOf(end(name));
    if (a < 0 || b < a) throw new Error(`docs/rules/${rule.id}.md: no markers for the generated ${name}`);
    out = `${out.slice(0, a)}${begin(name)}\n\n${body}\n\n${out.slice(b)}`;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const rule of allRules) {
    const path = `docs/rules/${rule.id}.md`;
    const page = readFileSync(path, 'utf8');
    const next = renderPage(rule, page);
    if (next === page) continue;
    stale.push(path);
    if (!check) writeFileSync(path, next);
  }
  if (check && stale.length) {
    console.error(`out of date (run npm run gen:docs):\n${stale.join('\n')}`);
    process.exit(1);
  }
}
