#!/usr/bin/env node
// The `mentor` command: everything happens in the bundle built by `npm run build`.
import { run } from '../dist/mentor.js';

await run();
