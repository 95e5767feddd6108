import { defineStrings } from '../../i18n/string-table.js';

/** Texts of `<mentor-availability-editor>` beyond the shared table (field messages, the zone check). */
export const availabilityStrings = defineStrings({
  en: {
    timeRequired: 'Enter a time.',
    timeOffGrid: 'Use a time on a 5-minute step, like 09:30 or 09:35.',
    endBeforeStart: 'The end must be after the start (00:00 means midnight).',
    dateRequired: 'Choose a date.',
    lastDayBeforeFirst: 'The last day must be on or after the first day.',
    durationsRequired: 'Offer at least one session length.',
    zoneDiffers: (availability: string, profile: string) =>
      `Your availability uses ${availability}, but your profile says ${profile}. Members see your profile's zone next to your name.`,
    useProfileZone: (profile: string) => `Use ${profile}`,
    zoneSwitched: 'Time zone changed: your windows keep their clock times in the new zone. Save to apply.',
  },
  es: {
    timeRequired: 'Escribe una hora.',
    timeOffGrid: 'Usa una hora en pasos de 5 minutos, como 09:30 o 09:35.',
    endBeforeStart: 'El fin debe ser posterior al inicio (00:00 es medianoche).',
    dateRequired: 'Elige una fecha.',
    lastDayBeforeFirst: 'El último día debe ser igual o posterior al primero.',
    durationsRequired: 'Ofrece al menos una duración.',
    zoneDiffers: (availability, profile) =>
      `Tu disponibilidad usa ${availability}, pero tu perfil dice ${profile}. Los miembros ven la zona de tu perfil junto a tu nombre.`,
    useProfileZone: (profile) => `Usar ${profile}`,
    zoneSwitched: 'Zona horaria cambiada: tus franjas mantienen sus horas en la nueva zona. Guarda para aplicarlo.',
  },
});
