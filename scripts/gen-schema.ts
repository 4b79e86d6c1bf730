// Regenerates schemas/cordialrc.schema.json (the JSON schema of .cordialrc.json) from the rule registry.
// Usage: node --import tsx scripts/gen-schema.ts [--check]
//   --check: write nothing; exit 1 when the file on disk differs from what would be generated.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules, DEFAULT_BUDGETS, DEFAULT_CONFIG } from '../server/src/core';
import { SEVERITIES } from '../server/src/core/types';

const file = fileURLToPath(new URL('../schemas/cordialrc.schema.json', import.meta.url));
/**
 * The Chinese schema. JSON schema has one `description` per key and no locales, so each display
 * language gets its own file: package.json's `jsonValidation` url is `%jsonValidation.url%`,
 * which VS Code replaces from package.nls.json (this file in English) or package.nls.zh-cn.json
 * (the Chinese one), as it does every `%key%` of the manifest.
 */
const fileZh = fileURLToPath(new URL('../schemas/cordialrc.schema.zh-cn.json', import.meta.url));

/** The Chinese of every English description below, by its English text. */
const ZH: Record<string, string> = {
  'Settings for Cordial in a workspace or folder (.cordialrc.json). They override user settings; the nearest file above a draft applies.':
    'Cordial 在工作区或文件夹中的设置（.cordialrc.json）。它们优先于用户设置；草稿上方最近的文件生效。',
  'The JSON schema of this file.': '此文件的 JSON 架构。',
  'Severity of each rule, by rule ID. "off" switches a rule off.':
    '各规则的严重级别，按规则 ID 设置。“off”表示关闭该规则。',
  'Extra jargon words and abbreviations that readers outside your trade may not know.':
    '行业外的读者可能不懂的内部术语和缩写，Cordial 会在草稿中指出它们。',
  'Words that no rule reports, whatever the rule (compared without regard to case). The quick fix “Allow … in this workspace” adds to this list.':
    '任何规则都不再标记的词语（不区分大小写）。快速修复“在此工作区中允许……”会把词语加入此列表。',
  'Lengths the structure and e-mail rules measure drafts against.': '结构规则和邮件规则衡量草稿长度的标准。',
  'Content messages after the opening before a chat draft is reported as long (info).':
    '聊天草稿在开场白之后的正文消息超过此条数时，提示内容偏长（信息）。',
  'Content messages after the opening before it is reported as too long (warning).':
    '开场白之后的正文消息超过此条数时，警告内容过长（警告）。',
  'Sentences in a chat conversation.': '聊天草稿的句子数。',
  'English words in an e-mail body.': '邮件正文的英文单词数。',
  'Chinese (CJK) characters in an e-mail body.': '邮件正文的中文（中日韩）字符数。',
  'Folder of user templates (*.msg, *.eml), relative to the workspace folder.':
    '用户模板（*.msg、*.eml）所在的文件夹，相对于工作区文件夹。',
  'Settings for some drafts only, chosen by path pattern relative to this file’s folder, applied in order over the rest (later entries win). Patterns: * (within a folder), ** (any folders), ? (one character), {a,b} (either); a pattern without / matches the file name in any folder.':
    '只用于部分草稿的设置，按相对于此文件所在文件夹的路径模式选择，依次覆盖其他设置（后面的条目优先）。模式：*（文件夹内）、**（任意层文件夹）、?（一个字符）、{a,b}（任选其一）；不含 / 的模式匹配任意文件夹中的文件名。',
  'Drafts this entry applies to, e.g. "drafts/vip/**/*.eml".':
    '此条目适用的草稿，例如“drafts/vip/**/*.eml”。',
  'Drafts left out even though they match "files".': '即使匹配“files”也排除在外的草稿。',
};

/** The schema with every description in Chinese (a rule's from its own Chinese description). */
export function localizeSchema(node: unknown, rules: Record<string, string>): unknown {
  if (Array.isArray(node)) return node.map((x) => localizeSchema(x, rules));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'description' && typeof v === 'string') {
      const zh = rules[v] ?? ZH[v];
      if (zh === undefined) throw new Error(`no Chinese for the schema description: ${v}`);
      out[k] = zh;
    } else out[k] = localizeSchema(v, rules);
  }
  return out;
}

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

const schema = buildSchema();
const ruleZh = Object.fromEntries(allRules.map((r) => [r.description.en, r.description.zh]));
const outputs: [string, string][] = [
  [file, `${JSON.stringify(schema, null, 2)}\n`],
  [fileZh, `${JSON.stringify(localizeSchema(schema, ruleZh), null, 2)}\n`],
];
// The `cordial.rules` setting names the same rules: its `propertyNames.enum` in package.json.
const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
const pkgText = readFileSync(manifest, 'utf8');
const ids = allRules.map((r) => r.id).sort();
const enumRe = /("propertyNames": \{\s*"enum": )\[[^\]]*\]/;
const indent = /\n( *)"propertyNames"/.exec(pkgText)?.[1] ?? '          ';
const list = `[\n${ids.map((id) => `${indent}    ${JSON.stringify(id)}`).join(',\n')}\n${indent}  ]`;
if (!enumRe.test(pkgText)) throw new Error('package.json: cordial.rules has no propertyNames.enum');
outputs.push([manifest, pkgText.replace(enumRe, (_m, head: string) => head + list)]);
for (const [path, text] of outputs) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${path} is out of date: run node --import tsx scripts/gen-schema.ts`);
      process.exit(1);
    }
  } else writeFileSync(path, text);
}
