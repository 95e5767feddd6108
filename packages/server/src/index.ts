export { createApp } from './app.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { startServer, buildServices, closeServices, type RunningServer } from './server.js';
export { createServices, type Services } from './service-container.js';
export type { Storage, Collection, CollectionSpec } from './storage/types.js';
export { EmbeddedStorage } from './storage/embedded/embedded-storage.js';
export { MongoStorage } from './storage/mongo/mongo-storage.js';
export type { RealtimePublisher, RealtimeService, RealtimeClientConfig, ChannelSignature } from './realtime/realtime-port.js';
export type { ChannelRule, ChannelRequester } from './realtime/channel-rules.js';
