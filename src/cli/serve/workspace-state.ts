// CLI (serve): the workspace kept in memory — checked once, checked again only after a file changed
// (an edit of ours, an editor's save, a `git pull`), never on every request.

import { watch, type FSWatcher } from 'node:fs';
import { readProvenance } from '../../load/provenance.js';
import type { Provenance } from '../../model/provenance.js';
import { mergeCatalog, type Catalog } from '../../plan/catalog.js';
import { loadBuiltinCatalog } from '../../plan/load-catalog.js';
import { VERSION } from '../../tool.js';
import { validateWorkspace, type ValidationResult } from '../../validate/validate-workspace.js';

export interface WorkspaceSnapshot {
  result: ValidationResult;
  catalog: Catalog;
  provenance: Provenance;
  /** The day the snapshot was checked for ("in the future" rules). */
  today: string;
  /** Grows with every re-read: what is cached from a snapshot is cached under it. */
  version: number;
}

export class WorkspaceState {
  private snapshot: Promise<WorkspaceSnapshot> | undefined;
  private version = 0;
  private watcher: FSWatcher | undefined;

  constructor(
    readonly root: string,
    private readonly today: () => string,
  ) {}

  /** The current snapshot: re-read when a file changed or the day turned. */
  async current(): Promise<WorkspaceSnapshot> {
    const snapshot = this.snapshot === undefined ? undefined : await this.snapshot;
    if (snapshot !== undefined && snapshot.today === this.today()) return snapshot;
    this.snapshot = this.read();
    return this.snapshot;
  }

  /** After a change: the next request reads the workspace again. */
  invalidate(): void {
    this.snapshot = undefined;
  }

  /** Watches the workspace; documents under out/ and git's own files are not changes of records. */
  watch(): void {
    this.watcher = watch(this.root, { recursive: true }, (_event, name) => {
      const path = String(name ?? '');
      if (/^(out|\.git|node_modules)([\\/]|$)/.test(path)) return;
      this.invalidate();
    });
    this.watcher.on('error', () => this.invalidate());
  }

  close(): void {
    this.watcher?.close();
  }

  private async read(): Promise<WorkspaceSnapshot> {
    const today = this.today();
    const result = await validateWorkspace(this.root, { today });
    const catalog = mergeCatalog(await loadBuiltinCatalog(), result.workspace.catalog.map((c) => c.value));
    return { result, catalog, provenance: readProvenance(this.root, VERSION), today, version: ++this.version };
  }
}
