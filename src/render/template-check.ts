// Render stage: a look at a parsed template before it runs — names it uses that do not exist.

import { TemplateError } from './template-error.js';

interface Position {
  start: { line: number; column: number };
}

/** The little of the Handlebars AST this check reads; every node has a `type`. */
interface AstNode {
  type: string;
  loc?: Position;
  path?: AstNode;
  name?: AstNode;
  params?: AstNode[];
  hash?: AstNode;
  parts?: string[];
  original?: unknown;
  data?: boolean;
  depth?: number;
  value?: unknown;
  strict?: boolean;
}

export interface KnownNames {
  helpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
}

/**
 * Throws a TemplateError at the first call of an unknown helper or partial, so that a typo fails
 * with its line before any output, rather than as "not defined" halfway through a render.
 *
 * It also marks every path as strict. Handlebars' strict mode checks `{{field}}` but lets the
 * arguments of helpers through — `{{#each itmes}}` would print nothing — and the compiler takes
 * the mark from the node, so set on every path it makes each lookup fail loudly.
 */
export function checkTemplate(ast: unknown, template: string, known: KnownNames): void {
  const partials = new Set(known.partials);
  walk(ast, (node) => {
    if (node.type === 'DecoratorBlock' && node.path?.original === 'inline') {
      const name = node.params?.[0]?.value;
      if (typeof name === 'string') partials.add(name);
    }
  });
  walk(ast, (node) => {
    if (node.type === 'PathExpression') node.strict = true;
    const helper = calledHelper(node);
    if (helper !== null && !known.helpers.has(helper)) {
      throw located(node, template, 'unknown-helper', helper, `unknown helper "${helper}"`);
    }
    if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && node.name?.type === 'PathExpression') {
      const name = String(node.name.original);
      if (!partials.has(name) && name !== '@partial-block') {
        throw located(node, template, 'unknown-partial', name, `unknown partial "${name}"`);
      }
    }
  });
}

/** The helper a node calls: a mustache, block or subexpression with arguments names one. */
function calledHelper(node: AstNode): string | null {
  const isCall = node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression';
  if (!isCall || node.path?.type !== 'PathExpression') return null;
  if ((node.params?.length ?? 0) === 0 && node.hash === undefined) return null;
  return String(node.path.original);
}

function located(node: AstNode, template: string, kind: 'unknown-helper' | 'unknown-partial', subject: string, reason: string): TemplateError {
  const start = node.loc?.start;
  return new TemplateError(template, start?.line ?? null, start === undefined ? null : start.column + 1, kind, subject, reason);
}

function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (typeof (node as { type?: unknown }).type === 'string') visit(node as AstNode);
  for (const [key, child] of Object.entries(node)) if (key !== 'loc') walk(child, visit);
}
