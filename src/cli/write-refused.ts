// CLI: why a write was refused — a typed error that main() words in the user's language.

/**
 * - `link`: a symbolic link where a folder or the file should be; writing through it could change
 *   a file outside the workspace.
 * - `not-folder`: a file where a folder of the path should be (e.g. `--out` naming a file).
 * - `is-folder`: a folder where the file should be.
 * - `changed`: the file changed between mentor reading it and writing it (an editor, another run).
 * - `locked`: another mentor run holds the file's lock.
 */
export type WriteRefusal = 'link' | 'not-folder' | 'is-folder' | 'changed' | 'locked';

export class WriteRefused extends Error {
  override readonly name = 'WriteRefused';

  /** `path` is the file to be written; `at` the path that is in the way (a link, a file, the lock). */
  constructor(
    readonly kind: WriteRefusal,
    readonly path: string,
    readonly at: string = path,
  ) {
    super(`${kind}: ${at}`);
  }
}
