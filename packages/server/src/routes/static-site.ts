import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { widgetAssetRoutes } from './widget-assets.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the example community site lives (served at `/` by `npm start`; only in the repository). */
export const exampleSiteDir = path.join(repoRoot, 'examples', 'site');

/**
 * The built widgets, served at `/mentorkit/`: `@mentorkit/widgets`'s dist/ folder, wherever the package
 * is — packages/widgets in the repository (`npm run build`; `npm start` builds them first), or
 * node_modules when the service was installed from npm.
 */
export const widgetsDistDir = findWidgetsDist();

function findWidgetsDist(): string | undefined {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('@mentorkit/widgets/package.json')), 'dist');
  } catch {
    return undefined;
  }
}

/**
 * Serves the widgets at `/mentorkit/` and the example site at `/` when it exists. serveStatic takes a
 * root relative to the working directory, so the absolute folder is turned into one.
 */
export function staticSiteRoutes(siteDir = exampleSiteDir, widgetsDir = widgetsDistDir): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.route('/', widgetAssetRoutes(widgetsDir));
  if (!existsSync(siteDir)) return routes;
  const root = path.relative(process.cwd(), siteDir) || '.';
  routes.use('/*', serveStatic({ root }));
  return routes;
}
