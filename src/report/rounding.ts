// Report stage: rounding of shares and mean scores, half away from zero.

/**
 * Rounds to `digits` decimals. The tiny relative nudge keeps values like 1.005, stored a hair
 * below their decimal form, from rounding down; −0 becomes 0.
 */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** numerator / denominator to 4 decimals, or null when there is nobody to count. */
export function shareOf(numerator: number, denominator: number): { numerator: number; denominator: number; ratio: number | null } {
  return { numerator, denominator, ratio: denominator === 0 ? null : roundTo(numerator / denominator, 4) };
}
