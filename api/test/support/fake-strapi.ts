/**
 * A stand-in for Strapi's REST API in the shape Strapi 5 answers (flat entries with documentId),
 * for sync tests that need to control versions exactly. The end-to-end test uses a real Strapi.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import qs from 'qs';
import { PLURAL } from '../../src/sources/strapi/client.ts';
import type { ContentKind } from '../../src/domain/content.ts';

type Entry = Record<string, unknown> & { documentId: string; updatedAt: string };

export class FakeStrapi {
  /** kind → locale → documentId → published entry */
  readonly published = new Map<string, Entry>();
  requests = 0;
  private server?: http.Server;
  url = '';

  private key = (kind: ContentKind, locale: string, id: string) => `${kind}|${locale}|${id}`;

  publish(kind: ContentKind, locale: string, entry: Entry): void {
    this.published.set(this.key(kind, locale, entry.documentId), entry);
  }

  unpublish(kind: ContentKind, locale: string, id: string): void {
    this.published.delete(this.key(kind, locale, id));
  }

  async start(): Promise<void> {
    const kindOf = Object.fromEntries(Object.entries(PLURAL).map(([k, v]) => [v, k as ContentKind]));
    this.server = http.createServer((req, res) => {
      this.requests++;
      if (req.headers.authorization !== 'Bearer test-token') return void res.writeHead(401).end();
      const [path = '', query = ''] = (req.url ?? '').split('?');
      const params = qs.parse(query) as { locale?: string; filters?: Record<string, { documentId: { $eq: string } }> };
      const [, , plural, id] = path.split('/');
      const kind = kindOf[plural ?? ''];
      if (!kind) return void res.writeHead(404).end();
      const locale = params.locale ?? 'nl';
      if (id) {
        const entry = this.published.get(this.key(kind, locale, decodeURIComponent(id)));
        if (!entry) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"data":null}');
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: entry }));
      }
      const entries = [...this.published.entries()]
        .filter(([k]) => k.startsWith(`${kind}|${locale}|`))
        .map(([, e]) => e)
        .filter((e) =>
          Object.entries(params.filters ?? {}).every(([field, cond]) => {
            const value = e[field];
            const related = Array.isArray(value) ? value : value ? [value] : [];
            return related.some((r) => (r as { documentId?: string }).documentId === cond.documentId.$eq);
          }),
        );
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: entries, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: entries.length } } }));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
