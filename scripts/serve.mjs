#!/usr/bin/env node
// The demo store's static server: examples/demo-store at /, the built CDN bundle at /cdn/.
// sirv (small, MIT, made for static files) sends correct content types, ETags and ranges, and the
// bundle's precompressed .br/.gz files to browsers that accept them; this file only adds headers:
// the store's per-path headers (the strict CSP page) and safe defaults.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));

const SAFE_DEFAULTS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Per-path headers of the site: `headers.json` beside the pages maps a path prefix to headers,
 * e.g. { "/strict/": { "Content-Security-Policy": "default-src 'self'" } }. Longest prefix wins.
 */
function loadHeaderRules(siteDir) {
  const file = `${siteDir}/headers.json`;
  if (!existsSync(file)) return [];
  const rules = JSON.parse(readFileSync(file, 'utf8'));
  return Object.entries(rules).sort(([a], [b]) => b.length - a.length);
}

/** Starts the server; resolves to { server, url }. Port 0 picks a free port (tests use that). */
export function startStoreServer({
  port = Number(process.env.PORT ?? 4173),
  host = '127.0.0.1',
  siteDir = `${root}examples/demo-store`,
  cdnDir = `${root}packages/embed/dist`,
} = {}) {
  const headerRules = loadHeaderRules(siteDir);
  const site = sirv(siteDir, { dev: true, extensions: ['html'], setHeaders: (res, pathname) => applyRules(res, pathname, headerRules) });
  const cdn = sirv(cdnDir, {
    dev: true,
    // The build writes each bundle file precompressed beside it; sent as a CDN would send it.
    brotli: true,
    gzip: true,
    setHeaders: (res) => {
      // Versioned folders never change; crossorigin + integrity needs CORS.
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    },
  });

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SAFE_DEFAULTS)) res.setHeader(name, value);
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    };
    if (req.url?.startsWith('/cdn/')) {
      req.url = req.url.slice('/cdn'.length);
      return cdn(req, res, notFound);
    }
    return site(req, res, notFound);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const shownHost = host === '127.0.0.1' ? 'localhost' : host;
      resolve({ server, url: `http://${shownHost}:${address.port}` });
    });
  });
}

function applyRules(res, pathname, rules) {
  for (const [prefix, headers] of rules) {
    if (!pathname.startsWith(prefix)) continue;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return;
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  if (!existsSync(`${root}packages/embed/dist`)) console.warn('packages/embed/dist is missing: run `pnpm build` first (npm start does).');
  startStoreServer()
    .then(({ url }) => console.log(`\nCandor demo store: ${url}/\n(Ctrl+C to stop)`))
    .catch((error) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${error.port} is in use; try PORT=4174 npm start` : error);
      process.exit(1);
    });
}
