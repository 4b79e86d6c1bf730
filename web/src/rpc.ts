/**
 * A minimal JSON-RPC 2.0 client over `postMessage`, the transport of `vscode-languageserver/browser`
 * (each message is one structured-cloned JSON object). Enough for the page to speak LSP to the
 * worker: requests with answers, notifications both ways, and an error answer to any request of
 * the server the page does not implement.
 */
type Handler = (params: unknown) => void;

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

const METHOD_NOT_FOUND = -32601;

export class Rpc {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly handlers = new Map<string, Handler>();
  private closed = false;

  constructor(
    private readonly port: Worker,
    private readonly onFailure: (reason: string) => void,
  ) {
    port.addEventListener('message', (e: MessageEvent) => this.receive(e.data as Message));
    port.addEventListener('error', (e: ErrorEvent) => this.fail(e.message || 'worker error'));
    port.addEventListener('messageerror', () => this.fail('unreadable message'));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    if (this.closed) return Promise.reject(new Error('closed'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.port.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    if (!this.closed) this.port.postMessage({ jsonrpc: '2.0', method, params });
  }

  on(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  close(): void {
    this.closed = true;
    this.port.terminate();
    for (const p of this.pending.values()) p.reject(new Error('closed'));
    this.pending.clear();
  }

  private fail(reason: string): void {
    if (this.closed) return;
    this.close();
    this.onFailure(reason);
  }

  private receive(msg: Message): void {
    if (!msg || typeof msg !== 'object') return;
    if (msg.method !== undefined) {
      const handler = this.handlers.get(msg.method);
      if (msg.id !== undefined && msg.id !== null) {
        // A request of the server's: nothing it asks of a page needs an answer but "not here".
        this.port.postMessage({
          jsonrpc: '2.0',
          id: msg.id,
          error: { code: METHOD_NOT_FOUND, message: `${msg.method} is not available in the web page` },
        });
      } else handler?.(msg.params);
      return;
    }
    if (typeof msg.id !== 'number') return;
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.error) p.reject(new Error(msg.error.message));
    else p.resolve(msg.result);
  }
}
