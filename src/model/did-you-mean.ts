// Model: "did you mean" — the known ids nearest to a mistyped one, by edit distance.

/** At most this many suggestions are offered. */
const MAX_SUGGESTIONS = 3;

/**
 * Distinct ids searched per suggester, after which no more suggestions are made. Hundreds of
 * unknown ids mean a missing folder or a mass renaming, not typos, and each search over
 * 10,000 ids costs a few milliseconds.
 */
export const MAX_SEARCHES = 100;

/** Typos of up to 2 letters, or up to a third of a long id, still count as "near". */
export function suggestionLimit(id: string): number {
  return Math.max(2, Math.floor(id.length / 3));
}

interface TrieNode {
  /** Letters (UTF-16 code units) and the nodes they lead to; arrays walk faster than Maps. */
  letters: number[];
  children: TrieNode[];
  /** Set when a known id ends here. */
  id?: string;
}

export interface Near {
  id: string;
  distance: number;
}

/**
 * Known ids within `limit` edits (Levenshtein) of `query`. The ids are walked as a trie, one
 * row of the edit-distance table per node, so ids sharing a prefix share its work, and a branch
 * is abandoned as soon as every cell of its row is past the limit. Comparing each unknown id
 * with 10,000 teachers one by one took seconds; this takes a few milliseconds.
 */
export function nearIds(trie: TrieNode, query: string, limit: number): Near[] {
  const found: Near[] = [];
  const width = query.length + 1;
  const codes = Int32Array.from({ length: query.length }, (_, j) => query.charCodeAt(j));
  // One row per trie depth, reused: a walk visits thousands of nodes and should not allocate for each.
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => j)];
  const walk = (node: TrieNode, depth: number): void => {
    const previous = rows[depth]!;
    const row = (rows[depth + 1] ??= new Int32Array(width));
    for (let k = 0; k < node.children.length; k++) {
      const letter = node.letters[k]!;
      const child = node.children[k]!;
      let left = depth + 1;
      let rowMin = left;
      row[0] = left;
      for (let j = 1; j < width; j++) {
        const diagonal = previous[j - 1]! + (codes[j - 1] === letter ? 0 : 1);
        const up = previous[j]! + 1;
        left = Math.min(left + 1, up, diagonal);
        row[j] = left;
        if (left < rowMin) rowMin = left;
      }
      if (child.id !== undefined && left <= limit) found.push({ id: child.id, distance: left });
      if (rowMin <= limit) walk(child, depth + 1);
    }
  };
  walk(trie, 0);
  return found;
}

export function buildTrie(known: Iterable<string>): TrieNode {
  const root: TrieNode = { letters: [], children: [] };
  for (const id of known) {
    let node = root;
    for (let i = 0; i < id.length; i++) {
      const letter = id.charCodeAt(i);
      const k = node.letters.indexOf(letter);
      let next = node.children[k];
      if (k < 0 || !next) {
        next = { letters: [], children: [] };
        node.letters.push(letter);
        node.children.push(next);
      }
      node = next;
    }
    node.id = id;
  }
  return root;
}

/** Returns the nearest known ids joined by ", ", or '' when none is near enough. */
export type Suggester = (id: string) => string;

/**
 * A suggester over a set of known ids. The trie is built on first use, so a workspace without
 * typos pays nothing; answers are cached, since one typo is often repeated across records.
 */
export function makeSuggester(known: Iterable<string>): Suggester {
  let trie: TrieNode | undefined;
  const cache = new Map<string, string>();
  return (id) => {
    const cached = cache.get(id);
    if (cached !== undefined) return cached;
    if (cache.size >= MAX_SEARCHES) return '';
    trie ??= buildTrie(known);
    const found = nearIds(trie, id, suggestionLimit(id)).filter((near) => near.id !== id);
    found.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const suggestion = found
      .slice(0, MAX_SUGGESTIONS)
      .map((near) => near.id)
      .join(', ');
    cache.set(id, suggestion);
    return suggestion;
  };
}
