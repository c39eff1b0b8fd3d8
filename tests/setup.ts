// Test setup, run in every test file (vitest.config.ts setupFiles): files share their worker's
// modules (isolate: false), so a hook registered when a helper module is first imported would
// belong to that file only — each file registers its own here.

import { afterEach } from 'vitest';
import { removeTempWorkspaces } from './cli/helpers.js';

afterEach(removeTempWorkspaces);
