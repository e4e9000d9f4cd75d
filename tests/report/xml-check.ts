/**
 * A structural well-formedness check by regex (no XML parser is installed): every tag has a valid name and
 * double-quoted attributes holding only escaped markup, every text run has no raw `<` or bare `&`, and tags nest.
 * The browser test parses the same output with Chromium's DOMParser.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  if (body === xml) problems.push('missing XML declaration');
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const value = '"(?:[^"<&]|&(?:amp|lt|gt|quot|apos|#\\d+);)*"';
  const tag = new RegExp(`^<(/?)([A-Za-z][\\w-]*)((?:\\s+[A-Za-z][\\w-]*=${value})*)\\s*(/?)>$`);
  const stack: string[] = [];
  let roots = 0;
  for (const piece of body.split(/(<[^>]*>)/)) {
    if (piece.startsWith('<')) {
      const m = tag.exec(piece);
      if (!m) {
        problems.push(`bad tag ${piece.slice(0, 80)}`);
        continue;
      }
      const [, close, name = '', attrs = '', selfClose] = m;
      const names = [...attrs.matchAll(/\s([A-Za-z][\w-]*)=/g)].map((a) => a[1]);
      if (new Set(names).size !== names.length) problems.push(`duplicate attribute in ${name}`);
      if (close) {
        if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
      } else if (!selfClose) {
        if (stack.length === 0) roots++;
        stack.push(name);
      } else if (stack.length === 0) roots++;
    } else {
      if (piece.replace(entity, '').includes('&')) problems.push(`bare & in ${piece.slice(0, 80)}`);
      if (piece.includes(']]>')) problems.push('"]]>" in text');
      if (stack.length === 0 && piece.trim() !== '') problems.push(`text outside the root: ${piece.slice(0, 40)}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) problems.push('character not allowed in XML 1.0');
  return problems;
}

/** Decodes the five predefined entities and numeric references. */
export function decodeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (named[e] ?? ''),
  );
}

/** The decoded value of one attribute on every tag with that name, in document order. */
export function attributeValues(xml: string, tagName: string, attribute: string): string[] {
  const re = new RegExp(`<${tagName}\\b[^>]*?\\s${attribute}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => decodeXml(m[1] ?? ''));
}
