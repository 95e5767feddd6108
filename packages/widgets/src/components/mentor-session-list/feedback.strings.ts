import { defineStrings } from '../../i18n/string-table.js';

/** Texts of the mentor feedback and meeting link in <mentor-session-list>, in English and Spanish (bundled only with the element that shows them). */
export const feedbackStrings = defineStrings({
  en: {
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
