import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderTemplate, renderTemplateText, TemplateError } from '../../src/render/handlebars.js';

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mentor-templates-'));
  temporary.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The TemplateError a render throws, as plain fields. */
function failure(render: () => unknown): Pick<TemplateError, 'template' | 'line' | 'column' | 'kind' | 'subject' | 'message'> {
  try {
    render();
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    const { template, line, column, kind, subject, message } = error as TemplateError;
    return { template, line, column, kind, subject, message };
  }
  throw new Error('the render did not fail');
}

const DATA = { teacher: { fullName: 'Иванова Мария Алексеевна' }, items: [{ title: 'a' }], empty: null };

describe('renderTemplateText', () => {
  it('renders with the helpers and escapes HTML', () => {
    expect(renderTemplateText('{{teacher.fullName}} {{x}}', { ...DATA, x: '<b>' })).toBe('Иванова Мария Алексеевна &lt;b&gt;');
    expect(renderTemplateText('{{mdCell x}}', { x: 'a|b' })).toBe('a\\|b');
    expect(renderTemplateText('{{#if empty}}yes{{else}}no{{/if}}', DATA)).toBe('no');
    expect(renderTemplateText('[{{> p}}]', DATA, { partials: { p: '{{teacher.fullName}}' } })).toBe('[Иванова Мария Алексеевна]');
  });
});

describe('a broken workspace template fails with its file and line', () => {
  it('an unknown helper, before any output', () => {
    const root = workspaceWith({ 'templates/route.html.hbs': '<p>\n  {{teacher.fullName}}\n  {{frobnicate teacher.fullName}}\n</p>\n' });
    expect(failure(() => renderTemplate('route.html.hbs', DATA, { workspaceRoot: root }))).toEqual({
      template: 'templates/route.html.hbs',
      line: 3,
      column: 3,
      kind: 'unknown-helper',
      subject: 'frobnicate',
      message: 'templates/route.html.hbs:3:3: unknown helper "frobnicate"',
    });
  });

  it('an unknown helper in a subexpression', () => {
    const found = failure(() => renderTemplateText('\n\n{{md (upper teacher.fullName)}}', DATA, { template: 'x.hbs' }));
    expect(found).toMatchObject({ line: 3, kind: 'unknown-helper', subject: 'upper' });
  });

  it('a missing field', () => {
    const root = workspaceWith({ 'templates/route.md.hbs': '# {{teacher.fullName}}\n\n{{teacher.nickname}}\n' });
    expect(failure(() => renderTemplate('route.md.hbs', DATA, { workspaceRoot: root }))).toMatchObject({
      template: 'templates/route.md.hbs',
      line: 3,
      kind: 'missing-field',
      subject: 'nickname',
      message: 'templates/route.md.hbs:3:3: "nickname" is not defined in the data',
    });
  });

  it('a missing field given to a helper, which Handlebars alone would let through', () => {
    expect(failure(() => renderTemplateText('x\n{{#each itmes}}{{title}}{{/each}}', DATA))).toMatchObject({
      line: 2,
      kind: 'missing-field',
      subject: 'itmes',
    });
    expect(failure(() => renderTemplateText('{{#if teacher.nick}}x{{/if}}', DATA))).toMatchObject({ kind: 'missing-field', subject: 'nick' });
    expect(failure(() => renderTemplateText('{{md teacher.nick}}', DATA))).toMatchObject({ kind: 'missing-field', subject: 'nick' });
  });

  it('a missing field inside a loop', () => {
    expect(failure(() => renderTemplateText('{{#each items}}\n{{titel}}\n{{/each}}', DATA))).toMatchObject({ line: 2, subject: 'titel' });
  });

  it('a helper called with the wrong number of values', () => {
    expect(failure(() => renderTemplateText('\n  {{md teacher.fullName teacher.fullName}}', DATA))).toMatchObject({
      line: 2,
      column: 3,
      kind: 'runtime',
      message: '(template):2:3: helper "md" takes exactly one value',
    });
  });

  it('a syntax error', () => {
    const found = failure(() => renderTemplateText('a\n{{#if empty}}\nb\n', DATA, { template: 'templates/route.html.hbs' }));
    expect(found).toMatchObject({ template: 'templates/route.html.hbs', line: 4, column: null, kind: 'parse' });
    expect(found.message).toMatch(/^templates\/route\.html\.hbs:4: Expecting .*got 'EOF'$/);
  });

  it('an unknown partial', () => {
    expect(failure(() => renderTemplateText('\n{{> nowhere}}', DATA))).toMatchObject({ line: 2, kind: 'unknown-partial', subject: 'nowhere' });
  });

  it('an error inside a partial names the partial', () => {
    const root = workspaceWith({
      'templates/route.md.hbs': '{{> block}}\n',
      'templates/partials/block.hbs': 'ok\n{{teacher.nickname}}\n',
    });
    expect(failure(() => renderTemplate('route.md.hbs', DATA, { workspaceRoot: root }))).toMatchObject({
      template: 'templates/partials/block.hbs',
      line: 2,
      kind: 'missing-field',
    });
  });

  it('a template that does not exist', () => {
    expect(failure(() => renderTemplate('nothing.hbs', DATA))).toMatchObject({ kind: 'not-found', subject: 'nothing.hbs' });
    expect(failure(() => renderTemplate('../package.json', DATA))).toMatchObject({ kind: 'not-found' });
  });
});
