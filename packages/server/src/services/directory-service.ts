import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  invalidCursor,
  MentorKitError,
  normalizeSearchText,
  type FacetCount,
  type ListMentorsQuery,
  type MentorDirectoryPage,
  type MentorSort,
} from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MentorProfileRecord } from '../repositories/mentor-repository.js';
import type { Services } from '../service-container.js';
import { toMentorCard } from './mentor-service.js';
import { openSlots } from './open-slots.js';

/** One listed mentor, with everything search, filters and sorts read precomputed. */
interface Entry {
  id: string;
  /** The card, serialized once per index build: pages are joined from these. */
  json: string;
  nameKey: string;
  expertiseKeys: string[];
  /** Positions in the index's `expertiseLabels` / `languageCodes`, for counting facets. */
  expertiseIdx: number[];
  languageIdx: number[];
  companyKey: string;
  languages: string[];
  hourlyRate: number;
  currency: string;
  /** Mean rating, or -1 before the first so unrated mentors sort last. */
  ratingAvg: number;
  ratingCount: number;
  completedSessions: number;
  createdAtMs: number;
}

/** The matches of one query (filters, search and sort; no paging), kept until the index changes. */
interface QueryResult {
  matches: Entry[];
  scores: Map<Entry, number>;
  facetsJson: string;
}

interface CommunityIndex {
  stamp: number;
  /** Every listed mentor in rating order (also the relevance order when there is no `q`). */
  byRating: Entry[];
  sorted: Partial<Record<'sessions' | 'newest', Entry[]>>;
  /** Display form of each normalized expertise tag (the first one seen), by facet position. */
  expertiseLabels: string[];
  languageCodes: string[];
  /** Recent query results and serialized pages (least recently used dropped first). */
  results: Map<string, QueryResult>;
  pages: Map<string, string>;
  /** "Has open slots within N days" answers, kept briefly: bookings do not change the stamp. */
  slotAnswers: Map<string, { at: number; open: boolean }>;
}

/** How long a "has open slots" answer is reused. */
const SLOT_ANSWER_TTL_MS = 60_000;
const SLOT_CHECK_CONCURRENCY = 8;
/** Enough for every tag of a large community, so each tag on a card can be chosen (issue 10, defect 4). */
const MAX_FACET_VALUES = 200;
const MAX_CACHED_RESULTS = 100;
const MAX_CACHED_PAGES = 500;

function remember<V>(cache: Map<string, V>, key: string, value: V, max: number): V {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > max) cache.delete(cache.keys().next().value!);
  return value;
}

function recall<V>(cache: Map<string, V>, key: string): V | undefined {
  const value = cache.get(key);
  if (value !== undefined) remember(cache, key, value, Infinity);
  return value;
}

type SortKey = { k: number[]; id: string };

function keyOf(entry: Entry, sort: MentorSort, score: number): SortKey {
  switch (sort) {
    case 'rating':
      return { k: [-entry.ratingAvg, -entry.ratingCount], id: entry.id };
    case 'sessions':
      return { k: [-entry.completedSessions, -entry.ratingAvg], id: entry.id };
    case 'newest':
      return { k: [-entry.createdAtMs], id: entry.id };
    case 'relevance':
      return { k: [-score, -entry.ratingAvg, -entry.ratingCount], id: entry.id };
  }
}

/** A total order: the id breaks every tie, so pages never repeat or skip a mentor. */
function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.k.length; i++) {
    const d = a.k[i]! - (b.k[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Opaque to clients: a keyset cursor (core) of the sort, the last item's sort key and its id. */
function encodeCursor(sort: MentorSort, key: SortKey): string {
  return encodeKeysetCursor([sort, key.k, key.id]);
}

function decodeCursor(cursor: string, sort: MentorSort): SortKey {
  const [cursorSort, k, id] = decodeKeysetCursor(cursor, ['string', 'numbers', 'string']);
  if (cursorSort !== sort) throw invalidCursor('cursor', `This cursor belongs to sort "${cursorSort}"; keep the same sort while paging`);
  return { k, id };
}

/** Interns `value` in `positions`, returning its position. */
function positionOf(positions: Map<string, number>, labels: string[], key: string, label: string): number {
  let at = positions.get(key);
  if (at === undefined) {
    at = labels.push(label) - 1;
    positions.set(key, at);
  }
  return at;
}

function buildIndex(services: Services, stamp: number, profiles: MentorProfileRecord[]): CommunityIndex {
  const expertiseLabels: string[] = [];
  const languageCodes: string[] = [];
  const expertisePositions = new Map<string, number>();
  const languagePositions = new Map<string, number>();
  const entries = profiles.map((p): Entry => {
    const expertiseKeys = p.expertise.map(normalizeSearchText);
    return {
      id: p.id,
      json: JSON.stringify(toMentorCard(services, p)),
      nameKey: normalizeSearchText(p.displayName),
      expertiseKeys,
      expertiseIdx: expertiseKeys.map((key, i) => positionOf(expertisePositions, expertiseLabels, key, p.expertise[i]!)),
      languageIdx: p.languages.map((code) => positionOf(languagePositions, languageCodes, code, code)),
      companyKey: normalizeSearchText(p.company ?? ''),
      languages: p.languages,
      hourlyRate: p.hourlyRate,
      currency: p.currency,
      ratingAvg: p.ratingCount > 0 ? p.ratingSum / p.ratingCount : -1,
      ratingCount: p.ratingCount,
      completedSessions: p.completedSessions,
      createdAtMs: (p.approvedAt ?? p.createdAt).getTime(),
    };
  });
  return {
    stamp,
    byRating: sortedBy(entries, 'rating'),
    sorted: {},
    expertiseLabels,
    languageCodes,
    results: new Map(),
    pages: new Map(),
    slotAnswers: new Map(),
  };
}

function sortedBy(entries: Entry[], sort: MentorSort): Entry[] {
  return entries
    .map((entry) => ({ entry, key: keyOf(entry, sort, 0) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ entry }) => entry);
}

/** Name matches count most, then skills, then company; every term must match somewhere (SPEC M4). */
function scoreOf(entry: Entry, terms: string[]): number {
  let score = 0;
  for (const term of terms) {
    if (entry.nameKey.includes(term)) score += entry.nameKey.startsWith(term) || entry.nameKey.includes(` ${term}`) ? 4 : 3;
    else if (entry.expertiseKeys.some((k) => k.includes(term))) score += 2;
    else if (entry.companyKey.includes(term)) score += 1;
    else return 0;
  }
  return score;
}

/** Facet counts over `entries`, most frequent first, serialized. */
function facetsJsonOf(index: CommunityIndex, entries: Entry[]): string {
  const expertise = new Uint32Array(index.expertiseLabels.length);
  const languages = new Uint32Array(index.languageCodes.length);
  for (const entry of entries) {
    for (const i of entry.expertiseIdx) expertise[i]!++;
    for (const i of entry.languageIdx) languages[i]!++;
  }
  const ranked = (counts: Uint32Array, labels: string[]): FacetCount[] => {
    const out: FacetCount[] = [];
    counts.forEach((count, i) => count > 0 && out.push({ value: labels[i]!, count }));
    return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, MAX_FACET_VALUES);
  };
  const facets: MentorDirectoryPage['facets'] = {
    expertise: ranked(expertise, index.expertiseLabels),
    languages: ranked(languages, index.languageCodes),
  };
  return JSON.stringify(facets);
}

/**
 * The mentor directory (SPEC M4), served from an in-memory index per community. The index is rebuilt
 * when the community's directory stamp (bumped by every mentor write, on any instance) has moved, so
 * a list costs two indexed reads and work in memory; recent queries and pages are kept with the index.
 */
export class MentorDirectory {
  private readonly indexes = new Map<string, CommunityIndex>();
  private readonly building = new Map<string, Promise<CommunityIndex>>();

  private async indexFor(services: Services, communityId: string): Promise<CommunityIndex> {
    // Read the stamp before the mentors: a write that lands in between moves the stamp again.
    const stamp = await services.mentors.directoryStamp(communityId);
    const cached = this.indexes.get(communityId);
    if (cached && cached.stamp === stamp) return cached;
    const key = `${communityId}:${stamp}`;
    let build = this.building.get(key);
    if (!build) {
      build = (async () => {
        const index = buildIndex(services, stamp, await services.mentors.listListed(communityId));
        const current = this.indexes.get(communityId);
        if (!current || current.stamp <= stamp) this.indexes.set(communityId, index);
        return index;
      })().finally(() => this.building.delete(key));
      this.building.set(key, build);
    }
    return build;
  }

  /**
   * Lists approved, enabled mentors with search, filters, sort, cursor paging and facets.
   * @returns the page as `MentorDirectoryPage` JSON, already serialized (this is the hot path)
   */
  async listJson(services: Services, community: CommunityRecord, query: ListMentorsQuery): Promise<string> {
    const index = await this.indexFor(services, community.id);
    const slotDays = query.hasOpenSlotsWithinDays;
    const pageKey = JSON.stringify(query);
    if (slotDays === undefined) {
      const page = recall(index.pages, pageKey);
      if (page !== undefined) return page;
    }
    const { cursor, limit, hasOpenSlotsWithinDays: _days, ...criteria } = query;
    const resultKey = JSON.stringify(criteria);
    let result = slotDays === undefined ? recall(index.results, resultKey) : undefined;
    if (!result) {
      result = await this.search(services, community, index, query);
      if (slotDays === undefined) remember(index.results, resultKey, result, MAX_CACHED_RESULTS);
    }

    const { matches, scores } = result;
    const keyFor = (entry: Entry) => keyOf(entry, query.sort, scores.get(entry) ?? 0);
    let start = 0;
    if (cursor) {
      const after = decodeCursor(cursor, query.sort);
      let lo = 0;
      let hi = matches.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareKeys(keyFor(matches[mid]!), after) <= 0) lo = mid + 1;
        else hi = mid;
      }
      start = lo;
    }
    const page = matches.slice(start, start + limit);
    const last = page[page.length - 1];
    const nextCursor = start + limit < matches.length && last ? JSON.stringify(encodeCursor(query.sort, keyFor(last))) : 'null';
    const json = `{"items":[${page.map((e) => e.json).join(',')}],"nextCursor":${nextCursor},"total":${matches.length},"facets":${result.facetsJson}}`;
    return slotDays === undefined ? remember(index.pages, pageKey, json, MAX_CACHED_PAGES) : json;
  }

  /** Like `listJson`, parsed (for callers inside the service). */
  async list(services: Services, community: CommunityRecord, query: ListMentorsQuery): Promise<MentorDirectoryPage> {
    return JSON.parse(await this.listJson(services, community, query)) as MentorDirectoryPage;
  }

  private async search(
    services: Services,
    community: CommunityRecord,
    index: CommunityIndex,
    query: ListMentorsQuery,
  ): Promise<QueryResult> {
    const sort = query.sort;
    const terms = normalizeSearchText(query.q ?? '')
      .split(' ')
      .filter(Boolean);
    const expertise = query.expertise?.map(normalizeSearchText);
    const languages = query.language;
    const filtered = !!(terms.length || expertise?.length || languages?.length || query.freeOnly || query.maxRate !== undefined);

    let base: Entry[];
    if (sort === 'relevance' || sort === 'rating') base = index.byRating;
    else base = index.sorted[sort] ??= sortedBy(index.byRating, sort);

    const scores = new Map<Entry, number>();
    let matches = base;
    if (filtered) {
      matches = [];
      for (const entry of base) {
        if (expertise?.length && !entry.expertiseKeys.some((k) => expertise.includes(k))) continue;
        if (languages?.length && !entry.languages.some((l) => languages.includes(l))) continue;
        if (query.freeOnly && entry.hourlyRate !== 0) continue;
        // A rate cap means something only within one currency: $25 and €25 are not comparable.
        if (
          query.maxRate !== undefined &&
          (entry.hourlyRate > query.maxRate || (query.currency && entry.hourlyRate > 0 && entry.currency !== query.currency))
        )
          continue;
        if (terms.length) {
          const score = scoreOf(entry, terms);
          if (score === 0) continue;
          scores.set(entry, score);
        }
        matches.push(entry);
      }
    }
    if (query.hasOpenSlotsWithinDays !== undefined) {
      matches = await this.withOpenSlots(services, community, index, matches, query.hasOpenSlotsWithinDays);
    }
    if (sort === 'relevance' && terms.length) {
      // Buckets by score, each in rating order: exactly the relevance key order, in linear time.
      const buckets: Entry[][] = [];
      for (const entry of matches) (buckets[scores.get(entry)!] ??= []).push(entry);
      matches = buckets.reverse().flatMap((bucket) => bucket ?? []);
    }
    return { matches, scores, facetsJson: facetsJsonOf(index, matches) };
  }

  /** Keeps mentors with an open slot in the next `days` days, checking only these candidates. */
  private async withOpenSlots(
    services: Services,
    community: CommunityRecord,
    index: CommunityIndex,
    candidates: Entry[],
    days: number,
  ): Promise<Entry[]> {
    const now = services.now();
    const to = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
    const open = new Array<boolean>(candidates.length).fill(false);
    let next = 0;
    const worker = async () => {
      while (next < candidates.length) {
        const i = next++;
        const entry = candidates[i]!;
        const key = `${entry.id}:${days}`;
        const known = index.slotAnswers.get(key);
        if (known && now.getTime() - known.at < SLOT_ANSWER_TTL_MS) {
          open[i] = known.open;
          continue;
        }
        const slots = await openSlots(services, community, entry.id, { from: now, to }).catch((error: unknown) => {
          if (error instanceof MentorKitError) return [];
          throw error;
        });
        open[i] = slots.length > 0;
        index.slotAnswers.set(key, { at: now.getTime(), open: open[i]! });
      }
    };
    await Promise.all(Array.from({ length: SLOT_CHECK_CONCURRENCY }, worker));
    return candidates.filter((_, i) => open[i]);
  }
}
