// Init: the questions at a terminal — each missing value asked in turn, with its default, until it is right.

import {
  ANSWER_FLAGS,
  ANSWER_KEYS,
  checkAnswer,
  defaultAnswer,
  isRequired,
  type HasTeacher,
  type RawAnswers,
} from './answers.js';
import type { InitText } from './messages.js';

export interface Asker {
  /** Shows the question and returns the line typed, or undefined when the input has ended. */
  ask: (question: string) => Promise<string | undefined>;
  /** Shows one line (why an answer was refused). */
  say: (line: string) => void;
}

export class InputClosedError extends Error {
  constructor() {
    super('the input ended');
  }
}

/**
 * The given values completed with the answers to the questions for every value not given.
 * An empty line takes the default; a required value without one is asked again. The curator's
 * name is not asked when their teacher file is already there.
 */
export async function askAnswers(
  given: RawAnswers,
  hasTeacher: HasTeacher,
  asker: Asker,
  text: InitText,
): Promise<RawAnswers> {
  const raw = { ...given };
  for (const key of ANSWER_KEYS) {
    if (raw[key] !== undefined) continue;
    const required = isRequired(key, raw, hasTeacher);
    if (key === 'curatorName' && !required) continue;
    const fallback = defaultAnswer(key, raw);
    for (;;) {
      const line = await asker.ask(`${text.question[key]}${text.offer(fallback, required)}`);
      if (line === undefined) throw new InputClosedError();
      const value = line.trim().replace(/\s+/g, ' ') || fallback;
      if (value === undefined) {
        if (!required) break;
        asker.say(text.requiredAgain);
        continue;
      }
      const fault = checkAnswer(key, value);
      if (fault === undefined) {
        raw[key] = value;
        break;
      }
      asker.say(text.fault(fault, ANSWER_FLAGS[key], value));
    }
  }
  return raw;
}
