import { defineStrings } from '../../i18n/string-table.js';

/** Texts of <mentor-notification-bell>, in English and Spanish (bundled only with it). */
export const bellStrings = defineStrings({
  en: {
    notificationsLabel: 'Notifications',
    notificationsButton: (count: number) =>
      count === 0 ? 'Notifications' : count === 1 ? 'Notifications, 1 unread' : `Notifications, ${count} unread`,
    markAllRead: 'Mark all as read',
    noNotifications: 'You are all caught up.',
    someone: 'Someone',
    notifSessionRequested: (name: string, topic: string) => `${name} requested a session: “${topic}”`,
    notifSessionConfirmed: (name: string, topic: string) => `${name} confirmed “${topic}”`,
    notifSessionDeclined: (name: string, topic: string) => `${name} declined “${topic}”`,
    notifSessionCancelled: (name: string, topic: string) => `${name} cancelled “${topic}”`,
    notifMeetingChanged: (name: string, topic: string) => `${name} changed the meeting link of “${topic}”`,
    notifRescheduled: (name: string, topic: string) => `${name} moved “${topic}” to a new time`,
    notifMentorshipRequested: (name: string) => `${name} asked you to be their mentor`,
    notifMentorshipAccepted: (name: string) => `${name} accepted your mentorship request`,
    notifMentorshipDeclined: (name: string) => `${name} declined your mentorship request`,
    notifMentorshipEnded: (name: string) => `${name} ended the mentorship`,
    notifMessage: (name: string) => `New message from ${name}`,
    reasonQuoted: (reason: string) => `Reason: ${reason}`,
    unreadMark: 'Unread',
  },
  es: {
    notificationsLabel: 'Notificaciones',
    notificationsButton: (count) =>
      count === 0 ? 'Notificaciones' : count === 1 ? 'Notificaciones, 1 sin leer' : `Notificaciones, ${count} sin leer`,
    markAllRead: 'Marcar todo como leído',
    noNotifications: 'No tienes nada pendiente.',
    someone: 'Alguien',
    notifSessionRequested: (name, topic) => `${name} solicitó una sesión: “${topic}”`,
    notifSessionConfirmed: (name, topic) => `${name} confirmó “${topic}”`,
    notifSessionDeclined: (name, topic) => `${name} rechazó “${topic}”`,
    notifSessionCancelled: (name, topic) => `${name} canceló “${topic}”`,
    notifMeetingChanged: (name, topic) => `${name} cambió el enlace de la reunión de “${topic}”`,
    notifRescheduled: (name, topic) => `${name} movió “${topic}” a otra hora`,
    notifMentorshipRequested: (name) => `${name} te pidió que seas su mentor`,
    notifMentorshipAccepted: (name) => `${name} aceptó tu solicitud de mentoría`,
    notifMentorshipDeclined: (name) => `${name} rechazó tu solicitud de mentoría`,
    notifMentorshipEnded: (name) => `${name} terminó la mentoría`,
    notifMessage: (name) => `Nuevo mensaje de ${name}`,
    reasonQuoted: (reason) => `Motivo: ${reason}`,
    unreadMark: 'Sin leer',
  },
});
