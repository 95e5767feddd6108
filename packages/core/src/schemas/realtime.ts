import { z } from 'zod';

/** What pusher-js posts to the channel authorization endpoint (form-encoded). */
export const realtimeAuthInputSchema = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/, 'must be a Pusher socket id such as 1234.5678'),
  channel_name: z.string().min(1).max(164),
});
export type RealtimeAuthInput = z.infer<typeof realtimeAuthInputSchema>;

/** Pusher's channel authorization answer: `auth` = `KEY:signature`, plus `channel_data` on presence channels. */
export const realtimeAuthSchema = z.object({
  auth: z.string(),
  channel_data: z.string().optional(),
});
export type RealtimeAuth = z.infer<typeof realtimeAuthSchema>;
