export { createClient, type ClientExtras, type ClientOptions, type MentorKitClient } from './client.js';
export { MentorKitApiError, isAbortError, type FieldError } from './errors.js';
export { defaultStorage, memoryStorage, storageKey, webStorage, type TokenStorage } from './token-storage.js';
export { operations, type OperationId, type Operations } from './operations.js';
export type { AuthListener, StoredSession } from './auth-state.js';
export type { BinaryBody, CallOptions, OperationSpec } from './operation.js';
export {
  createRealtimeClient,
  pusherOptions,
  type RealtimeClient,
  type RealtimeConnectionHandler,
  type RealtimeConnectionState,
  type RealtimeEventMeta,
  type RealtimeHandler,
} from './realtime.js';
