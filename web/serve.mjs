// Serves the built web page (web/dist) on the loopback interface only: `node web/serve.mjs [port]`
// (default 8750), then open http://127.0.0.1:8750/. The tests mount more folders the same way.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
/** The same policy as the page's meta tag, sent as a header so the worker gets it too. */
export const CSP =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Starts a static server on 127.0.0.1. `mounts` maps URL prefixes (`/`, `/browser/`) to folders;
 * `pages` maps exact paths to text served as is (HTML unless the path says otherwise). Resolves with the origin and a `close()`.
 */
export async function serveStatic({ mounts, pages = {}, port = 0 }) {
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(400, 'text/plain', 'bad request');
    }
    if (Object.hasOwn(pages, path)) return send(200, TYPES[extname(path)] ?? TYPES['.html'], pages[path]);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return send(404, 'text/plain', 'not found');
    const [prefix, root] = mount;
    let file = resolve(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'text/plain', 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: actual } = server.address();
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('./dist/', import.meta.url));
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8750);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${process.argv[2] ?? process.env.PORT}. Give one from 1 to 65535.`);
    process.exit(2);
  }
  stat(join(dist, 'index.html'))
    .then(
      () => serveStatic({ mounts: { '/': dist }, port }),
      () => {
        console.error('web/dist is not built yet: run `npm run build` first.');
        process.exit(1);
      },
    )
    .then(
      ({ origin }) => console.log(`Cordial's web page: ${origin}/  (Ctrl+C to stop)`),
      (err) => {
        // One line, no stack trace: the usual cause is another program (or a second copy) on the port.
        const why =
          err?.code === 'EADDRINUSE'
            ? `port ${port} is already in use (another program, or the page is already being served). Stop it, or give another port: node web/serve.mjs ${port === 8750 ? 8751 : port + 1}`
            : err?.code === 'EACCES'
              ? `not allowed to use port ${port}; give a port above 1023: node web/serve.mjs 8750`
              : String(err?.message ?? err);
        console.error(`Cordial's web page cannot start: ${why}`);
        process.exit(1);
      },
    );
}
