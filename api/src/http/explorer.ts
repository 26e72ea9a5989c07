import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';

/** Installed files the page is made of (devDependencies of @cmk/api; never in the Lambda bundle). */
const ASSETS = {
  react: ['react', 'umd/react.production.min.js'],
  reactDom: ['react-dom', 'umd/react-dom.production.min.js'],
  graphiql: ['graphiql', 'graphiql.min.js'],
  css: ['graphiql', 'graphiql.min.css'],
} as const;

const DEFAULT_QUERY = `# CmK GraphQL API (local). Ctrl-Enter runs the query.
{
  offers(first: 5) {
    totalCount
    edges { node { title partner { name } disciplines { label } } }
  }
}
`;

// Inlined into one <script>/<style> each: a "</script" inside the code would end the element early.
const inline = (code: string) => code.replace(/<\/(script|style)/gi, '<\\/$1');

/**
 * The whole page in one answer, built from node_modules: nothing is fetched from another host,
 * so the explorer works offline, as README.md promises. Read on first use only: dev and prod
 * disable the landing page and never reach this code.
 */
export function explorerHtml(): string {
  const require = createRequire(import.meta.url);
  // By the package's folder: the UMD builds are files of the package, not exported entry points.
  const read = ([pkg, file]: readonly [string, string]) =>
    fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CmK GraphQL API – GraphiQL</title>
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
<style>${inline(read(ASSETS.css))}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script>${inline(read(ASSETS.react))}</script>
<script>${inline(read(ASSETS.reactDom))}</script>
<script>${inline(read(ASSETS.graphiql))}</script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: 'headers' }),
  );
</script>
</body>
</html>
`;
}

/** Apollo landing page: GraphiQL for GET requests that accept HTML. */
export function explorerPlugin<T extends object>(): ApolloServerPlugin<T> {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          try {
            html ??= explorerHtml();
          } catch (error) {
            // Without the explorer's packages the API itself still answers.
            return {
              html: `<!doctype html><title>Explorer missing</title><p>GraphiQL is not installed (${String(error)}). Run <code>npm install</code> in the repository root.</p>`,
            };
          }
          return { html };
        },
      };
    },
  };
}
