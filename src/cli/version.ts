// CLI: the tool's version, printed by --version and (later) on every document.
export const VERSION = '0.2.0';
