import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the example community site lives (served at `/` by `npm start`). */
export const exampleSiteDir = path.join(repoRoot, 'examples', 'site');

/** The built widgets (`npm run build`; `npm start` builds them first), served at `/mentorkit/`. */
export const widgetsDistDir = path.join(repoRoot, 'packages', 'widgets', 'dist');

/**
 * Serves the example site at `/` when it exists. serveStatic takes a root relative to the working
 * directory, so the absolute folder is turned into one.
 */
export function staticSiteRoutes(siteDir = exampleSiteDir, widgetsDir = widgetsDistDir): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  // `<script type="module" src="/mentorkit/mentorkit.js">` works from any allowed host page.
  if (existsSync(widgetsDir)) {
    routes.use('/mentorkit/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Access-Control-Allow-Origin', '*');
    });
    routes.use('/mentorkit/*', serveStatic({ root: path.relative(process.cwd(), widgetsDir) || '.', rewriteRequestPath: (p) => p.replace(/^\/mentorkit/, '') }));
  }
  if (!existsSync(siteDir)) return routes;
  const root = path.relative(process.cwd(), siteDir) || '.';
  routes.use('/*', serveStatic({ root }));
  return routes;
}
