/**
 * English strings of the member features (favorites, connect, students, feedback, becoming a mentor,
 * the mentee figures). Spread into `en.ts`; kept apart so parallel work on other features does not
 * touch the same lines.
 */
export const memberFeaturesEn = {
  // Favorites (M6)
  favoriteSave: 'Save',
  /** Read after "Save" by screen readers only; the button's pressed state says whether it is saved. */
  favoriteWho: (name: string) => ` ${name}`,
  tabFavorites: 'Saved mentors',

  // Directory filters
  expertisePlaceholder: 'Any topic',
  rateCurrencyLabel: 'Currency of the rate',
  maxRateIn: (currency: string) => `Mentors charging in ${currency} at most this much, plus free mentors.`,
  showFilters: 'Filters',

  // Connect (R1)
  ownProfile: 'This is your own profile.',

  // Relationships (R1–R3)
  tabStudents: 'My students',

  // Mentor feedback (S6)

  // Mentee figures (D2)

  // Become a mentor (C7)
  tabBecomeMentor: 'Become a mentor',
} as const;
