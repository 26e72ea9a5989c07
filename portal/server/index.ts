/**
 * The portal's own small server, for `npm start` and the tests: the built files of portal/dist with
 * the same security headers as CloudFront, `config.json`, `/graphql` passed on to the API (so the
 * page talks to one origin, as with CloudFront in front of it), and on the `local` stage only the
 * sign-in list and local tokens (the mechanism of `npm run token`).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createLocalSignIn, type LocalSignIn } from './local-sign-in.ts';
import { securityHeaders } from './security-headers.ts';

export interface PortalServerOptions {
  /** The built portal (portal/dist). */
  readonly distDir: string;
  /** The API's GraphQL endpoint on this machine, e.g. http://127.0.0.1:4000/graphql. */
  readonly apiUrl: string;
  /** `local` offers the local sign-in; any other stage does not. */
  readonly stage: string;
  /** Where the local key pair lives (the API verifies against its JWKS); required on the local stage. */
  readonly keysDir?: string;
  /** Origins of images (Strapi's, locally): allowed by the page's content security policy. */
  readonly imageOrigins?: readonly string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const MAX_BODY_BYTES = 1_000_000;

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

export function createPortalServer(options: PortalServerOptions): http.Server {
  const distDir = path.resolve(options.distDir);
  const headers = securityHeaders({ connect: [], img: options.imageOrigins ?? [] });
  const signIn: LocalSignIn | undefined =
    options.stage === 'local' ? createLocalSignIn({ apiUrl: options.apiUrl, keysDir: requireKeysDir(options) }) : undefined;

  async function passToApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req);
    const forward: Record<string, string> = { 'content-type': 'application/json' };
    for (const name of ['authorization', 'accept', 'accept-language', 'x-api-key']) {
      const value = req.headers[name];
      if (typeof value === 'string') forward[name] = value;
    }
    let upstream: Response;
    try {
      upstream = await fetch(options.apiUrl, {
        method: 'POST',
        headers: forward,
        body: new Uint8Array(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch {
      // The API is down: a 502 without a GraphQL answer, as API Gateway sends, so the client retries
      // queries and then reports a network error (the portal's "try again later" state).
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('The API is not reachable.');
      return;
    }
    const answer = Buffer.from(await upstream.arrayBuffer());
    const passHeaders: Record<string, string> = { 'cache-control': 'no-store' };
    for (const name of ['content-type', 'retry-after']) {
      const value = upstream.headers.get(name);
      if (value) passHeaders[name] = value;
    }
    res.writeHead(upstream.status, passHeaders).end(answer);
  }

  function serveFile(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    let file = path.join(distDir, decodeURIComponent(pathname));
    if (!file.startsWith(distDir + path.sep) && file !== distDir) {
      res.writeHead(400).end();
      return;
    }
    const isAsset = /\.[a-z0-9]+$/i.test(pathname);
    if (!isAsset || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      // A client-side route: the single page answers it (CloudFront does the same with its 404 rule).
      if (isAsset) {
        res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      file = path.join(distDir, 'index.html');
    }
    if (!fs.existsSync(file)) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The portal is not built yet: run npm run build -w portal (npm start does this for you).');
      return;
    }
    const immutable = pathname.startsWith('/assets/');
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    const handle = async (): Promise<void> => {
      if (route === 'POST /graphql') return passToApi(req, res);
      if (route === 'GET /config.json') return sendJson(res, 200, { stage: options.stage, apiUrl: '/graphql' });
      if (url.pathname.startsWith('/local/')) {
        if (!signIn) return sendJson(res, 404, { error: 'Local sign-in exists on the local stage only.' });
        if (route === 'GET /local/accounts') return sendJson(res, 200, await signIn.accounts());
        if (route === 'POST /local/token') {
          const result = await signIn.token(JSON.parse((await readBody(req)).toString('utf8') || '{}'));
          return sendJson(res, result.ok ? 200 : 400, result.ok ? result.value : { error: result.error });
        }
        return sendJson(res, 404, { error: `No ${route}.` });
      }
      if (req.method === 'GET' || req.method === 'HEAD') return serveFile(req, res, url.pathname);
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: (error as Error).message });
      else res.destroy();
    });
  });
}

function requireKeysDir(options: PortalServerOptions): string {
  if (!options.keysDir) throw new Error('The local stage needs keysDir: the folder of the local key pair (.data/keys).');
  return options.keysDir;
}

/** Starts the server on 127.0.0.1; resolves with its URL. */
export async function startPortalServer(
  options: PortalServerOptions & { readonly port: number },
): Promise<{ url: string; server: http.Server }> {
  const server = createPortalServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://127.0.0.1:${port}`, server };
}
