// Plan stage: the Russian wording a generated route starts with — its goal, tasks and topic.

import type { CatalogDirection } from './catalog.js';

/** The goal by the pair's role (records.md roles), as real routes phrase it. */
const GOALS: Record<string, string> = {
  experienced_young:
    'Профессиональная адаптация молодого педагога, развитие его профессиональных компетенций и освоение норм педагогической деятельности',
  leader_struggling: 'Преодоление профессиональных затруднений педагога и повышение качества его образовательной деятельности',
  innovator_conservative: 'Освоение педагогом современных образовательных технологий и их применение в работе с детьми',
  specialist_new_post: 'Освоение педагогом новой должности и развитие компетенций, необходимых для работы в ней',
};

const DEFAULT_GOAL = 'Профессиональное развитие педагога и преодоление профессиональных затруднений';

export function routeGoal(role: string): string {
  return GOALS[role] ?? DEFAULT_GOAL;
}

/** One task per deficit: the catalog's own wording, or one made from the direction's title. */
export function routeTask(direction: CatalogDirection | undefined, code: string): string {
  if (direction?.task !== undefined) return direction.task;
  const title = direction?.title ?? code;
  return `Преодолеть затруднения по направлению «${title.charAt(0).toLowerCase()}${title.slice(1)}»`;
}

/** Without deficits a route still has a task: the young teacher's adaptation. */
export const ADAPTATION_TASK = 'Освоить содержание и организацию образовательной деятельности в своей группе при поддержке наставника';

/**
 * The self-education topic is chosen with the mentor in the route's first months (November for a
 * September start, domain.md); until then the route says by when.
 */
export function topicPlaceholder(deadline: string): string {
  const [year, month, day] = deadline.split('-');
  return `Тема уточняется: выбирается совместно с наставником до ${day}.${month}.${year}`;
}
