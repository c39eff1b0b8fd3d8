// Render stage: the one Handlebars instance — its helpers, its partials, templates compiled strict.

import Handlebars from 'handlebars';
import { HELPERS } from './helpers.js';
import { checkTemplate } from './template-check.js';
import { fromHandlebarsError } from './template-error.js';
import { findPartials, findTemplate, type TemplateSource } from './template-files.js';

export { TemplateError, type TemplateErrorKind } from './template-error.js';

type Render = (data: unknown, options?: Handlebars.RuntimeOptions) => string;

const hb = Handlebars.create();
for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, helper);

/** `strict`: a field the data lacks fails instead of printing nothing. User text is always escaped. */
const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: false };

/** Compiled templates by file and text: a render of many routes compiles each template once. */
const compiled = new Map<string, { text: string; render: Render }>();

function compile(source: TemplateSource, partialNames: ReadonlySet<string>): Render {
  const key = `${source.display}\0${[...partialNames].sort().join(',')}`;
  const cached = compiled.get(key);
  if (cached?.text === source.text) return cached.render;
  let ast: unknown;
  try {
    // Unprocessed, because compile() runs the whitespace pass itself and it is not idempotent.
    ast = hb.parseWithoutProcessing(source.text);
  } catch (error) {
    throw fromHandlebarsError(error, source.display);
  }
  checkTemplate(ast, source.display, { helpers: new Set(Object.keys(hb.helpers)), partials: partialNames });
  const template = hb.compile(ast, COMPILE_OPTIONS);
  // Handlebars compiles lazily, on the first call, so compile errors surface here too.
  const render: Render = (data, options) => {
    try {
      return template(data, options);
    } catch (error) {
      throw fromHandlebarsError(error, source.display);
    }
  };
  compiled.set(key, { text: source.text, render });
  return render;
}

/**
 * Partials go to each call, not onto the instance: a workspace's own partial must not leak into
 * the render of another workspace. Each is compiled on its own, so its errors name its own file.
 */
function compilePartials(sources: readonly TemplateSource[]): Record<string, Handlebars.Template> {
  const names = new Set(sources.map((s) => s.name));
  const partials: Record<string, Handlebars.Template> = {};
  for (const source of sources) {
    const render = compile(source, names);
    partials[source.name] = ((context: unknown, options?: Handlebars.RuntimeOptions) =>
      render(context, options)) as Handlebars.TemplateDelegate;
  }
  return partials;
}

function renderSource(source: TemplateSource, partials: readonly TemplateSource[], data: unknown): string {
  const compiledPartials = compilePartials(partials);
  return compile(source, new Set(Object.keys(compiledPartials)))(data, { partials: compiledPartials });
}

export interface RenderTemplateOptions {
  /** A workspace whose `templates/` may replace the built-in templates and partials. */
  workspaceRoot?: string;
}

/** Renders the template `name` (e.g. `route.html.hbs`); throws TemplateError when it is broken. */
export function renderTemplate(name: string, data: unknown, options: RenderTemplateOptions = {}): string {
  return renderSource(findTemplate(name, options.workspaceRoot), findPartials(options.workspaceRoot), data);
}

/** The same on template text, for tests and callers that hold the text: partials by name. */
export function renderTemplateText(
  text: string,
  data: unknown,
  options: { template?: string; partials?: Readonly<Record<string, string>> } = {},
): string {
  const name = options.template ?? '(template)';
  const partials = Object.entries(options.partials ?? {}).map(([partial, body]) => ({
    name: partial,
    display: `${partial}.hbs`,
    text: body,
  }));
  return renderSource({ name, display: name, text }, partials, data);
}
