// CLI: the one place colour is decided — off with NO_COLOR, --no-color or when not a terminal.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

export function makeColour(io: Io, wanted: boolean): ChalkInstance {
  const forced = io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0';
  const off = !wanted || io.env['NO_COLOR'] !== undefined || (!io.isTTY && !forced);
  return new Chalk({ level: off ? 0 : 1 });
}
