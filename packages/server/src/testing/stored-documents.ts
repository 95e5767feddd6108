import { refreshTokensCollection } from '../repositories/auth-session-repository.js';
import type { Services } from '../service-container.js';
import type { Collection, StoredDoc } from '../storage/types.js';

// Tests of routes check what was really stored, not only the answers; they open collections through
// here, so route files never import repositories or storage (the import-boundary rule).

/** The stored refresh tokens (spent and live), as the repository keeps them. */
export function storedRefreshTokens(services: Pick<Services, 'storage'>): Promise<Collection<StoredDoc>> {
  return services.storage.collection(refreshTokensCollection);
}
