// Load stage: how deep a record may nest, for every reader.

/** Collections nested deeper than this are refused; records need about six levels. */
export const MAX_DEPTH = 100;
