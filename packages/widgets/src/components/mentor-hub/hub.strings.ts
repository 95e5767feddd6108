import { defineStrings } from '../../i18n/string-table.js';

/** Texts of <mentor-hub> sections that only the hub shows, in English and Spanish (bundled only with the element that shows them). */
export const hubStrings = defineStrings({
  en: {
    menteeStatsLabel: 'Your mentoring at a glance',
    statActiveMentors: 'Active mentors',
    statTotalHours: 'Hours of mentoring',
    statAwaitingFeedback: 'Awaiting your rating',
    favoritesEmpty: 'You have not saved any mentors yet. Use “Save” on a mentor to keep them here.',
    viewMentor: (name: string) => `View ${name}`,
    favoriteUnsave: 'Remove',
    favoriteUnsaveWho: (name: string) => ` ${name} from saved mentors`,
    backToDashboard: 'Back to the dashboard',
  },
  es: {
    menteeStatsLabel: 'Tu mentoría de un vistazo',
    statActiveMentors: 'Mentores activos',
    statTotalHours: 'Horas de mentoría',
    statAwaitingFeedback: 'Por calificar',
    favoritesEmpty: 'Aún no has guardado mentores. Usa “Guardar” en un mentor para tenerlo aquí.',
    viewMentor: (name) => `Ver a ${name}`,
    favoriteUnsave: 'Quitar',
    favoriteUnsaveWho: (name) => ` a ${name} de tus mentores guardados`,
    backToDashboard: 'Volver al panel',
  },
});
