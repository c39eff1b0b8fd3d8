// CLI: the tool's version, printed by --version and on every document.
export { VERSION } from '../tool.js';
