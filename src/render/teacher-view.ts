// Render stage: the printable facts about one teacher — a signatory, or the header of a route.

import { experienceOn, yearsBetween } from '../model/dates.js';
import type { Teacher } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { formatDateShort, formatInitials } from '../model/russian.js';
import { formatYears } from './format.js';
import { categoryPhrase, educationLabel, positionLabel } from '../model/labels.js';

/** What every document prints about a person. A missing record prints its id, never fails. */
export interface PersonView {
  id: string;
  fullName: string;
  /** «М. А. Иванова», beside a signature line. */
  initials: string;
  position: string;
}

export interface TeacherHeaderView extends PersonView {
  group: string | null;
  education: {
    level: string;
    institution: string;
    year: string;
    specialty: string;
    /** «высшее, ВоГУ, 2025 г., специальность «Дошкольное образование»» */
    text: string;
  };
  experience: {
    /** The day the experience is counted on: the start of the route. */
    onDate: string;
    pedagogical: string;
    /** In this kindergarten, since `hired`. */
    here: string;
    since: string;
  };
  category: {
    name: string;
    date: string | null;
    /** «первая квалификационная категория, присвоена 15.03.2024» */
    text: string;
  };
  /** The latest refresher course (КПК): «Реализация ФОП ДО, 72 ч, 2025 г.», or «—». */
  lastCourse: string;
}

const DASH = '—';

export function findTeacher(ws: Workspace, id: string): Teacher | undefined {
  return ws.teachers.find((t) => t.value.id === id)?.value;
}

export function personView(teacher: Teacher | undefined, id: string): PersonView {
  if (teacher === undefined) return { id, fullName: id, initials: id, position: DASH };
  return {
    id,
    fullName: teacher.full_name,
    initials: formatInitials(teacher.full_name),
    position: positionLabel(teacher.position),
  };
}

export function teacherHeaderView(teacher: Teacher | undefined, id: string, onDate: string): TeacherHeaderView {
  const person = personView(teacher, id);
  const experience = { onDate: formatDateShort(onDate), pedagogical: DASH, here: DASH, since: DASH };
  if (teacher === undefined) {
    return {
      ...person,
      group: null,
      education: { level: DASH, institution: DASH, year: DASH, specialty: DASH, text: DASH },
      experience,
      category: { name: DASH, date: null, text: DASH },
      lastCourse: DASH,
    };
  }
  const { level, institution, year, specialty } = teacher.education;
  const categoryDate = teacher.category_date === undefined ? null : formatDateShort(teacher.category_date);
  const categoryName = categoryPhrase(teacher.category);
  return {
    ...person,
    group: teacher.group ?? null,
    education: {
      level: educationLabel(level),
      institution,
      year: `${year}\u00a0г.`,
      specialty,
      text: `${educationLabel(level)}, ${institution}, ${year}\u00a0г., специальность «${specialty}»`,
    },
    experience: {
      onDate: experience.onDate,
      pedagogical: formatYears(experienceOn(teacher.experience, onDate)),
      here: formatYears(yearsBetween(teacher.hired, onDate)),
      since: formatDateShort(teacher.hired),
    },
    category: {
      name: categoryName,
      date: categoryDate,
      text: categoryDate === null ? categoryName : `${categoryName}, присвоена ${categoryDate}`,
    },
    lastCourse: lastCourse(teacher),
  };
}

/** The most recent course by year; of several in one year, the one listed last. */
function lastCourse(teacher: Teacher): string {
  let latest: NonNullable<Teacher['courses']>[number] | undefined;
  for (const course of teacher.courses ?? []) if (latest === undefined || course.year >= latest.year) latest = course;
  return latest === undefined ? DASH : `${latest.title}, ${latest.hours}\u00a0ч, ${latest.year}\u00a0г.`;
}
