// First-load bytes of the example site (E7): what a browser must fetch of widget code before each page
// works — the module scripts of the page and every module they import statically, as the service sends
// them to a gzip client. Dynamic imports (loaded on demand) are not counted. Bytes are deterministic, so
// the budget is enforced; the figures go into docs/performance.md.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { rawGet } from '../testing/raw-get.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { ensureWidgetBundles } from '../testing/widget-bundles.js';
import { exampleSiteDir } from './static-site.js';

const KB = 1024;
const HOME_BUDGET = 30 * KB;
/** Every page of the example site, as URL paths (`/`, `/mentor.html`, `/sign-in/`, …). */
function examplePages(dir = exampleSiteDir, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return examplePages(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    if (!entry.name.endsWith('.html')) return [];
    return [entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`];
  });
}

interface FirstLoad {
  files: string[];
  bytes: Record<'gzip' | 'br', number>;
}

async function firstLoad(server: TestServer, html: string): Promise<FirstLoad> {
  await init;
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => new URL(m[1]!, server.url).href);
  const seen = new Set<string>();
  const bytes = { gzip: 0, br: 0 };
  const queue = scripts.filter((url) => new URL(url).pathname.startsWith('/mentorkit/'));
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
    const br = await rawGet(url, { 'accept-encoding': 'br' });
    assert.equal(gzip.status, 200, url);
    assert.equal(gzip.headers['content-encoding'], 'gzip', url);
    assert.equal(br.headers['content-encoding'], 'br', url);
    bytes.gzip += gzip.body.length;
    bytes.br += br.body.length;
    const [imports] = parse(brotliDecompressSync(br.body).toString());
    // d === -1: a static import, fetched before the module runs.
    for (const found of imports) if (found.d === -1 && found.n) queue.push(new URL(found.n, url).href);
  }
  return { files: [...seen].map((url) => new URL(url).pathname), bytes };
}

describe('example site: first-load widget code (E7)', () => {
  let server: TestServer;
  before(async () => {
    ensureWidgetBundles();
    server = await startTestServer();
  });
  after(() => server.stop());

  it(`loads at most ${HOME_BUDGET / KB} KB gzip of widget code on /, and each page only its own elements`, async () => {
    const loads: Record<string, FirstLoad> = {};
    const pages = examplePages();
    assert.ok(pages.includes('/'), `the example site has a home page: ${pages.join(', ')}`);
    for (const page of pages) {
      const answer = await rawGet(server.url + page);
      assert.equal(answer.status, 200, page);
      const html = answer.body.toString();
      const load = await firstLoad(server, html);
      loads[page] = load;
      console.log(
        `${page}: ${(load.bytes.gzip / KB).toFixed(1)} KB gzip, ${(load.bytes.br / KB).toFixed(1)} KB brotli in ${load.files.length} files`,
      );
      assert.ok(!load.files.includes('/mentorkit/mentorkit.js'), `${page} loads per-element entries, not the whole bundle`);
      // Every element the page uses is registered by its own entry (a tag without one would never render).
      for (const tag of new Set(html.match(/<mentor-[a-z-]+/g)?.map((t) => t.slice(1)))) {
        assert.ok(load.files.includes(`/mentorkit/cdn/${tag}.js`), `${page} uses <${tag}> and loads /mentorkit/cdn/${tag}.js`);
      }
    }
    const home = loads['/']!;
    assert.ok(home.bytes.gzip <= HOME_BUDGET, `/ loads ${home.bytes.gzip} bytes gzip of widget code (budget ${HOME_BUDGET})`);
    assert.ok(
      !home.files.some((file) => /mentor-(dashboard|booking-calendar|session-list)/.test(file)),
      `/ loads no code of elements it does not show: ${home.files.join(', ')}`,
    );
  });
});
