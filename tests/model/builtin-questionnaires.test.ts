// The built-in questionnaires (src/model/builtin-questionnaires.json) are records of the
// questionnaire format: each passes the schema a workspace's questionnaires/<id>.yaml passes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { BUILTIN_QUESTIONNAIRES, findQuestionnaire } from '../../src/model/questionnaires.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/questionnaire.schema.json', import.meta.url));

describe('the built-in questionnaires', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

  it.each(BUILTIN_QUESTIONNAIRES.map((q) => [q.id, q] as const))('%s passes the questionnaire schema', (_id, questionnaire) => {
    expect(validate(questionnaire), JSON.stringify(validate.errors)).toBe(true);
    expect(questionnaire.questions).toHaveLength(10);
  });

  it('gives `satisfaction` the one of the survey audience', () => {
    expect(findQuestionnaire([], 'satisfaction', 'mentees')?.id).toBe('satisfaction-mentees');
    expect(findQuestionnaire([], 'satisfaction', 'mentors')?.id).toBe('satisfaction-mentors');
    expect(findQuestionnaire([], 'satisfaction-mentors', 'mentees')?.audience).toBe('mentors');
  });
});
