import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { exampleSiteDir } from './static-site.js';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [path.join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

/** Issue 11, item 6: HTML pages the service serves had no Content-Security-Policy. */
describe('Content-Security-Policy on HTML pages', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ MENTORKIT_DEV_MAIL: 'true' });
  });
  after(() => server.stop());

  it('sends a policy that allows scripts from this origin only on every HTML page', async () => {
    for (const page of ['/', '/members.html', '/sign-in/', '/v1/reference', '/dev/mail']) {
      const r = await fetch(server.url + page, { headers: { host: `localhost:${server.port}` } });
      assert.equal(r.status, 200, page);
      assert.match(r.headers.get('content-type') ?? '', /text\/html/, page);
      const csp = r.headers.get('content-security-policy') ?? '';
      const scriptSrc = csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src'));
      assert.equal(scriptSrc, "script-src 'self'", `${page}: ${csp}`);
      assert.match(csp, /object-src 'none'/);
      assert.match(csp, /base-uri 'none'/);
      assert.match(csp, /frame-ancestors 'self'/);
    }
  });

  it('the example site has no inline scripts the policy would block', async () => {
    for (const file of await htmlFiles(exampleSiteDir)) {
      const html = await readFile(file, 'utf8');
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.trim() !== '',
      );
      assert.equal(inline.length, 0, `${path.relative(exampleSiteDir, file)} has an inline script`);
      assert.doesNotMatch(html, /\son[a-z]+=/i, `${path.relative(exampleSiteDir, file)} has an inline event handler`);
    }
  });

  it('the example sign-in page follows `next` only within its own origin', async () => {
    const { safeNext } = (await import(path.join(exampleSiteDir, 'sign-in', 'next-target.js'))) as {
      safeNext: (next: string | null, origin: string) => string;
    };
    const origin = 'https://circle.example';
    assert.equal(safeNext('/members.html?tab=2#x', origin), '/members.html?tab=2#x');
    assert.equal(safeNext(null, origin), '/members.html');
    for (const evil of [
      '/\\evil.example',
      '//evil.example',
      'https://evil.example/',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\t/evil.example',
      ' //evil.example',
    ]) {
      assert.equal(safeNext(evil, origin), '/members.html', JSON.stringify(evil));
    }
  });
});
