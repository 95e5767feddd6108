import { createContext } from '@lit/context';
import type { MentorKitClient } from '@mentorkit/sdk';

/**
 * The SDK client, provided by every MentorKit element to the MentorKit elements it renders; elements outside any provider use the shared client of their configuration.
 */
export const clientContext = createContext<MentorKitClient | undefined>(Symbol.for('mentorkit-client'));
