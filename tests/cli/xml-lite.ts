// Test helper: a strict little XML reader — enough to prove the JUnit output well-formed and read it back.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded (the text between its children, joined). */
  text: string;
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = '[A-Za-z_][\\w.-]*';

/** Parses an optional XML declaration and one root element; throws on anything not well-formed. */
export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('a character XML 1.0 does not allow');
  let at = 0;
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/.exec(xml);
  if (declaration) at = declaration[0].length;

  const element = (): XmlElement => {
    const open = new RegExp(`^<(${NAME})((?:\\s+${NAME}="[^"<]*")*)\\s*(/?)>`).exec(xml.slice(at));
    if (!open) throw new Error(`expected an element at ${at}: ${xml.slice(at, at + 40)}`);
    at += open[0].length;
    const node: XmlElement = { name: open[1]!, attrs: {}, children: [], text: '' };
    for (const [, key, value] of open[2]!.matchAll(new RegExp(`(${NAME})="([^"<]*)"`, 'g'))) {
      if (key! in node.attrs) throw new Error(`attribute ${key} twice`);
      node.attrs[key!] = decode(value!);
    }
    if (open[3] === '/') return node;
    for (;;) {
      if (xml.startsWith('</', at)) {
        const close = `</${node.name}>`;
        if (!xml.startsWith(close, at)) throw new Error(`expected ${close} at ${at}`);
        at += close.length;
        return node;
      }
      if (xml[at] === '<') {
        node.children.push(element());
        continue;
      }
      const end = xml.indexOf('<', at);
      if (end < 0) throw new Error(`<${node.name}> is not closed`);
      node.text += decode(xml.slice(at, end));
      at = end;
    }
  };

  const root = element();
  if (xml.slice(at).trim() !== '') throw new Error(`text after the root element: ${xml.slice(at, at + 40)}`);
  return root;
}

function decode(s: string): string {
  return s.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`a bare & in ${JSON.stringify(s)}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref in named) return named[ref]!;
    const code = /^#x([0-9a-f]+)$/i.exec(ref)?.[1];
    if (code !== undefined) return String.fromCodePoint(parseInt(code, 16));
    const decimal = /^#(\d+)$/.exec(ref)?.[1];
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    throw new Error(`unknown entity &${ref};`);
  });
}

/** Every descendant element of this name, in document order. */
export function findAll(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of node.children) {
    if (child.name === name) out.push(child);
    out.push(...findAll(child, name));
  }
  return out;
}
