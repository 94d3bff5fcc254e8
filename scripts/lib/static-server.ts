/**
 * A tiny loopback HTTP server for test and demo pages. Binds 127.0.0.1 on a
 * free port; serves files from one folder, and extra pages from memory.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  /** Serve `body` at `path` (e.g. "/generated/big.html"). */
  put(path: string, body: string | Buffer, type?: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const extra = new Map<string, { body: string | Buffer; type: string; headers: Record<string, string> }>();
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const page = extra.get(path);
      if (page) {
        response.writeHead(200, { 'content-type': page.type, ...page.headers });
        response.end(page.body);
        return;
      }
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    put(path, body, type = 'text/html; charset=utf-8', headers = {}) {
      extra.set(path, { body, type, headers });
    },
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}
