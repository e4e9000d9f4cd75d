/** Characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF), replaced by U+FFFD. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Text content for XML: markup characters escaped, forbidden characters replaced. */
export function escapeXmlText(text: string): string {
  return text.replace(notXmlChar, '\uFFFD').replace(/[&<>]/g, (c) => entities[c] ?? c);
}

/** An attribute value for XML (double- or single-quoted): also quotes, and whitespace kept as character references. */
export function escapeXmlAttr(text: string): string {
  return text.replace(notXmlChar, '\uFFFD').replace(/[&<>"'\n\r\t]/g, (c) => entities[c] ?? c);
}

/** Text or attribute value for HTML: markup characters and both quotes escaped, forbidden characters replaced. */
export function escapeHtml(text: string): string {
  return text.replace(notXmlChar, '\uFFFD').replace(/[&<>"']/g, (c) => (c === "'" ? '&#39;' : (entities[c] ?? c)));
}
