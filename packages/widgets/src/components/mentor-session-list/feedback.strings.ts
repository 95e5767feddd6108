import { defineStrings } from '../../i18n/string-table.js';

/** Texts of the mentor feedback, meeting link and employer invitations in <mentor-session-list>, in English and Spanish (bundled only with the element that shows them). */
export const feedbackStrings = defineStrings({
  en: {
    kindInterview: (name: string) => `Interview with ${name}`,
    kindProject: (name: string) => `Project discussion with ${name}`,
    kindBadgeInterview: 'Interview',
    kindBadgeProject: 'Project discussion',
    leaveFeedback: 'Leave feedback',
    feedbackLabel: (name: string) => `Feedback for ${name}`,
    feedbackHint: 'What went well, and what to work on next. The mentee sees this.',
    feedbackSend: 'Send feedback',
    feedbackRequired: 'Write some feedback first (up to 2000 characters).',
    feedbackFromMentor: 'Feedback from your mentor',
    yourFeedback: 'Your feedback',
    meetingOn: (platform: string) => `Open the ${platform} meeting`,
  },
  es: {
    kindInterview: (name) => `Entrevista con ${name}`,
    kindProject: (name) => `Conversación sobre un proyecto con ${name}`,
    kindBadgeInterview: 'Entrevista',
    kindBadgeProject: 'Proyecto',
    leaveFeedback: 'Dejar comentarios',
    feedbackLabel: (name) => `Comentarios para ${name}`,
    feedbackHint: 'Qué salió bien y en qué trabajar después. El estudiante lo verá.',
    feedbackSend: 'Enviar comentarios',
    feedbackRequired: 'Escribe algún comentario primero (hasta 2000 caracteres).',
    feedbackFromMentor: 'Comentarios de tu mentor',
    yourFeedback: 'Tus comentarios',
    meetingOn: (platform) => `Abrir la reunión de ${platform}`,
  },
});
