// Builds a small Simplified-Chinese language pack for the VS Code inside code-server, offline.
// code-server bundles no language pack and cannot reach a gallery, so `--locale zh-cn` alone stays
// English (and `vscode.env.language` stays `en`). With this pack installed and registered in the
// user-data folder's languagepacks.json, the display language is zh-cn: the workbench strings
// below show in Chinese, and Cordial's own package.nls.zh-cn.json and l10n bundle are used.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const LANGPACK_ID = 'cordial-e2e.zh-hans-langpack';
const VERSION = '1.0.0';

/** Workbench strings (as VS Code's English messages) and their Chinese. */
const ZH = {
  Problems: '问题',
  Output: '输出',
  'Debug Console': '调试控制台',
  Terminal: '终端',
  Ports: '端口',
  Explorer: '资源管理器',
  Search: '搜索',
  Outline: '大纲',
  Timeline: '时间线',
  'Restricted Mode': '限制模式',
  'Restricted Mode is intended for safe code browsing. Trust this folder to enable all features.':
    '限制模式适用于安全浏览代码。信任此文件夹以启用所有功能。',
  Manage: '管理',
  'Learn More': '了解详细信息',
  'Quick Fix': '快速修复',
  'Quick Fix...': '快速修复...',
  'Source Action...': '源代码操作...',
  'More Actions...': '更多操作...',
  'Ln {0}, Col {1}': '行 {0}，列 {1}',
  '[Ln {0}, Col {1}]': '[行 {0}，列 {1}]',
  'Spaces: {0}': '空格: {0}',
  'Tab Size: {0}': '制表符长度: {0}',
  'No problems have been detected in the workspace.': '未在工作区检测到问题。',
  'Filter (e.g. text, **/*.ts, !**/node_modules/**, @source:ts)':
    '筛选器(例如 text、**/*.ts、!**/node_modules/**、@source:ts)',
  'Search files by name (append {0} to go to line or {1} to go to symbol)':
    '按名称搜索文件(追加 {0} 可转到行，追加 {1} 可转到符号)',
  'View Problem': '查看问题',
  'No quick fixes available': '没有可用的快速修复',
  'Select encoding': '选择编码',
  'Select End of Line Sequence': '选择行尾序列',
  'Select Language Mode': '选择语言模式',
  'Go to File': '转到文件',
  'Show All Commands': '显示所有命令',
  'recently used': '最近使用',
  'other commands': '其他命令',
};

/** `main.i18n.json` for the strings above, keyed the way VS Code's nls.keys.json lists them. */
export function translations(vscodeOut) {
  const keys = JSON.parse(readFileSync(join(vscodeOut, 'nls.keys.json'), 'utf8'));
  const messages = JSON.parse(readFileSync(join(vscodeOut, 'nls.messages.json'), 'utf8'));
  const contents = {};
  let i = 0;
  let found = 0;
  for (const [module, moduleKeys] of keys) {
    for (const key of moduleKeys) {
      const zh = Object.hasOwn(ZH, messages[i]) ? ZH[messages[i]] : undefined;
      if (zh !== undefined) {
        contents[module] ??= {};
        contents[module][typeof key === 'string' ? key : key.key] = zh;
        found++;
      }
      i++;
    }
  }
  if (!found) throw new Error(`no workbench string to translate was found in ${vscodeOut}/nls.messages.json`);
  return { version: '1.0.0', contents };
}

/** Builds the pack as a .vsix in `outDir` and returns its path. */
export function buildLangpack(outDir, vscodeOut) {
  const dir = join(outDir, 'zh-hans-langpack');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const [publisher, name] = LANGPACK_ID.split('.');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name,
        publisher,
        displayName: 'Chinese (Simplified) test language pack',
        description: 'A few workbench strings in Simplified Chinese, for the end-to-end tests.',
        version: VERSION,
        license: 'MIT',
        repository: { type: 'git', url: 'https://example.invalid/cordial.git' },
        engines: { vscode: '^1.91.0' },
        categories: ['Language Packs'],
        contributes: {
          localizations: [
            {
              languageId: 'zh-cn',
              languageName: 'Chinese Simplified',
              localizedLanguageName: '中文(简体)',
              translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
            },
          ],
        },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, 'translations', 'main.i18n.json'), JSON.stringify(translations(vscodeOut)));
  writeFileSync(join(dir, 'README.md'), 'Test language pack for Cordial’s end-to-end tests.\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  writeFileSync(join(dir, '.vscodeignore'), '.vscodeignore\n');
  const vsix = join(outDir, `${LANGPACK_ID}-${VERSION}.vsix`);
  execFileSync(
    process.execPath,
    [join(repo, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return vsix;
}

/**
 * Registers the installed pack in `userDataDir/languagepacks.json` (code-server's
 * --install-extension does not) and sets the display language in argv.json.
 */
export function registerLangpack(userDataDir, extensionsDir) {
  const installed = join(extensionsDir, `${LANGPACK_ID}-${VERSION}`);
  const main = join(installed, 'translations', 'main.i18n.json');
  readFileSync(main); // fails loudly when the pack did not install where expected
  writeFileSync(
    join(userDataDir, 'languagepacks.json'),
    JSON.stringify({
      'zh-cn': {
        hash: `cordial-e2e-${VERSION}-${Date.now()}`,
        extensions: [{ extensionIdentifier: { id: LANGPACK_ID }, version: VERSION }],
        translations: { vscode: main },
        label: '中文(简体)',
      },
    }),
  );
  writeFileSync(join(userDataDir, 'argv.json'), JSON.stringify({ locale: 'zh-cn' }));
}
