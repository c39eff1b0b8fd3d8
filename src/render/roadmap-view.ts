// Render stage: the programme's дорожная карта of a year (events/<year>.yaml) as the document shows it.

import { eventStageLabel, positionLabel } from '../model/labels.js';
import { EVENT_STAGES, type EventsRecord, type ProgrammeEvent } from '../model/types.js';
import type { Workspace } from '../model/workspace.js';
import { formatDateShort, formatInitials, nbspAfterNumberSign, NBSP, shortName } from '../model/russian.js';
import { BLANK_DATE_LINE } from './format.js';

export interface RoadmapView {
  organization: { name: string };
  /** «УТВЕРЖДАЮ» on the right: the head, and the приказ when programme.approved is given. */
  approval: { position: string; initials: string; order: string };
  /** «ПРИНЯТО» on the left, from programme.accepted; null without it. */
  accepted: { body: string; protocol: string } | null;
  title: string;
  programme: string;
  year: string;
  rows: { number: number; stage: string; title: string; date: string; responsible: string; expected: string; mark: string }[];
  hasEvents: boolean;
  provenance: string;
}

export const ROADMAP_TITLE = 'Дорожная карта реализации программы наставничества';

/** The events of a year's plan by stage (in the programme's order), then date; the stage named once. */
export function buildRoadmapView(ws: Workspace, record: EventsRecord | undefined, year: string): Omit<RoadmapView, 'provenance'> {
  const config = ws.config?.value;
  const org = config?.organization;
  const events = [...(record?.events ?? [])].sort(
    (a, b) => EVENT_STAGES.indexOf(a.stage) - EVENT_STAGES.indexOf(b.stage) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
  const approved = config?.programme.approved;
  const accepted = config?.programme.accepted;
  return {
    organization: { name: nbspAfterNumberSign(org?.name ?? '') },
    approval: {
      position: nbspAfterNumberSign(`Заведующий ${org?.short_name ?? org?.name ?? ''}`.trim()),
      initials: formatInitials(org?.head ?? ''),
      order: approved === undefined ? `Приказ от ${BLANK_DATE_LINE} №${NBSP}____` : `Приказ от ${formatDateShort(approved.date)} №${NBSP}${approved.order}`,
    },
    accepted:
      accepted === undefined
        ? null
        : { body: accepted.body, protocol: `протокол от ${formatDateShort(accepted.date)} №${NBSP}${accepted.protocol}` },
    title: ROADMAP_TITLE,
    programme: nbspAfterNumberSign(config?.programme.title ?? ''),
    year,
    rows: events.map((e, i) => ({
      number: i + 1,
      stage: i > 0 && events[i - 1]!.stage === e.stage ? '' : eventStageLabel(e.stage),
      title: nbspAfterNumberSign(e.title),
      date: formatDateShort(e.date),
      responsible: responsibleOf(ws, e),
      expected: nbspAfterNumberSign(e.expected),
      mark: markOf(e),
    })),
    hasEvents: events.length > 0,
  };
}

/** «Кузнецова Е. В., старший воспитатель»; an id with no teacher record shows as itself. */
function responsibleOf(ws: Workspace, e: ProgrammeEvent): string {
  const teacher = ws.teachers.find((t) => t.value.id === e.responsible)?.value;
  if (teacher === undefined) return e.responsible;
  return `${shortName(teacher.full_name)}, ${positionLabel(teacher.position)}`;
}

/** «Отметка о выполнении»: held with its day and result, cancelled with its reason; a planned one is marked by hand. */
function markOf(e: ProgrammeEvent): string {
  if (e.status === 'done') return [`проведено${e.held_on ? ` ${formatDateShort(e.held_on)}` : ''}`, e.result].filter((s): s is string => Boolean(s)).map(nbspAfterNumberSign).join('. ');
  if (e.status === 'cancelled') return ['отменено', e.reason].filter((s): s is string => Boolean(s)).map(nbspAfterNumberSign).join(': ');
  return '';
}
