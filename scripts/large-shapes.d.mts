// Types of scripts/large-shapes.mjs, for the tests that use it.
export const MAX_FILE_BYTES: number;
export const SHAPES: { name: string; text: () => string; rules: string[] }[];
