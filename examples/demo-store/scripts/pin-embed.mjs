#!/usr/bin/env node
/**
 * Pins the demo store's Candor tags the way a retailer should: the versioned folder from
 * @candor/embed's package.json, and `integrity` + `crossorigin` from the built manifest
 * (packages/embed/dist/candor@<version>/manifest.json), on every page's
 *   <link rel="stylesheet" href="/cdn/candor@<version>/candor.css" ...>
 *   <script type="module" src="/cdn/candor@<version>/candor.js" ...></script>
 * Only those attributes change; the rest of each tag and page stays as written.
 *
 *   node examples/demo-store/scripts/pin-embed.mjs           update the pages
 *   node examples/demo-store/scripts/pin-embed.mjs --check   exit 1 when a page is not pinned to the build
 * Run after `pnpm build`; test/e2e/demo-store-data.test.ts runs the check.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** Every .html file of the store, as paths relative to it. */
function pages(dir = site, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'data') return [];
    const path = `${dir}${name}`;
    if (statSync(path).isDirectory()) return pages(`${path}/`, `${prefix}${name}/`);
    return name.endsWith('.html') ? [`${prefix}${name}`] : [];
  });
}

/** Sets (or adds after the URL attribute) one attribute of a tag's source text. */
function setAttribute(tag, name, value, after) {
  const existing = new RegExp(`(\\s)${name}="[^"]*"`);
  if (existing.test(tag)) return tag.replace(existing, `$1${name}="${value}"`);
  return tag.replace(new RegExp(`(\\s${after}="[^"]*")`), `$1 ${name}="${value}"`);
}

/** The pinned text of every page that uses the embed, as path -> content. */
export function pinnedPages() {
  const { version } = JSON.parse(readFileSync(`${repo}packages/embed/package.json`, 'utf8'));
  const manifestFile = `${repo}packages/embed/dist/candor@${version}/manifest.json`;
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`pnpm build\` first`);
  const { files } = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const integrity = (file) => {
    if (!files[file]?.integrity) throw new Error(`manifest.json has no integrity for ${file}`);
    return files[file].integrity;
  };
  const out = {};
  for (const path of pages()) {
    const html = readFileSync(`${site}${path}`, 'utf8');
    const pinned = html
      .replace(/<script\b[^>]*\bsrc="\/cdn\/candor@[^/"]+\/candor\.js"[^>]*>/g, (tag) => {
        let next = tag.replace(/\/cdn\/candor@[^/"]+\//, `/cdn/candor@${version}/`);
        next = setAttribute(next, 'integrity', integrity('candor.js'), 'src');
        return setAttribute(next, 'crossorigin', 'anonymous', 'integrity');
      })
      .replace(/<link\b[^>]*\bhref="\/cdn\/candor@[^/"]+\/candor\.css"[^>]*>/g, (tag) => {
        let next = tag.replace(/\/cdn\/candor@[^/"]+\//, `/cdn/candor@${version}/`);
        next = setAttribute(next, 'integrity', integrity('candor.css'), 'href');
        return setAttribute(next, 'crossorigin', 'anonymous', 'integrity');
      });
    if (pinned !== html || /\/cdn\/candor@/.test(html)) out[path] = pinned;
  }
  return out;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, content] of Object.entries(pinnedPages())) {
    if (readFileSync(`${site}${path}`, 'utf8') === content) continue;
    if (check) {
      console.error(`not pinned to the current build: examples/demo-store/${path}`);
      stale++;
    } else {
      writeFileSync(`${site}${path}`, content);
      console.log(`pinned examples/demo-store/${path}`);
    }
  }
  if (stale) {
    console.error('run node examples/demo-store/scripts/pin-embed.mjs after pnpm build');
    process.exit(1);
  }
}
