import type { Locale } from '@mentorkit/core';

/** The facts a notification email may mention; every value is plain text (escaped when rendered). */
export interface NotificationFacts {
  community: string;
  /** The other participant's name. */
  other: string;
  topic: string;
  /** Start time in the recipient's zone, already formatted with the zone. */
  when: string;
  durationMinutes: number;
  reason?: string;
  /** Who acted, when it was not the recipient. */
  byName?: string;
  /** True when the recipient is the one who acted (e.g. the mentor who confirmed). */
  byRecipient?: boolean;
  meetingUrl?: string;
  message?: string;
  /** Session kind for employer invitations. */
  kindLabel?: string;
  lead?: '24h' | '1h';
}

export type NotificationTemplate =
  | 'session.requested'
  | 'session.invited'
  | 'session.confirmed'
  | 'session.declined'
  | 'session.cancelled'
  | 'session.meeting_changed'
  | 'session.rescheduled'
  | 'session.completed'
  | 'session.reminder'
  | 'mentorship.requested'
  | 'mentorship.accepted'
  | 'mentorship.declined';

/** One email's words: subject, paragraphs, labelled buttons (urls are supplied by the sender). */
export interface NotificationWords {
  subject: string;
  paragraphs: string[];
  actions: Partial<Record<'confirm' | 'decline' | 'open' | 'rate' | 'answer' | 'join', string>>;
}

interface Table {
  labels: { when: string; topic: string; with: string; duration: (m: number) => string; meeting: string; reason: string; message: string };
  footer: (community: string) => string;
  unsubscribe: string;
  settings: string;
  invitationAttached: string;
  kinds: Record<'interview' | 'project' | 'mentorship', string>;
  words: Record<NotificationTemplate, (f: NotificationFacts) => NotificationWords>;
}

const en: Table = {
  labels: {
    when: 'When',
    topic: 'Topic',
    with: 'With',
    duration: (m) => `${m} minutes`,
    meeting: 'Meeting link',
    reason: 'Reason',
    message: 'Message',
  },
  footer: (community) => `You get this email because you take part in mentoring at ${community}.`,
  unsubscribe: 'Unsubscribe from these emails',
  settings: 'Email settings',
  invitationAttached: 'The calendar invitation is attached.',
  kinds: { interview: 'interview', project: 'project', mentorship: 'mentoring' },
  words: {
    'session.requested': (f) => ({
      subject: `Session request from ${f.other}: ${f.topic}`,
      paragraphs: [`${f.other} asked for a session with you at ${f.community}.`, 'Please confirm or decline it.'],
      actions: { confirm: 'Confirm', decline: 'Decline' },
    }),
    'session.invited': (f) => ({
      subject: `${f.other} invites you to a ${f.kindLabel} session: ${f.topic}`,
      paragraphs: [`${f.other} invited you to a ${f.kindLabel} session at ${f.community}.`, 'Please accept or decline the invitation.'],
      actions: { confirm: 'Accept', decline: 'Decline' },
    }),
    'session.confirmed': (f) => ({
      subject: `Confirmed: ${f.topic} with ${f.other}`,
      paragraphs: [f.byRecipient ? `You confirmed the session with ${f.other}.` : `${f.other} confirmed your session.`],
      actions: { open: 'Open the session' },
    }),
    'session.declined': (f) => ({
      subject: `Declined: ${f.topic}`,
      paragraphs: [`${f.other} declined your session request.`],
      actions: { open: 'Find another time' },
    }),
    'session.cancelled': (f) => ({
      subject: `Cancelled: ${f.topic} with ${f.other}`,
      paragraphs: [f.byRecipient ? 'You cancelled this session.' : `${f.byName ?? f.other} cancelled this session.`],
      actions: {},
    }),
    'session.meeting_changed': (f) => ({
      subject: `Meeting link for ${f.topic}`,
      paragraphs: [f.byRecipient ? 'You set the meeting link for this session.' : `${f.other} set the meeting link for your session.`],
      actions: { join: 'Open the meeting link' },
    }),
    'session.rescheduled': (f) => ({
      subject: `New time: ${f.topic} with ${f.other}`,
      paragraphs: ['Your session has moved to a new time.'],
      actions: { open: 'Open the session' },
    }),
    'session.completed': (f) => ({
      subject: `How was your session with ${f.other}?`,
      paragraphs: [`Your session “${f.topic}” is complete.`, `A rating helps ${f.other} and other members. It takes a few seconds.`],
      actions: { rate: 'Rate the session' },
    }),
    'session.reminder': (f) => ({
      subject: `Reminder: ${f.topic} with ${f.other} ${f.lead === '1h' ? 'in 1 hour' : 'tomorrow'}`,
      paragraphs: [f.lead === '1h' ? `Your session with ${f.other} starts in 1 hour.` : `Your session with ${f.other} is in 24 hours.`],
      actions: { join: 'Join the session', open: 'Open the session' },
    }),
    'mentorship.requested': (f) => ({
      subject: `${f.other} would like you as a mentor`,
      paragraphs: [`${f.other} sent you a mentorship request at ${f.community}.`],
      actions: { answer: 'Answer the request' },
    }),
    'mentorship.accepted': (f) => ({
      subject: `${f.other} accepted your mentorship request`,
      paragraphs: [`${f.other} is now your mentor at ${f.community}. You can book a session.`],
      actions: { open: 'Book a session' },
    }),
    'mentorship.declined': (f) => ({
      subject: `${f.other} declined your mentorship request`,
      paragraphs: [`${f.other} cannot take on your mentorship request right now. Other mentors at ${f.community} may.`],
      actions: { open: 'Find a mentor' },
    }),
  },
};

const es: Table = {
  labels: {
    when: 'Cuándo',
    topic: 'Tema',
    with: 'Con',
    duration: (m) => `${m} minutos`,
    meeting: 'Enlace de la reunión',
    reason: 'Motivo',
    message: 'Mensaje',
  },
  footer: (community) => `Recibes este correo porque participas en las mentorías de ${community}.`,
  unsubscribe: 'Darse de baja de estos correos',
  settings: 'Ajustes de correo',
  invitationAttached: 'La invitación de calendario va adjunta.',
  kinds: { interview: 'entrevista', project: 'proyecto', mentorship: 'mentoría' },
  words: {
    'session.requested': (f) => ({
      subject: `Solicitud de sesión de ${f.other}: ${f.topic}`,
      paragraphs: [`${f.other} te ha pedido una sesión en ${f.community}.`, 'Confírmala o recházala, por favor.'],
      actions: { confirm: 'Confirmar', decline: 'Rechazar' },
    }),
    'session.invited': (f) => ({
      subject: `${f.other} te invita a una sesión de ${f.kindLabel}: ${f.topic}`,
      paragraphs: [
        `${f.other} te ha invitado a una sesión de ${f.kindLabel} en ${f.community}.`,
        'Acepta o rechaza la invitación, por favor.',
      ],
      actions: { confirm: 'Aceptar', decline: 'Rechazar' },
    }),
    'session.confirmed': (f) => ({
      subject: `Confirmada: ${f.topic} con ${f.other}`,
      paragraphs: [f.byRecipient ? `Has confirmado la sesión con ${f.other}.` : `${f.other} ha confirmado tu sesión.`],
      actions: { open: 'Abrir la sesión' },
    }),
    'session.declined': (f) => ({
      subject: `Rechazada: ${f.topic}`,
      paragraphs: [`${f.other} ha rechazado tu solicitud de sesión.`],
      actions: { open: 'Buscar otro horario' },
    }),
    'session.cancelled': (f) => ({
      subject: `Cancelada: ${f.topic} con ${f.other}`,
      paragraphs: [f.byRecipient ? 'Has cancelado esta sesión.' : `${f.byName ?? f.other} ha cancelado esta sesión.`],
      actions: {},
    }),
    'session.meeting_changed': (f) => ({
      subject: `Enlace de la reunión para ${f.topic}`,
      paragraphs: [
        f.byRecipient ? 'Has puesto el enlace de la reunión de esta sesión.' : `${f.other} ha puesto el enlace de la reunión de tu sesión.`,
      ],
      actions: { join: 'Abrir el enlace de la reunión' },
    }),
    'session.rescheduled': (f) => ({
      subject: `Nuevo horario: ${f.topic} con ${f.other}`,
      paragraphs: ['Tu sesión ha cambiado de horario.'],
      actions: { open: 'Abrir la sesión' },
    }),
    'session.completed': (f) => ({
      subject: `¿Qué tal tu sesión con ${f.other}?`,
      paragraphs: [`Tu sesión «${f.topic}» ha terminado.`, `Una valoración ayuda a ${f.other} y a otros miembros. Son unos segundos.`],
      actions: { rate: 'Valorar la sesión' },
    }),
    'session.reminder': (f) => ({
      subject: `Recordatorio: ${f.topic} con ${f.other} ${f.lead === '1h' ? 'en 1 hora' : 'mañana'}`,
      paragraphs: [f.lead === '1h' ? `Tu sesión con ${f.other} empieza en 1 hora.` : `Tu sesión con ${f.other} es dentro de 24 horas.`],
      actions: { join: 'Entrar en la sesión', open: 'Abrir la sesión' },
    }),
    'mentorship.requested': (f) => ({
      subject: `${f.other} quiere que seas su mentor`,
      paragraphs: [`${f.other} te ha enviado una solicitud de mentoría en ${f.community}.`],
      actions: { answer: 'Responder a la solicitud' },
    }),
    'mentorship.accepted': (f) => ({
      subject: `${f.other} ha aceptado tu solicitud de mentoría`,
      paragraphs: [`${f.other} es ahora tu mentor en ${f.community}. Ya puedes reservar una sesión.`],
      actions: { open: 'Reservar una sesión' },
    }),
    'mentorship.declined': (f) => ({
      subject: `${f.other} ha rechazado tu solicitud de mentoría`,
      paragraphs: [`${f.other} no puede aceptar tu solicitud de mentoría ahora. Otros mentores de ${f.community} quizá sí.`],
      actions: { open: 'Buscar un mentor' },
    }),
  },
};

export const notificationStrings: Record<Locale, Table> = { en, es };

/** A start time in the recipient's language and zone, with the zone named: "Tuesday, March 10, 2026 at 9:30 AM (Europe/Madrid)". */
export function formatWhen(locale: Locale, instant: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-US', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(
    instant,
  );
  return `${text} (${timeZone})`;
}
