// Benchmark floor: only lists, reads and parses (YAML.parse) every .yaml file of a workspace, then prints the count.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/floor-parse.mjs WORKSPACE_DIR');
  process.exit(2);
}

let count = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile() && entry.name.endsWith('.yaml')) {
      YAML.parse(readFileSync(path, 'utf8'));
      count++;
    }
  }
};
walk(root);
console.log(count);
