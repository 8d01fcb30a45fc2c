/**
 * A minimal XML reader for review feeds: elements, attributes, text, CDATA, comments, processing
 * instructions and the five named entities plus numeric character references. No DTDs (so no
 * entity expansion attacks), no namespaces beyond keeping prefixes in names. Enough for Google's
 * product review feed without bundling a general XML parser.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

export class XmlError extends Error {}

/**
 * The index of the '>' that ends the markup starting before `from`, skipping quoted values, and
 * for a declaration also comments and an internal subset in [...] (which may contain '>' of its
 * own, as in <!ENTITY x "a>b"> or <!ELEMENT r (#PCDATA)>); -1 when it never ends.
 */
function markupEnd(xml: string, from: number, declaration: boolean): number {
  let depth = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (c === '"' || c === "'") {
      const close = xml.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (declaration && c === '<' && xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close === -1) return -1;
      i = close + 2;
    } else if (declaration && c === '[') depth++;
    else if (declaration && c === ']') depth--;
    else if (c === '>' && depth <= 0) return i;
  }
  return -1;
}

/** Parses XML text into its root element; throws XmlError with the offset on malformed input. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const top = stack[stack.length - 1]!;
    if (lt === -1) {
      top.text += decodeEntities(xml.slice(i));
      break;
    }
    if (lt > i) top.text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) throw new XmlError(`unclosed comment at ${lt}`);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) throw new XmlError(`unclosed CDATA at ${lt}`);
      top.text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) throw new XmlError(`unclosed processing instruction at ${lt}`);
      i = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      const end = markupEnd(xml, lt + 2, true);
      if (end === -1) throw new XmlError(`unclosed declaration at ${lt}`);
      i = end + 1; // DOCTYPE with its internal subset: skipped whole, its entities are never expanded
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt);
      if (end === -1) throw new XmlError(`unclosed end tag at ${lt}`);
      const name = xml.slice(lt + 2, end).trim();
      if (stack.length < 2 || top.name !== name) throw new XmlError(`unexpected </${name}> at ${lt}`);
      stack.pop();
      i = end + 1;
    } else {
      // The tag is cut at its real end (a '>' outside quotes), however long its attributes are.
      const end = markupEnd(xml, lt + 1, false);
      const tag =
        end === -1
          ? null
          : /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>$/.exec(xml.slice(lt, end + 1));
      if (!tag) throw new XmlError(`malformed tag at ${lt}`);
      const element: XmlElement = { name: tag[1]!, attributes: {}, children: [], text: '' };
      for (const attr of tag[2]!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        element.attributes[attr[1]!] = decodeEntities(attr[2] ?? attr[3] ?? '');
      }
      top.children.push(element);
      if (!tag[3]) stack.push(element);
      i = lt + tag[0].length;
    }
  }
  if (stack.length > 1) throw new XmlError(`unclosed <${stack[stack.length - 1]!.name}>`);
  const element = root.children[0];
  if (!element) throw new XmlError('no root element');
  return element;
}

/** The first child with this name, or undefined. */
export const child = (element: XmlElement | undefined, name: string) => element?.children.find((c) => c.name === name);
export const childrenNamed = (element: XmlElement | undefined, name: string) => element?.children.filter((c) => c.name === name) ?? [];
/** Trimmed text of a child, or undefined when absent or empty. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const text = child(element, name)?.text.trim();
  return text ? text : undefined;
}
