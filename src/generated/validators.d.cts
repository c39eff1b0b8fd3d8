// Types of the standalone validators that scripts/build.mjs generates from schemas/.
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

type Kind = 'config' | 'teacher' | 'mentor' | 'diagnostics' | 'route' | 'catalog' | 'events' | 'survey' | 'questionnaire';

declare const validators: Record<Kind, CompiledValidator> & {
  /** Per kind, the lists that must not repeat an item, as JSON pointers with `*` for any item. */
  uniqueLists: Record<Kind, string[]>;
};
export = validators;
