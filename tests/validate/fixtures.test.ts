// Scenario tests: every fixture workspace produces exactly the problems its expected.json lists
// (and, where an entry has `ru`, the Russian message of the problem).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/messages/index.js';
import { validateWorkspace } from '../../src/validate/validate-workspace.js';

interface Expected {
  rule: string;
  file: string;
  line: number;
  column: number;
  /** When given, the problem's Russian message. */
  ru?: string;
}

const GROUPS = ['tests/fixtures/rules', 'tests/fixtures/files'];

for (const group of GROUPS) {
  if (!existsSync(group)) continue;
  describe(group, () => {
    for (const name of readdirSync(group).sort()) {
      const dir = join(group, name);
      it(name, async () => {
        const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];
        const todayFile = join(dir, 'today.txt');
        const today = existsSync(todayFile) ? readFileSync(todayFile, 'utf8').trim() : '2026-03-20';
        const { problems } = await validateWorkspace(dir, { today });
        const actual = problems.map((found, i) => {
          const { rule, file, line, column } = found;
          return expected[i]?.ru === undefined ? { rule, file, line, column } : { rule, file, line, column, ru: describeProblem(found, 'ru').message };
        });
        expect(actual).toEqual(expected);
        // The fixture is named for the rule it proves.
        expect(actual.map((p) => p.rule)).toContain(name);
      });
    }
  });
}
