// Validate stage: the elements of a list whose key an earlier element already has.

export interface Repeat {
  /** The repeating element's index in the list. */
  index: number;
  /** The 1-based number of the first element with that key: messages say "item No. 2", as people count. */
  first: number;
  key: string;
}

export function* repeatsOf<T>(list: readonly T[], keyOf: (element: T) => string): Generator<Repeat> {
  const firstIndex = new Map<string, number>();
  for (const [index, element] of list.entries()) {
    const key = keyOf(element);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else yield { index, first: first + 1, key };
  }
}
