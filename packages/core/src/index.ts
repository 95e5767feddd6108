export * from './errors.js';
export * from './roles.js';
export * from './schemas/common.js';
export * from './schemas/booking-rules.js';
export * from './schemas/community.js';
export * from './schemas/member.js';
export * from './schemas/auth.js';
