/**
 * True when a request's `If-None-Match` names `etag` (weak or strong, comparing the tag itself) or is
 * `*`: the client's copy is current and the answer is a 304. One reading for every cached GET (widget
 * bundles, mentor photos, calendar feeds).
 * @param etag the quoted entity tag sent in `ETag`, e.g. `"abc123"`
 */
export function clientHasCurrent(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
