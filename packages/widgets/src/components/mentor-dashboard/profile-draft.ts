import type { MentorProfile, UpdateMentorProfileInput } from '@mentorkit/core';
import { safeHttpUrl } from '../../base/safe-url.js';

/** The profile form as strings (what inputs hold). */
export interface ProfileDraft {
  displayName: string;
  bio: string;
  expertise: string[];
  languages: string[];
  company: string;
  jobTitle: string;
  yearsOfExperience: string;
  linkedin: string;
  github: string;
  x: string;
  website: string;
  introVideoUrl: string;
  mentoringGoals: string;
  timeZone: string;
  hourlyRate: string;
  currency: string;
  mentoringEnabled: boolean;
}

export type ProfileField = keyof ProfileDraft;

/** The form's values for a stored profile. */
export function profileDraft(p: MentorProfile): ProfileDraft {
  return {
    displayName: p.displayName,
    bio: p.bio,
    expertise: [...p.expertise],
    languages: [...p.languages],
    company: p.company ?? '',
    jobTitle: p.jobTitle ?? '',
    yearsOfExperience: p.yearsOfExperience === undefined ? '' : String(p.yearsOfExperience),
    linkedin: p.links.linkedin ?? '',
    github: p.links.github ?? '',
    x: p.links.x ?? '',
    website: p.links.website ?? '',
    introVideoUrl: p.introVideoUrl ?? '',
    mentoringGoals: p.mentoringGoals ?? '',
    timeZone: p.timeZone,
    hourlyRate: String(p.hourlyRate),
    currency: p.currency,
    mentoringEnabled: p.mentoringEnabled,
  };
}

/**
 * After a 409: the latest stored values, except the fields the member changed since `base` (their edits
 * win, nothing they typed is lost).
 */
export function mergeDrafts(base: ProfileDraft, mine: ProfileDraft, latest: ProfileDraft): ProfileDraft {
  const out = { ...latest } as Record<ProfileField, unknown>;
  for (const key of Object.keys(mine) as ProfileField[]) if (JSON.stringify(mine[key]) !== JSON.stringify(base[key])) out[key] = mine[key];
  return out as unknown as ProfileDraft;
}

/** Client-side checks that need no service: lengths, numbers, link schemes. Keys are translation keys. */
export function profileProblems(
  d: ProfileDraft,
): Partial<Record<ProfileField, 'bioHint' | 'expertiseHint' | 'languagesHint' | 'invalidLink' | 'invalidHttpsLink' | 'errorValidation'>> {
  const problems: ReturnType<typeof profileProblems> = {};
  const bio = d.bio.trim();
  if (bio.length < 10 || bio.length > 500) problems.bio = 'bioHint';
  if (d.expertise.length < 1 || d.expertise.length > 10) problems.expertise = 'expertiseHint';
  if (d.languages.length < 1) problems.languages = 'languagesHint';
  for (const key of ['linkedin', 'github', 'x', 'website'] as const)
    if (d[key].trim() && !safeHttpUrl(d[key].trim())) problems[key] = 'invalidLink';
  if (d.introVideoUrl.trim() && !/^https:\/\//i.test(d.introVideoUrl.trim())) problems.introVideoUrl = 'invalidHttpsLink';
  if (d.yearsOfExperience.trim() && !/^\d{1,2}$/.test(d.yearsOfExperience.trim())) problems.yearsOfExperience = 'errorValidation';
  if (!(Number(d.hourlyRate) >= 0) || d.hourlyRate.trim() === '') problems.hourlyRate = 'errorValidation';
  if (!/^[A-Za-z]{3}$/.test(d.currency.trim())) problems.currency = 'errorValidation';
  if (!d.displayName.trim()) problems.displayName = 'errorValidation';
  return problems;
}

const optional = (value: string) => (value.trim() ? value.trim() : null);

/** The PATCH body: every field from the form plus the version it was based on. */
export function profileUpdate(d: ProfileDraft, version: number): UpdateMentorProfileInput {
  const links = Object.fromEntries(
    (['linkedin', 'github', 'x', 'website'] as const).flatMap((k) => (d[k].trim() ? [[k, d[k].trim()]] : [])),
  );
  return {
    version,
    displayName: d.displayName.trim(),
    bio: d.bio.trim(),
    expertise: d.expertise,
    languages: d.languages.map((c) => c.toLowerCase()),
    company: optional(d.company),
    jobTitle: optional(d.jobTitle),
    yearsOfExperience: d.yearsOfExperience.trim() ? Number(d.yearsOfExperience) : null,
    links,
    introVideoUrl: optional(d.introVideoUrl),
    mentoringGoals: optional(d.mentoringGoals),
    timeZone: d.timeZone,
    hourlyRate: Number(d.hourlyRate),
    currency: d.currency.trim().toUpperCase(),
    mentoringEnabled: d.mentoringEnabled,
  };
}
