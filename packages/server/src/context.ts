import type { Roles } from '@mentorkit/core';
import type { CommunityRecord } from './repositories/community-repository.js';
import type { MemberRecord } from './repositories/member-repository.js';
import type { Services } from './service-container.js';

/** Who is calling, once `authenticate` has run. */
export interface AuthContext {
  member: MemberRecord;
  roles: Roles;
  /** The sign-in session (refresh-token family) the access token belongs to. */
  sessionId: string;
}

/** Hono's typed context: handlers read these with `c.get(...)` (not `c.var`, which builds a new object on every access), never through casts. */
export interface AppEnv {
  Variables: {
    services: Services;
    requestId: string;
    community: CommunityRecord;
    auth: AuthContext;
    /** True when the caller presented the community's secret key (server-to-server). */
    secretKeyAuth: boolean;
  };
}
