import { createContext } from '@lit/context';
import type { MentorKitClient } from '@mentorkit/sdk';

/**
 * The SDK client, provided by a container element (e.g. `<mentor-hub>`) to every MentorKit element
 * inside it; elements outside any provider use the shared client of their configuration.
 */
export const clientContext = createContext<MentorKitClient | undefined>(Symbol.for('mentorkit-client'));
