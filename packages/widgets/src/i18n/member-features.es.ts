import type { memberFeaturesEn } from './member-features.en.js';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** Spanish strings of the member features (same keys as `member-features.en.ts`). */
export const memberFeaturesEs: Widen<typeof memberFeaturesEn> = {
  favoriteSave: 'Guardar',
  favoriteWho: (name) => ` a ${name}`,
  tabFavorites: 'Mentores guardados',

  expertisePlaceholder: 'Cualquier tema',
  rateCurrencyLabel: 'Moneda de la tarifa',
  maxRateIn: (currency) => `Mentores que cobran en ${currency} como máximo esto, más los gratuitos.`,
  showFilters: 'Filtros',

  ownProfile: 'Este es tu propio perfil.',

  tabStudents: 'Mis estudiantes',

  tabBecomeMentor: 'Ser mentor',
};
