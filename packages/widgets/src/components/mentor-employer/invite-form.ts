/** The invitation form's state, as the inputs hold it. */
export interface InviteDraft {
  kind: 'interview' | 'project';
  /** `YYYY-MM-DDTHH:mm` in the viewer's (browser's) zone, from `<input type="datetime-local">`. */
  start: string;
  durationMinutes: number;
  topic: string;
  description: string;
}

export const emptyInvite = (): InviteDraft => ({ kind: 'interview', start: '', durationMinutes: 45, topic: '', description: '' });

/** The local `YYYY-MM-DDTHH:mm` of an instant, for the `min` of the date-time input. */
export function localInputValue(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** Problems the form can tell before asking the service; keys are draft fields. */
export function inviteProblems(draft: InviteDraft, now: Date): Partial<Record<keyof InviteDraft, 'required' | 'past' | 'grid' | 'short'>> {
  const problems: Partial<Record<keyof InviteDraft, 'required' | 'past' | 'grid' | 'short'>> = {};
  const start = new Date(draft.start);
  if (!draft.start || Number.isNaN(start.getTime())) problems.start = 'required';
  else if (start.getTime() <= now.getTime()) problems.start = 'past';
  else if (start.getMinutes() % 5 !== 0) problems.start = 'grid';
  if (draft.topic.trim().length < 5) problems.topic = 'short';
  return problems;
}

/** The `createSession` input of an invitation; the browser parses the local time in its own zone. */
export function inviteInput(memberId: string, draft: InviteDraft) {
  return {
    kind: draft.kind,
    memberId,
    start: new Date(draft.start).toISOString(),
    durationMinutes: draft.durationMinutes,
    topic: draft.topic.trim(),
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
  };
}
