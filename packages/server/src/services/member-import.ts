import { parse } from 'csv-parse/sync';
import { MentorKitError, memberImportRowSchema, type ImportMembersResult, type MemberImportRow } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../service-container.js';

export interface RowProblem {
  /** 1-based: the CSV line (header is line 1) or the JSON array position. */
  line: number;
  path: string;
  message: string;
}

/** CSV header aliases site owners are likely to export (case and spacing ignored). */
const headerAliases: Record<string, keyof MemberImportRow> = {
  email: 'email',
  emailaddress: 'email',
  name: 'name',
  fullname: 'name',
  membershiptype: 'membershipType',
  membership: 'membershipType',
  type: 'membershipType',
  externalid: 'externalId',
  id: 'externalId',
  isadmin: 'isAdmin',
  admin: 'isAdmin',
  locale: 'locale',
  language: 'locale',
};

const known = new Set<string>(Object.values(headerAliases));

function normalizeHeader(header: string): string {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  return headerAliases[key] ?? header.trim();
}

/** Parses CSV text into raw rows with their line numbers. Empty cells become absent fields. */
export function parseMembersCsv(text: string): { line: number; raw: Record<string, unknown> }[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (headers: string[]) => {
        const columns = headers.map(normalizeHeader);
        // Like JSON import's unknown fields: a typo'd or unexpected column is an error, never dropped
        // (`__proto__` would otherwise vanish into the row object's prototype).
        const unknown = columns.filter((c) => !known.has(c));
        if (unknown.length > 0) {
          throw new MentorKitError(
            'IMPORT_INVALID',
            `Unknown CSV column(s) on line 1: ${unknown.map((c) => JSON.stringify(c)).join(', ')}; expected email, name, membership type, external id, is admin, locale`,
            {
              details: unknown.map((c) => ({ line: 1, path: c, message: 'Unknown column' })),
            },
          );
        }
        return columns;
      },
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    });
  } catch (error) {
    if (error instanceof MentorKitError) throw error;
    throw new MentorKitError('IMPORT_INVALID', `The CSV could not be read: ${(error as Error).message}`, { cause: error });
  }
  return records.map(({ record, info }) => {
    const raw: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (value === '') continue;
      raw[key] = key === 'isAdmin' ? /^(true|yes|1|y)$/i.test(value) : value;
    }
    return { line: info.lines, raw };
  });
}

/**
 * Validates every row before writing any: one bad row (or a duplicate email) rejects the whole import
 * with each problem and its line, and nothing is written.
 */
export function validateRows(rows: { line: number; raw: unknown }[]): MemberImportRow[] {
  const problems: RowProblem[] = [];
  const valid: MemberImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, raw } of rows) {
    const parsed = memberImportRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, path: issue.path.join('.') || '(row)', message: issue.message });
      continue;
    }
    const first = seen.get(parsed.data.email);
    if (first !== undefined) {
      problems.push({ line, path: 'email', message: `Duplicate of line ${first} (${parsed.data.email})` });
      continue;
    }
    seen.set(parsed.data.email, line);
    valid.push(parsed.data);
  }
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new MentorKitError(
      'IMPORT_INVALID',
      `${problems.length} problem(s) in the import, nothing was written; first at line ${first.line}: ${first.path}: ${first.message}`,
      { details: problems.slice(0, 200) },
    );
  }
  if (valid.length === 0) throw new MentorKitError('IMPORT_INVALID', 'The import has no rows');
  return valid;
}

/** Upserts validated rows by normalized email (SPEC C2). Re-running an import is harmless. */
export async function importMembers(services: Services, community: CommunityRecord, rows: MemberImportRow[]): Promise<ImportMembersResult> {
  let created = 0;
  const now = services.now();
  for (const row of rows) {
    const result = await services.members.upsert(community.id, row, now);
    if (result.created) created++;
  }
  const counts = { created, updated: rows.length - created, total: rows.length };
  await services.events.emit({ type: 'member.imported', community, ...counts, at: now });
  return counts;
}
