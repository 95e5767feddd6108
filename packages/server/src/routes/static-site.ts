import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the example community site lives (served at `/` by `npm start`). */
export const exampleSiteDir = path.join(repoRoot, 'examples', 'site');

/**
 * Serves the example site at `/` when it exists. serveStatic takes a root relative to the working
 * directory, so the absolute folder is turned into one.
 */
export function staticSiteRoutes(siteDir = exampleSiteDir): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  if (!existsSync(siteDir)) return routes;
  const root = path.relative(process.cwd(), siteDir) || '.';
  routes.use('/*', serveStatic({ root }));
  return routes;
}
