// Validate stage: the JSON Schemas as data (for field suggestions); imported lazily.

import catalog from '../../schemas/catalog.schema.json' with { type: 'json' };
import config from '../../schemas/config.schema.json' with { type: 'json' };
import diagnostics from '../../schemas/diagnostics.schema.json' with { type: 'json' };
import events from '../../schemas/events.schema.json' with { type: 'json' };
import questionnaire from '../../schemas/questionnaire.schema.json' with { type: 'json' };
import survey from '../../schemas/survey.schema.json' with { type: 'json' };
import mentor from '../../schemas/mentor.schema.json' with { type: 'json' };
import route from '../../schemas/route.schema.json' with { type: 'json' };
import teacher from '../../schemas/teacher.schema.json' with { type: 'json' };

type SchemaNode = { properties?: Record<string, unknown> } & Record<string, unknown>;

export const SCHEMAS: Record<
  'config' | 'teacher' | 'mentor' | 'diagnostics' | 'route' | 'catalog' | 'events' | 'survey' | 'questionnaire',
  SchemaNode
> = {
  events,
  survey,
  questionnaire,
  config,
  teacher,
  mentor,
  diagnostics,
  route,
  catalog,
};
