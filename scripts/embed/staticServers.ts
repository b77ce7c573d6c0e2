import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

/**
 * Two small servers for the embed's tests, benchmark, screenshots and demo. Both are plain static hosts: they send
 * no CORS headers, like most hosts a clinic would use, so a sandboxed frame gets nothing a plain host would not give.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.glb': 'model/gltf-binary',
};

type Transform = (path: string, body: Buffer) => { body: Buffer | string; headers?: Record<string, string> };

function serve(root: string, port: number, transform: Transform = (_, body) => ({ body })): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    let path = normalize(join(root, pathname));
    if (!path.startsWith(normalize(root))) path = root;
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    // Browsers ask every page's host for an icon; these pages have none to give.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    const { body, headers = {} } = transform(pathname, readFileSync(path));
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** The built explainer (dist/) as a plain static host. */
export function serveExplainer(port: number, distDir = 'dist', transform?: Transform): Promise<Server> {
  return serve(distDir, port, transform);
}

/**
 * The demo article (demo/) as a host page on another origin, with its own strict policy: scripts only from itself and
 * the explainer, frames only from the explainer, no inline script or style. `%EXPLAINER%` in its pages becomes the
 * explainer's address.
 */
export function serveHostPages(port: number, explainerUrl: string, demoDir = 'demo'): Promise<Server> {
  const explainerOrigin = new URL(explainerUrl).origin;
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${explainerOrigin}`,
    `frame-src ${explainerOrigin}`,
    "style-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  return serve(demoDir, port, (path, body) =>
    extname(path) === '.html' || path.endsWith('/')
      ? { body: body.toString('utf8').replaceAll('%EXPLAINER%', explainerUrl), headers: { 'Content-Security-Policy': policy } }
      : { body },
  );
}

export const closeServer = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));
