// History stage: what a workspace-relative path names — a route, a mentor's file, a teacher — and
// whether it belongs to the id `log` was asked about. Pure.

export type RecordKind = 'route' | 'mentor' | 'teacher';

export interface RecordPath {
  kind: RecordKind;
  /** The teacher id the file name gives. */
  id: string;
  /** For a route: the year folder, `2025-2026`. */
  year?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A teacher id, or a route as `2025-2026/ivanova-ma` (also `2025/2026/ivanova-ma`). */
export type LogTarget = { teacher: string } | { teacher: string; year: string };

export function parseLogTarget(text: string): LogTarget | undefined {
  if (ID.test(text)) return { teacher: text };
  const route = /^(\d{4})[-/](\d{4})\/([^/]+)$/.exec(text);
  if (route === null || !ID.test(route[3]!)) return undefined;
  return { teacher: route[3]!, year: `${route[1]}-${route[2]}` };
}

export function recordPath(path: string): RecordPath | undefined {
  const parts = path.split('/');
  const file = parts[parts.length - 1]!;
  if (!file.endsWith('.yaml')) return undefined;
  const id = file.slice(0, -'.yaml'.length);
  if (parts.length === 3 && parts[0] === 'routes') return { kind: 'route', id, year: parts[1]! };
  if (parts.length === 2 && parts[0] === 'mentors') return { kind: 'mentor', id };
  if (parts.length === 2 && parts[0] === 'teachers') return { kind: 'teacher', id };
  return undefined;
}

/** Whether a file of that path belongs to the target; without a target, every route does. */
export function belongsTo(path: string, target: LogTarget | undefined): boolean {
  const found = recordPath(path);
  if (found === undefined) return false;
  if (target === undefined) return found.kind === 'route';
  if (found.id !== target.teacher) return false;
  return !('year' in target) || (found.kind === 'route' && found.year === target.year);
}

/** The workspace folders whose history the target needs. */
export function foldersFor(target: LogTarget | undefined): string[] {
  return target === undefined || 'year' in target ? ['routes'] : ['routes', 'mentors', 'teachers'];
}
