// Types of scripts/generate-workspace.mjs, for the tests that use it.
export function generateWorkspace(dir: string, teacherCount: number, options?: { seed?: number }): unknown;
