// Regenerates schemas/cordialrc.schema.json (the JSON schema of .cordialrc.json) from the rule registry.
// Usage: node --import tsx scripts/gen-schema.ts [--check]
//   --check: write nothing; exit 1 when the file on disk differs from what would be generated.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules, DEFAULT_BUDGETS, DEFAULT_CONFIG } from '../server/src/core';
import { SEVERITIES } from '../server/src/core/types';

const file = fileURLToPath(new URL('../schemas/cordialrc.schema.json', import.meta.url));

const strings = (description: string) => ({ description, type: 'array', items: { type: 'string' } });
const budget = (description: string, key: keyof typeof DEFAULT_BUDGETS) => ({
  description,
  type: 'number',
  minimum: 0,
  default: DEFAULT_BUDGETS[key],
});

export function buildSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Cordial configuration',
    description:
      'Settings for Cordial in a workspace or folder (.cordialrc.json). They override user settings; the nearest file above a draft applies.',
    type: 'object',
    properties: {
      $schema: { description: 'The JSON schema of this file.', type: 'string' },
      rules: {
        description: 'Severity of each rule, by rule ID. "off" switches a rule off.',
        type: 'object',
        properties: Object.fromEntries(
          allRules.map((r) => [
            r.id,
            { description: r.description.en, type: 'string', enum: [...SEVERITIES] },
          ]),
        ),
        additionalProperties: false,
      },
      jargon: strings('Extra jargon words and abbreviations that readers outside your trade may not know.'),
      allowedWords: strings(
        'Words that no rule reports, whatever the rule (compared without regard to case). The quick fix “Allow … in this workspace” adds to this list.',
      ),
      budgets: {
        description: 'Lengths the structure and e-mail rules measure drafts against.',
        type: 'object',
        properties: {
          messages: budget(
            'Content messages after the opening before a chat draft is reported as long (info).',
            'messages',
          ),
          messagesMax: budget(
            'Content messages after the opening before it is reported as too long (warning).',
            'messagesMax',
          ),
          sentences: budget('Sentences in a chat conversation.', 'sentences'),
          emailWords: budget('English words in an e-mail body.', 'emailWords'),
          emailChars: budget('Chinese (CJK) characters in an e-mail body.', 'emailChars'),
        },
        additionalProperties: false,
      },
      templatesFolder: {
        description: 'Folder of user templates (*.msg, *.eml), relative to the workspace folder.',
        type: 'string',
        default: DEFAULT_CONFIG.templatesFolder,
      },
      overrides: {
        description:
          'Settings for some drafts only, chosen by path pattern relative to this file’s folder, applied in order over the rest (later entries win). Patterns: * (within a folder), ** (any folders), ? (one character), {a,b} (either); a pattern without / matches the file name in any folder.',
        type: 'array',
        items: {
          type: 'object',
          required: ['files'],
          properties: {
            files: patterns('Drafts this entry applies to, e.g. "drafts/vip/**/*.eml".'),
            excludedFiles: patterns('Drafts left out even though they match "files".'),
            rules: { $ref: '#/properties/rules' },
            jargon: { $ref: '#/properties/jargon' },
            allowedWords: { $ref: '#/properties/allowedWords' },
            budgets: { $ref: '#/properties/budgets' },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}

function patterns(description: string) {
  return {
    description,
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ],
  };
}

const text = `${JSON.stringify(buildSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(
      'schemas/cordialrc.schema.json is out of date: run node --import tsx scripts/gen-schema.ts',
    );
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
}
