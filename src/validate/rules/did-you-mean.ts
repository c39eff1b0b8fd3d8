// Validate stage: "did you mean" — the known ids nearest to a mistyped one, by edit distance.

/** At most this many suggestions are offered. */
const MAX_SUGGESTIONS = 3;

/**
 * Levenshtein distance between a and b, or `limit + 1` as soon as it must exceed `limit`,
 * so that comparing against thousands of ids stays cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Typos of up to 2 letters, or up to a third of a long id, still count as "near". */
export function suggestionLimit(id: string): number {
  return Math.max(2, Math.floor(id.length / 3));
}

/** Returns the nearest known ids joined by ", ", or '' when none is near enough. */
export type Suggester = (id: string) => string;

/**
 * Builds a suggester over a set of known ids. Ids are bucketed by length on first use, so a
 * workspace without typos pays nothing and one with typos only compares ids of similar length.
 */
export function makeSuggester(known: Iterable<string>): Suggester {
  let byLength: Map<number, string[]> | undefined;
  return (id) => {
    byLength ??= bucketByLength(known);
    const limit = suggestionLimit(id);
    const found: { id: string; distance: number }[] = [];
    for (let length = id.length - limit; length <= id.length + limit; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        const distance = editDistance(id, candidate, limit);
        if (distance <= limit && candidate !== id) found.push({ id: candidate, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return found
      .slice(0, MAX_SUGGESTIONS)
      .map((f) => f.id)
      .join(', ');
  };
}

function bucketByLength(known: Iterable<string>): Map<number, string[]> {
  const buckets = new Map<number, string[]>();
  for (const id of known) {
    const bucket = buckets.get(id.length);
    if (bucket) bucket.push(id);
    else buckets.set(id.length, [id]);
  }
  return buckets;
}
