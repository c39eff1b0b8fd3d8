// Plan stage: the tables that say which catalog activity a route can hold, beside the catalog's own fields.

import type { CatalogActivity } from '../model/types.js';
import type { RouteProfile } from './route-profile.js';

/** Activities of every route, right after one activity per deficit: the centre of a real plan. */
export const CORE_ACTIVITIES: readonly string[] = ['activity-mentor-visits', 'self-education-plan', 'diagnostics-final'];

/** The self-education topic is chosen in this item; the route's topic placeholder gives its due date. */
export const TOPIC_ACTIVITY = 'self-education-plan';

/** The course itself: only when the teacher's latest course is three or more years old. */
export const COURSE_ACTIVITY = 'courses-kpk';

/** An activity that is taken with another, which comes before it (choose a course, then take it). */
export const PREREQUISITES: Readonly<Record<string, string>> = { 'courses-kpk': 'courses-choice' };

/** Visits to the mentor's group need a mentor with a group; otherwise her own sessions are visited. */
const MENTOR_GROUP_ACTIVITIES: ReadonlySet<string> = new Set(['activity-visit-mentor']);
const MENTOR_SESSIONS_ACTIVITIES: ReadonlySet<string> = new Set(['activity-visit-mentor-sessions']);

/**
 * Tied to their dates: a New Year matinee or the midterm self-assessment cannot be compressed into
 * April. They are planned only when one of their months is still ahead in the period.
 */
export const CALENDAR_BOUND: ReadonlySet<string> = new Set(['diagnostics-midterm', 'methodical-holiday']);

/** Only for the pair roles named. */
const ROLE_ONLY: Readonly<Record<string, readonly string[]>> = { 'normative-new-post': ['specialist_new_post'] };

/**
 * Role models that shape a route (domain.md): a teacher in a new post gets the post's content, not
 * a newcomer's or a young teacher's onboarding.
 */
const ROLE_RULES: Readonly<Record<string, (activity: CatalogActivity) => boolean>> = {
  specialist_new_post: (a) => a.for === undefined || a.for === 'any',
};

/**
 * A struggling experienced teacher's route targets her deficits (with the core activities, and
 * the kindergarten's onboarding when she is new here): her other `always` activities only fill a
 * route that would otherwise be thinner than a real one.
 */
export function isFillOnly(activity: CatalogActivity, profile: RouteProfile): boolean {
  return (
    profile.role === 'leader_struggling' && activity.when === 'always' && !CORE_ACTIVITIES.includes(activity.id) && activity.for !== 'newcomer'
  );
}

/** A route of a year has at least this many items when its period and the catalog allow (real plans hold 12–20). */
export const MIN_ROUTE_ITEMS = 12;

/** An activity meant for this teacher in particular: her post, a newcomer, a young specialist. */
export function isPersonal(activity: CatalogActivity): boolean {
  return activity.positions !== undefined || (activity.for !== undefined && activity.for !== 'any');
}

/** Whether the route of `profile` may hold `activity` at all (before deficits and strengths). */
export function isActivityFor(activity: CatalogActivity, profile: RouteProfile): boolean {
  if (activity.positions !== undefined && !activity.positions.includes(profile.position)) return false;
  if (activity.needs_group === true && !profile.hasGroup) return false;
  if (activity.for === 'newcomer' && !profile.isNewcomer) return false;
  if (activity.for === 'young' && !profile.isYoung) return false;
  if (MENTOR_GROUP_ACTIVITIES.has(activity.id) && !profile.mentorHasGroup) return false;
  if (MENTOR_SESSIONS_ACTIVITIES.has(activity.id) && profile.mentorHasGroup) return false;
  if (activity.id === COURSE_ACTIVITY && !profile.isCourseDue) return false;
  const roles = ROLE_ONLY[activity.id];
  if (roles !== undefined && !roles.includes(profile.role)) return false;
  return ROLE_RULES[profile.role]?.(activity) ?? true;
}
