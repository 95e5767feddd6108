import type {
  conversationListSchema,
  conversationSchema,
  listMessagesQuerySchema,
  listNotificationsQuerySchema,
  markConversationReadInputSchema,
  markNotificationsReadInputSchema,
  markNotificationsReadResultSchema,
  messagePageSchema,
  messageSchema,
  notificationPageSchema,
  openConversationInputSchema,
  sendMessageInputSchema,
  applyAsMentorInputSchema,
  authResultSchema,
  calendarFeedSchema,
  cancelSessionInputSchema,
  communitySchema,
  createCommunityInputSchema,
  createdCommunitySchema,
  createSessionInputSchema,
  dashboardSchema,
  declineSessionInputSchema,
  endMentorshipInputSchema,
  exchangeIdentityTokenInputSchema,
  favoriteListSchema,
  getDashboardQuerySchema,
  importMembersInputSchema,
  removeMemberInputSchema,
  removeMemberResultSchema,
  rotatedSecretKeySchema,
  rotateSecretKeyInputSchema,
  signOutMemberResultSchema,
  importMembersResultSchema,
  listMembersQuerySchema,
  listMentorApplicationsQuerySchema,
  listMentorSlotsQuerySchema,
  listMentorsQuerySchema,
  listMyMentorshipsQuerySchema,
  listMySessionsQuerySchema,
  meetingLinkInputSchema,
  memberPageSchema,
  invitableMemberPageSchema,
  listInvitableMembersQuerySchema,
  memberSchema,
  meSchema,
  notificationPreferencesSchema,
  mentorApplicationPageSchema,
  mentorAvailabilitySchema,
  mentorDecisionInputSchema,
  mentorDirectoryPageSchema,
  mentorFeedbackInputSchema,
  mentorPageSchema,
  mentorProfileSchema,
  mentorshipListSchema,
  mentorshipSchema,
  mentorSlotsSchema,
  okSchema,
  publicCommunitySchema,
  proposeRescheduleInputSchema,
  realtimeAuthInputSchema,
  realtimeAuthSchema,
  rateSessionInputSchema,
  setMemberAdminInputSchema,
  respondRescheduleInputSchema,
  refreshSessionInputSchema,
  requestMentorshipInputSchema,
  requestSignInCodeInputSchema,
  requestSignInCodeResultSchema,
  respondToMentorshipInputSchema,
  sessionPageSchema,
  sessionNotesSchema,
  sessionRoomSchema,
  sessionSchema,
  setAvailabilityInputSchema,
  signOutInputSchema,
  updateCommunitySettingsInputSchema,
  updateMentorProfileInputSchema,
  updateNotificationPreferencesInputSchema,
  updateSessionNotesInputSchema,
  verifyMagicLinkInputSchema,
  verifySignInCodeInputSchema,
  createWebhookInputSchema,
  listWebhookDeliveriesQuerySchema,
  rotateWebhookSecretInputSchema,
  updateWebhookInputSchema,
  webhookDeliveryPageSchema,
  webhookDeliverySchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
  webhookListSchema,
} from '@mentorkit/core';
import type { z } from 'zod';
import { route, type BinaryBody, type BlobResponse } from './operation.js';

/** `GET /health` (its schema lives in the server). */
type HealthSchema = z.ZodType<{ status: 'ok'; storage: 'embedded' | 'mongodb'; mail: 'smtp' | 'outbox'; uptimeSeconds: number }>;

const c = '/v1/communities/{slug}' as const;

/**
 * Every API operation, keyed by operationId. The client gets one method per entry, so a new API
 * operation is one line here (a test compares this table with `GET /v1/openapi.json`).
 */
export const operations = {
  // Service and communities
  getHealth: route('GET', '/health').returns<HealthSchema>(),
  createCommunity: route('POST', '/v1/communities').takes<typeof createCommunityInputSchema>().returns<typeof createdCommunitySchema>(),
  getCommunity: route('GET', `${c}`).returns<typeof publicCommunitySchema>(),
  getCommunitySettings: route('GET', `${c}/settings`).returns<typeof communitySchema>(),
  updateCommunitySettings: route('PATCH', `${c}/settings`)
    .takes<typeof updateCommunitySettingsInputSchema>()
    .returns<typeof communitySchema>(),
  /** JSON `{ members }`, or a CSV file as `{ file, contentType: 'text/csv' }`. */
  importMembers: route('POST', `${c}/members/import`)
    .takes<typeof importMembersInputSchema | BinaryBody>()
    .returns<typeof importMembersResultSchema>(),
  listMembers: route('GET', `${c}/members`).takes<typeof listMembersQuerySchema>().returns<typeof memberPageSchema>(),
  setMemberAdmin: route('PUT', `${c}/members/{memberId}/admin`).takes<typeof setMemberAdminInputSchema>().returns<typeof memberSchema>(),
  removeMember: route('POST', `${c}/members/{memberId}/remove`)
    .takes<typeof removeMemberInputSchema>()
    .returns<typeof removeMemberResultSchema>(),
  signOutMemberEverywhere: route('POST', `${c}/members/{memberId}/sign-out`).returns<typeof signOutMemberResultSchema>(),
  rotateSecretKey: route('POST', `${c}/secret-key/rotate`)
    .takes<typeof rotateSecretKeyInputSchema>()
    .returns<typeof rotatedSecretKeySchema>(),

  // Sign-in (C3–C5)
  requestSignInCode: route('POST', `${c}/auth/code`)
    .takes<typeof requestSignInCodeInputSchema>()
    .returns<typeof requestSignInCodeResultSchema>(),
  verifySignInCode: route('POST', `${c}/auth/verify`, { session: 'signIn' })
    .takes<typeof verifySignInCodeInputSchema>()
    .returns<typeof authResultSchema>(),
  verifyMagicLink: route('POST', `${c}/auth/magic`, { session: 'signIn' })
    .takes<typeof verifyMagicLinkInputSchema>()
    .returns<typeof authResultSchema>(),
  exchangeIdentityToken: route('POST', `${c}/auth/identity`, { session: 'signIn' })
    .takes<typeof exchangeIdentityTokenInputSchema>()
    .returns<typeof authResultSchema>(),
  refreshSession: route('POST', `${c}/auth/refresh`, { session: 'signIn' })
    .takes<typeof refreshSessionInputSchema>()
    .returns<typeof authResultSchema>(),
  signOut: route('POST', `${c}/auth/sign-out`).takes<typeof signOutInputSchema>().returns<typeof okSchema>(),
  getMe: route('GET', `${c}/me`).returns<typeof meSchema>(),

  // Mentors (C7, M1–M6)
  listMentors: route('GET', `${c}/mentors`).takes<typeof listMentorsQuerySchema>().returns<typeof mentorDirectoryPageSchema>(),
  getMentor: route('GET', `${c}/mentors/{mentorId}`).returns<typeof mentorPageSchema>(),
  getMentorPhoto: route('GET', `${c}/mentors/{mentorId}/photo`, { output: 'blob' }).returns<BlobResponse>(),
  applyAsMentor: route('POST', `${c}/me/mentor-profile`).takes<typeof applyAsMentorInputSchema>().returns<typeof mentorProfileSchema>(),
  getMyMentorProfile: route('GET', `${c}/me/mentor-profile`).returns<typeof mentorProfileSchema>(),
  updateMyMentorProfile: route('PATCH', `${c}/me/mentor-profile`)
    .takes<typeof updateMentorProfileInputSchema>()
    .returns<typeof mentorProfileSchema>(),
  uploadMentorPhoto: route('PUT', `${c}/me/mentor-profile/photo`, { input: 'binary' })
    .takes<BinaryBody>()
    .returns<typeof mentorProfileSchema>(),
  approveMentor: route('POST', `${c}/mentors/{mentorId}/approve`)
    .takes<typeof mentorDecisionInputSchema>()
    .returns<typeof mentorProfileSchema>(),
  rejectMentor: route('POST', `${c}/mentors/{mentorId}/reject`)
    .takes<typeof mentorDecisionInputSchema>()
    .returns<typeof mentorProfileSchema>(),
  listMentorApplications: route('GET', `${c}/mentor-applications`)
    .takes<typeof listMentorApplicationsQuerySchema>()
    .returns<typeof mentorApplicationPageSchema>(),
  listFavorites: route('GET', `${c}/me/favorites`).returns<typeof favoriteListSchema>(),
  addFavorite: route('PUT', `${c}/me/favorites/{mentorId}`).returns<typeof okSchema>(),
  removeFavorite: route('DELETE', `${c}/me/favorites/{mentorId}`).returns<typeof okSchema>(),

  // Availability and slots (A1–A4)
  getMyAvailability: route('GET', `${c}/me/availability`).returns<typeof mentorAvailabilitySchema>(),
  setMyAvailability: route('PUT', `${c}/me/availability`)
    .takes<typeof setAvailabilityInputSchema>()
    .returns<typeof mentorAvailabilitySchema>(),
  listMentorSlots: route('GET', `${c}/mentors/{mentorId}/slots`)
    .takes<typeof listMentorSlotsQuerySchema>()
    .returns<typeof mentorSlotsSchema>(),

  // Sessions (S1–S7)
  createSession: route('POST', `${c}/sessions`).takes<typeof createSessionInputSchema>().returns<typeof sessionSchema>(),
  listMySessions: route('GET', `${c}/sessions`).takes<typeof listMySessionsQuerySchema>().returns<typeof sessionPageSchema>(),
  getSession: route('GET', `${c}/sessions/{sessionId}`).returns<typeof sessionSchema>(),
  confirmSession: route('POST', `${c}/sessions/{sessionId}/confirm`).returns<typeof sessionSchema>(),
  declineSession: route('POST', `${c}/sessions/{sessionId}/decline`)
    .takes<typeof declineSessionInputSchema>()
    .returns<typeof sessionSchema>(),
  cancelSession: route('POST', `${c}/sessions/{sessionId}/cancel`).takes<typeof cancelSessionInputSchema>().returns<typeof sessionSchema>(),
  completeSession: route('POST', `${c}/sessions/{sessionId}/complete`).returns<typeof sessionSchema>(),
  markNoShow: route('POST', `${c}/sessions/{sessionId}/no-show`).returns<typeof sessionSchema>(),
  setMeetingLink: route('PUT', `${c}/sessions/{sessionId}/meeting-link`)
    .takes<typeof meetingLinkInputSchema>()
    .returns<typeof sessionSchema>(),
  rateSession: route('POST', `${c}/sessions/{sessionId}/rating`).takes<typeof rateSessionInputSchema>().returns<typeof sessionSchema>(),
  addMentorFeedback: route('POST', `${c}/sessions/{sessionId}/mentor-feedback`)
    .takes<typeof mentorFeedbackInputSchema>()
    .returns<typeof sessionSchema>(),
  listInvitableMembers: route('GET', `${c}/employer/members`)
    .takes<typeof listInvitableMembersQuerySchema>()
    .returns<typeof invitableMemberPageSchema>(),
  proposeReschedule: route('POST', `${c}/sessions/{sessionId}/reschedule`)
    .takes<typeof proposeRescheduleInputSchema>()
    .returns<typeof sessionSchema>(),
  respondToReschedule: route('POST', `${c}/sessions/{sessionId}/reschedule/respond`)
    .takes<typeof respondRescheduleInputSchema>()
    .returns<typeof sessionSchema>(),

  // Video room (V1–V4)
  getSessionRoom: route('GET', `${c}/sessions/{sessionId}/room`).returns<typeof sessionRoomSchema>(),
  getSessionNotes: route('GET', `${c}/sessions/{sessionId}/notes`).returns<typeof sessionNotesSchema>(),
  updateSessionNotes: route('POST', `${c}/sessions/{sessionId}/notes`)
    .takes<typeof updateSessionNotesInputSchema>()
    .returns<typeof sessionNotesSchema>(),

  // Mentorships (R1–R3) and dashboards (D1–D3)
  requestMentorship: route('POST', `${c}/mentorships`).takes<typeof requestMentorshipInputSchema>().returns<typeof mentorshipSchema>(),
  listMyMentorships: route('GET', `${c}/mentorships`).takes<typeof listMyMentorshipsQuerySchema>().returns<typeof mentorshipListSchema>(),
  respondToMentorship: route('POST', `${c}/mentorships/{mentorshipId}/respond`)
    .takes<typeof respondToMentorshipInputSchema>()
    .returns<typeof mentorshipSchema>(),
  endMentorship: route('POST', `${c}/mentorships/{mentorshipId}/end`)
    .takes<typeof endMentorshipInputSchema>()
    .returns<typeof mentorshipSchema>(),
  getDashboard: route('GET', `${c}/dashboard`).takes<typeof getDashboardQuerySchema>().returns<typeof dashboardSchema>(),

  // Notifications (N1, N2)
  getNotificationPreferences: route('GET', `${c}/me/notification-preferences`).returns<typeof notificationPreferencesSchema>(),
  updateNotificationPreferences: route('PATCH', `${c}/me/notification-preferences`)
    .takes<typeof updateNotificationPreferencesInputSchema>()
    .returns<typeof notificationPreferencesSchema>(),
  getCalendarFeed: route('GET', `${c}/me/calendar-feed`).returns<typeof calendarFeedSchema>(),
  rotateCalendarFeed: route('POST', `${c}/me/calendar-feed/rotate`).returns<typeof calendarFeedSchema>(),
  revokeCalendarFeed: route('DELETE', `${c}/me/calendar-feed`).returns<typeof calendarFeedSchema>(),

  // Webhooks (N3): admins or the secret key
  createWebhook: route('POST', `${c}/webhooks`).takes<typeof createWebhookInputSchema>().returns<typeof webhookEndpointWithSecretSchema>(),
  listWebhooks: route('GET', `${c}/webhooks`).returns<typeof webhookListSchema>(),
  updateWebhook: route('PATCH', `${c}/webhooks/{webhookId}`)
    .takes<typeof updateWebhookInputSchema>()
    .returns<typeof webhookEndpointSchema>(),
  deleteWebhook: route('DELETE', `${c}/webhooks/{webhookId}`).returns<typeof okSchema>(),
  rotateWebhookSecret: route('POST', `${c}/webhooks/{webhookId}/rotate-secret`)
    .takes<typeof rotateWebhookSecretInputSchema>()
    .returns<typeof webhookEndpointWithSecretSchema>(),
  listWebhookDeliveries: route('GET', `${c}/webhooks/{webhookId}/deliveries`)
    .takes<typeof listWebhookDeliveriesQuerySchema>()
    .returns<typeof webhookDeliveryPageSchema>(),
  redeliverWebhook: route('POST', `${c}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver`).returns<typeof webhookDeliverySchema>(),
  // Direct messages (T2) and notifications (T5)
  listConversations: route('GET', `${c}/conversations`).returns<typeof conversationListSchema>(),
  openConversation: route('POST', `${c}/conversations`).takes<typeof openConversationInputSchema>().returns<typeof conversationSchema>(),
  getConversation: route('GET', `${c}/conversations/{conversationId}`).returns<typeof conversationSchema>(),
  listMessages: route('GET', `${c}/conversations/{conversationId}/messages`)
    .takes<typeof listMessagesQuerySchema>()
    .returns<typeof messagePageSchema>(),
  sendMessage: route('POST', `${c}/conversations/{conversationId}/messages`)
    .takes<typeof sendMessageInputSchema>()
    .returns<typeof messageSchema>(),
  markConversationRead: route('POST', `${c}/conversations/{conversationId}/read`)
    .takes<typeof markConversationReadInputSchema>()
    .returns<typeof conversationSchema>(),
  listNotifications: route('GET', `${c}/me/notifications`)
    .takes<typeof listNotificationsQuerySchema>()
    .returns<typeof notificationPageSchema>(),
  markNotificationsRead: route('POST', `${c}/me/notifications/read`)
    .takes<typeof markNotificationsReadInputSchema>()
    .returns<typeof markNotificationsReadResultSchema>(),

  // Real-time (T1): Pusher channel authorization; `client.realtime` calls it for you
  authorizeRealtimeChannel: route('POST', `${c}/realtime/auth`, { input: 'form' })
    .takes<typeof realtimeAuthInputSchema>()
    .returns<typeof realtimeAuthSchema>(),
};

/** The operations table's type; `Operations['getMe']` is one operation. */
export type Operations = typeof operations;
/** Every operationId the client knows. */
export type OperationId = keyof Operations;
