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
  favoriteUnsave: 'Remove',
  favoriteUnsaveWho: (name: string) => ` ${name} from saved mentors`,
  tabFavorites: 'Saved mentors',
  favoritesEmpty: 'You have not saved any mentors yet. Use “Save” on a mentor to keep them here.',
  viewMentor: (name: string) => `View ${name}`,

  // Directory filters
  expertisePlaceholder: 'Any topic — type to search',
  rateCurrencyLabel: 'Currency of the rate',
  maxRateIn: (currency: string) => `Mentors charging in ${currency} at most this much, plus free mentors.`,
  showFilters: 'Filters',

  // Connect (R1)
  connect: 'Connect',
  connectWith: (name: string) => `Connect with ${name}`,
  connectIntro: 'Tell the mentor what you hope to work on. They can accept or decline.',
  connectMessageLabel: 'Message (optional)',
  connectSend: 'Send request',
  connectSending: 'Sending…',
  connectSent: (name: string) => `Request sent. ${name} will answer soon.`,
  connectPending: 'Connection requested',
  connectActive: 'Connected',
  connectAlready: 'You already have a pending or active connection with this mentor.',
  ownProfile: 'This is your own profile.',

  // Relationships (R1–R3)
  tabStudents: 'My students',
  requestsHeading: 'Connection requests',
  requestsEmpty: 'No connection requests right now.',
  studentsHeading: 'Students',
  studentsEmpty: 'You have no students yet. Accepted requests and completed sessions show up here.',
  mentorsHeading: 'Mentors',
  requestFrom: (name: string) => `From ${name}`,
  requestedOn: (date: string) => `Requested ${date}`,
  accept: 'Accept',
  decline: 'Decline',
  accepting: 'Accepting…',
  endMentorship: 'End mentorship',
  withdrawRequest: 'Withdraw request',
  endConfirm: (name: string) => `End your mentorship with ${name}? Past sessions stay in your history.`,
  endYes: 'Yes, end it',
  keep: 'Keep it',
  noSessionsYet: 'No completed sessions yet',
  pastSessionsOnly: 'Past sessions',
  mentorshipAccepted: (name: string) => `You and ${name} are now connected.`,
  mentorshipDeclinedNotice: (name: string) => `You declined ${name}'s request.`,
  mentorshipEndedNotice: (name: string) => `Your mentorship with ${name} has ended.`,

  // Mentor feedback (S6)
  leaveFeedback: 'Leave feedback',
  feedbackLabel: (name: string) => `Feedback for ${name}`,
  feedbackHint: 'What went well, and what to work on next. The mentee sees this.',
  feedbackSend: 'Send feedback',
  feedbackRequired: 'Write some feedback first (up to 2000 characters).',
  feedbackFromMentor: 'Feedback from your mentor',
  yourFeedback: 'Your feedback',

  meetingOn: (platform: string) => `Open the ${platform} meeting`,

  // Mentee figures (D2)
  menteeStatsLabel: 'Your mentoring at a glance',
  statActiveMentors: 'Active mentors',
  statUpcoming: 'Upcoming sessions',
  statTotalHours: 'Hours of mentoring',
  statAwaitingFeedback: 'Awaiting your rating',

  // Become a mentor (C7)
  tabBecomeMentor: 'Become a mentor',
  applyHeading: 'Become a mentor',
  applyIntro: 'Share what you know. An admin reviews new mentor profiles before they appear in the directory.',
  applyDisplayName: 'Name shown to members',
  applyBio: 'About you',
  applyBioHint: '10 to 500 characters.',
  applyExpertise: 'Expertise',
  applyExpertiseHint: 'Type a topic and press Enter (1 to 10).',
  applyExpertiseAdd: 'Add',
  removeTag: (tag: string) => `Remove ${tag}`,
  applyLanguages: 'Languages you mentor in',
  applyTimeZone: 'Your time zone',
  applyRate: 'Hourly rate (0 = free)',
  applyCurrency: 'Currency',
  applySubmit: 'Send application',
  applySubmitting: 'Sending…',
  applyPendingTitle: 'Your application is waiting for approval',
  applyPendingText: 'An admin of the community will review it. You will get an email when it is approved.',
  applyRejectedTitle: 'Your application was not approved',
  applyApprovedTitle: 'You are a mentor now',
  applyNeedExpertise: 'Add at least one topic.',
  applyNeedLanguage: 'Choose at least one language.',
  applyBioLength: 'Write between 10 and 500 characters.',
} as const;
