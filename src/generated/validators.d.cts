// Types of the standalone validators that scripts/build.mjs generates from schemas/.
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

declare const validators: Record<
  'config' | 'teacher' | 'mentor' | 'diagnostics' | 'route' | 'catalog' | 'events' | 'survey' | 'questionnaire',
  CompiledValidator
>;
export = validators;
