import { OpenAPIHono } from '@hono/zod-openapi';
import { MentorKitError } from '@mentorkit/core';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.js';
import { communityContext } from './middleware/community/index.js';
import { contentSecurityPolicy } from './middleware/content-security/index.js';
import { compressJson } from './middleware/compression/index.js';
import { errorHandler, notFoundHandler } from './middleware/error-handler/index.js';
import { readRateLimit } from './middleware/read-rate-limit/index.js';
import { requestLogger } from './middleware/request-logger/index.js';
import { authRoutes } from './routes/auth.js';
import { communityRoutes } from './routes/communities.js';
import { devMailRoutes } from './routes/dev-mail.js';
import { healthRoutes } from './routes/health.js';
import { memberRoutes } from './routes/members.js';
import { memberAdminRoutes } from './routes/member-admin.js';
import { availabilityRoutes } from './routes/availability.js';
import { favoriteRoutes } from './routes/favorites.js';
import { MENTOR_PHOTO_PATH, mentorRoutes } from './routes/mentors.js';
import { validationHook } from './routes/openapi.js';
import { slotRoutes } from './routes/slots.js';
import { sessionRoutes } from './routes/sessions.js';
import { sessionRescheduleRoutes } from './routes/session-reschedule.js';
import { mentorshipRoutes } from './routes/mentorships.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { notificationRoutes } from './routes/notifications.js';
import { publicNotificationRoutes } from './routes/public-notification-pages.js';
import { conversationRoutes } from './routes/conversations.js';
import { inAppNotificationRoutes } from './routes/in-app-notifications.js';
import { employerRoutes } from './routes/employer.js';
import { realtimeRoutes } from './routes/realtime.js';
import { deprovisioningRoutes } from './routes/deprovisioning.js';
import { referencePage } from './routes/reference-page.js';
import { staticSiteRoutes } from './routes/static-site.js';
import { webhookRoutes } from './routes/webhooks.js';
import { documentWebhookEvents } from './routes/webhook-events-doc.js';
import { videoRoomRoutes } from './routes/video-room.js';
import type { Services } from './service-container.js';

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** Routes mounted under `/v1`; each file is one resource. Later resources add a line here. */
const v1Routes = [
  communityRoutes,
  memberRoutes,
  memberAdminRoutes,
  authRoutes,
  mentorRoutes,
  availabilityRoutes,
  favoriteRoutes,
  slotRoutes,
  sessionRoutes,
  sessionRescheduleRoutes,
  mentorshipRoutes,
  dashboardRoutes,
  employerRoutes,
  realtimeRoutes,
  conversationRoutes,
  inAppNotificationRoutes,
  deprovisioningRoutes,
  notificationRoutes,
  webhookRoutes,
  videoRoomRoutes,
];

/**
 * Assembles the HTTP service over ready-made services (storage, mail, repositories).
 * @example const app = createApp(await createServices({ config, secret, storage, mailer, logger }))
 */
export function createApp(services: Services): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler);
  app.notFound(notFoundHandler);

  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });
  app.use('*', requestLogger());
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false }));
  app.use('*', contentSecurityPolicy());
  app.use('*', compressJson());
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: () => {
      throw new MentorKitError('PAYLOAD_TOO_LARGE', `Request bodies are limited to ${MAX_JSON_BODY_BYTES} bytes`);
    },
  });
  // The photo upload applies its own 2 MB limit (SPEC M3). Requests without a body skip the check:
  // it reads `c.req.raw`, which makes @hono/node-server build a full Request (a measurable cost).
  const bodiless = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);
  app.use('/v1/*', (c, next) => (bodiless.has(c.req.method) || MENTOR_PHOTO_PATH.test(c.req.path) ? next() : jsonBodyLimit(c, next)));
  const anonymousReads = readRateLimit(services.config.readRateLimitPerMinute);
  app.use('/v1/communities/:slug', anonymousReads);
  app.use('/v1/communities/:slug/*', anonymousReads);
  app.use('/v1/communities/:slug', communityContext());
  app.use('/v1/communities/:slug/*', communityContext());

  app.route('/', healthRoutes);
  app.route('/', publicNotificationRoutes);
  // The built-in real-time endpoint's REST API (`/apps/{appId}/…`, Pusher's paths), outside /v1.
  const realtimeRest = services.realtime.restRoutes?.();
  if (realtimeRest) app.route('/', realtimeRest);
  for (const routes of v1Routes) app.route('/v1', routes);
  if (services.config.devMail && services.config.env !== 'production') app.route('/', devMailRoutes);
  documentWebhookEvents(app.openAPIRegistry);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A member access token (from sign-in), or for admin operations the community secret key `sk_…`',
  });
  const documentConfig = {
    openapi: '3.1.0',
    info: {
      title: 'MentorKit API',
      version: '1.0.0',
      description: 'Mentorship for community websites: communities, members, sign-in, mentors, availability and sessions.',
    },
    servers: [{ url: services.config.publicUrl }],
  };
  app.doc31('/v1/openapi.json', documentConfig);
  app.get('/v1/reference', (c) => c.html(referencePage(app.getOpenAPI31Document(documentConfig) as Parameters<typeof referencePage>[0])));
  app.route('/', staticSiteRoutes());
  return app;
}
