/** Types of `serve.mjs` (plain JavaScript, so `node web/serve.mjs` runs without a build). */
export declare const CSP: string;
export declare function serveStatic(options: {
  mounts: Record<string, string>;
  pages?: Record<string, string>;
  port?: number;
}): Promise<{ origin: string; close: () => Promise<void> }>;
