// Plan stage: which positions are close enough for one to mentor the other (a local judgement).

/**
 * Families of positions whose work overlaps; two different positions are related when they share
 * a family. Kept small and explicit: the match only gives a related position a few points.
 */
export const POSITION_FAMILIES: readonly (readonly string[])[] = [
  // work with a group of children, and its methodical support
  ['educator', 'senior_educator', 'methodologist'],
  // correctional teaching
  ['speech_therapist', 'defectologist'],
  // support of children with special educational needs
  ['psychologist', 'defectologist', 'tutor'],
  // specialists who run their own lessons with every group (hall, studio) and the holidays
  ['music_director', 'pe_instructor', 'additional_education'],
];

export function arePositionsRelated(a: string, b: string): boolean {
  return a !== b && POSITION_FAMILIES.some((family) => family.includes(a) && family.includes(b));
}
