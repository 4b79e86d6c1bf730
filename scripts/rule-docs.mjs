// The rule pages for the web page: docs/rules/<group>/<name>.md rendered to simple HTML with
// markdown-it (raw HTML off), keyed by rule ID. A translation sits beside the English page as
// <name>.zh.md (Simplified) or <name>.zh-tw.md (Traditional) and is used where it exists.
// Links between rule pages become in-page links (data-rule); any other link becomes plain text,
// so the page never points at an outside host.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import MarkdownIt from 'markdown-it';

function renderer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const stack = [];
  md.renderer.rules.link_open = (tokens, idx, _options, env) => {
    const href = tokens[idx].attrGet('href') ?? '';
    const m = /^(?:\.\.\/([a-z]+)\/|\.\/)?([a-z-]+)\.md(?:#.*)?$/.exec(href);
    if (m) {
      const id = `${m[1] ?? env.group}/${m[2]}`;
      stack.push('</a>');
      return `<a href="#" data-rule="${md.utils.escapeHtml(id)}">`;
    }
    stack.push('</span>');
    return '<span class="link">';
  };
  md.renderer.rules.link_close = () => stack.pop() ?? '';
  md.renderer.rules.image = (tokens, idx) => md.utils.escapeHtml(tokens[idx].content);
  return md;
}

/** `{ "group/name": { en, zh?, zhTw? } }` for every rule page under `root`. */
export function renderRuleDocs(root = 'docs/rules') {
  const md = renderer();
  const out = {};
  if (!existsSync(root)) return out;
  for (const group of readdirSync(root, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    const dir = join(root, group.name);
    for (const file of readdirSync(dir).sort()) {
      const m = /^([a-z-]+)\.md$/.exec(file);
      if (!m) continue;
      const env = { group: group.name };
      const render = (name) => {
        const path = join(dir, name);
        return existsSync(path) ? md.render(readFileSync(path, 'utf8'), env) : undefined;
      };
      const entry = { en: render(file) };
      const zh = render(`${m[1]}.zh.md`);
      const zhTw = render(`${m[1]}.zh-tw.md`);
      if (zh) entry.zh = zh;
      if (zhTw) entry.zhTw = zhTw;
      out[posix.join(group.name, m[1])] = entry;
    }
  }
  return out;
}
