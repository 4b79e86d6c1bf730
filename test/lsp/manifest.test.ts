import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { allRules } from '../../server/src/core';

const root = process.cwd();
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nls: Record<string, string> = JSON.parse(read('package.nls.json'));
const nlsZh: Record<string, string> = JSON.parse(read('package.nls.zh-cn.json'));

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

describe('extension manifest', () => {
  test('every %key% in package.json exists in both nls files', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsZh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
    assert.deepEqual(
      Object.keys(nlsZh).sort(),
      Object.keys(nls).sort(),
      'the two nls files have the same keys',
    );
  });

  test('every setting has a localized description', () => {
    const props: Record<string, { description?: string; markdownDescription?: string }> =
      pkg.contributes.configuration.properties;
    const names = Object.keys(props);
    for (const name of [
      'cordial.rules',
      'cordial.jargon',
      'cordial.allowedWords',
      'cordial.budgets.messages',
      'cordial.budgets.messagesMax',
      'cordial.budgets.sentences',
      'cordial.budgets.emailWords',
      'cordial.budgets.emailChars',
      'cordial.templatesFolder',
      'cordial.trace.server',
    ])
      assert.ok(names.includes(name), `missing setting ${name}`);
    for (const [name, p] of Object.entries(props)) {
      const d = p.description ?? p.markdownDescription;
      assert.ok(d && /^%.+%$/.test(d), `${name} has no localized description`);
    }
  });

  test('the entry points, languages, grammars and schema are declared', () => {
    assert.equal(pkg.main, './dist/client.js');
    assert.deepEqual(pkg.activationEvents, ['onLanguage:cordial-msg', 'onLanguage:cordial-eml']);
    assert.deepEqual(
      pkg.contributes.languages.map((l: { id: string; extensions: string[] }) => [l.id, l.extensions]),
      [
        ['cordial-msg', ['.msg']],
        ['cordial-eml', ['.eml']],
      ],
    );
    assert.deepEqual(
      pkg.contributes.grammars.map((g: { scopeName: string; path: string }) => [g.scopeName, g.path]),
      [
        ['text.cordial.msg', './syntaxes/msg.tmLanguage.json'],
        ['text.cordial.eml', './syntaxes/eml.tmLanguage.json'],
      ],
    );
    // The schema's url is localized: VS Code replaces `%key%` anywhere in the manifest.
    assert.equal(pkg.contributes.jsonValidation[0].url, '%jsonValidation.url%');
    const nlsEn = JSON.parse(read('package.nls.json'));
    const nlsZh = JSON.parse(read('package.nls.zh-cn.json'));
    assert.equal(nlsEn['jsonValidation.url'], './schemas/cordialrc.schema.json');
    assert.equal(nlsZh['jsonValidation.url'], './schemas/cordialrc.schema.zh-cn.json');
    for (const url of [nlsEn['jsonValidation.url'], nlsZh['jsonValidation.url']])
      assert.ok(existsSync(join(root, url)), url);
    // Word wrap is on for drafts: long Chinese lines have no spaces to break at otherwise.
    for (const lang of ['[cordial-msg]', '[cordial-eml]'])
      assert.equal(pkg.contributes.configurationDefaults[lang]['editor.wordWrap'], 'on');
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    assert.equal(pkg.l10n, './l10n');
    const hidden = pkg.contributes.menus.commandPalette.find(
      (m: { command: string }) => m.command === 'cordial.disableRule',
    );
    assert.equal(hidden?.when, 'false');
  });

  test('every vscode.l10n.t string in client/src has a zh-cn translation', () => {
    const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));
    const used = new Set<string>();
    for (const file of walk(join(root, 'client', 'src'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g))
        used.add(m[2]!.replace(/\\(.)/g, '$1'));
    }
    assert.ok(used.size > 5, 'found the client strings');
    for (const s of used) {
      assert.ok(bundle[s], `l10n/bundle.l10n.zh-cn.json lacks "${s}"`);
      const placeholders = (x: string) => [...x.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(bundle[s]!), placeholders(s), `placeholders of "${s}"`);
    }
  });

  test('the Rules setting accepts only known rule IDs (regenerate: node --import tsx scripts/gen-schema.ts)', () => {
    const pkg = JSON.parse(read('package.json'));
    const rules = pkg.contributes.configuration.properties['cordial.rules'];
    assert.deepEqual(rules.propertyNames.enum, allRules.map((r) => r.id).sort());
    assert.ok(!rules.propertyNames.enum.includes('tone/emoji'));
  });

  test('Chinese setting descriptions: Chinese punctuation, backticks only where rendered as Markdown', () => {
    const pkg = JSON.parse(read('package.json'));
    const nlsZh: Record<string, string> = JSON.parse(read('package.nls.zh-cn.json'));
    const markdown = new Set<string>();
    for (const p of Object.values(pkg.contributes.configuration.properties) as Record<string, string>[])
      if (p.markdownDescription) markdown.add(p.markdownDescription.replace(/%/g, ''));
    for (const [key, text] of Object.entries(nlsZh)) {
      if (!markdown.has(key)) assert.doesNotMatch(text, /`/, `${key} is plain text: no backticks`);
      assert.doesNotMatch(text, /[\u4e00-\u9fff][:;,](?!\/)/, `${key}: Chinese punctuation after Chinese`);
    }
  });

  test('the .vsix keeps only what VS Code loads', () => {
    const ignore = read('.vscodeignore');
    assert.match(ignore, /^\*\*$/m);
    assert.doesNotMatch(ignore, /\.map/);
    assert.ok(existsSync(join(root, 'LICENSE')));
  });
});
