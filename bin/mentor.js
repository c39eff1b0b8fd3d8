#!/usr/bin/env node
// The `mentor` command: runs the bundle that `npm run build` makes (dist/mentor.cjs) with V8's code
// cache for it (dist/mentor.cjs.cache), so that a start does not recompile ~1 MB of JavaScript.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const file = fileURLToPath(new URL('../dist/mentor.cjs', import.meta.url));
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: V8 compiles as usual.
}
const wrapper = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
const script = new Script(wrapper, { filename: file, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, fileURLToPath(new URL('../dist', import.meta.url)));
await bundle.exports.run();
if (process.env.MENTOR_WRITE_CODE_CACHE === '1') writeFileSync(cacheFile, script.createCachedData());
