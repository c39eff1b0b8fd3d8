// CLI: XML text and attribute escaping for the XML output formats.

/**
 * Characters XML 1.0 does not allow at all (C0 controls but tab, LF and CR; lone surrogates;
 * U+FFFE and U+FFFF): removed, since no escape can carry them.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text content: the five special characters escaped, forbidden characters removed. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** An attribute value: as text, and line breaks and tabs kept as character references. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
