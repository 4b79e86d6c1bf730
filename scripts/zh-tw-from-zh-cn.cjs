// One-off: package.nls.zh-tw.json and l10n/bundle.l10n.zh-tw.json from the zh-cn files (OpenCC cn → tw with Taiwan phrases).
// Run once with opencc-js installed outside the project: NODE_PATH=…/node_modules node scripts/zh-tw-from-zh-cn.cjs .
const OpenCC = require('opencc-js');
const fs = require('fs');
const conv = OpenCC.Converter({ from: 'cn', to: 'twp' });
const root = process.argv[2];
for (const [from, to] of [
  ['package.nls.zh-cn.json', 'package.nls.zh-tw.json'],
  ['l10n/bundle.l10n.zh-cn.json', 'l10n/bundle.l10n.zh-tw.json'],
]) {
  const d = JSON.parse(fs.readFileSync(`${root}/${from}`, 'utf8'));
  const out = {};
  for (const [k, v] of Object.entries(d))
    out[k] = k === 'jsonValidation.url' ? v : conv(v).replace(/“/g, '「').replace(/”/g, '」');
  fs.writeFileSync(`${root}/${to}`, JSON.stringify(out, null, 2) + '\n');
}
