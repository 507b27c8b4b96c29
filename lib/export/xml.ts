/**
 * Building XML as data with fast-xml-parser's XMLBuilder, which escapes every
 * text and attribute value; we only drop the characters XML 1.0 cannot hold.
 * The builder's "preserveOrder" shape keeps mixed content (text around an
 * inline interaction) in order.
 */
import { XMLBuilder } from "fast-xml-parser";
import { xmlSafe } from "./common";

export type XmlNode = { [name: string]: XmlNode[] | Record<string, string> | string };
type Attrs = Record<string, string | number | boolean | undefined>;
type Child = XmlNode | string | false | null | undefined | Child[];

export const text = (s: string): XmlNode => ({ "#text": xmlSafe(s) });

function flatten(children: Child[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of children) {
    if (Array.isArray(c)) out.push(...flatten(c));
    else if (typeof c === "string") out.push(text(c));
    else if (c) out.push(c);
  }
  return out;
}

/** One element: attributes whose value is undefined are left out; strings become text nodes. */
export function el(name: string, attrs: Attrs | null, ...children: Child[]): XmlNode {
  const node: XmlNode = { [name]: flatten(children) };
  if (attrs) {
    const kept = Object.entries(attrs).filter(([, v]) => v !== undefined);
    if (kept.length) node[":@"] = Object.fromEntries(kept.map(([k, v]) => [k, xmlSafe(String(v))]));
  }
  return node;
}

/**
 * A whole document with its UTF-8 declaration. Indenting is only for documents
 * without mixed content: it would add whitespace inside a paragraph.
 */
export function xmlDocument(root: XmlNode, { indent }: { indent: boolean }): string {
  const builder = new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    format: indent,
    indentBy: "  ",
    suppressEmptyNode: true,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([root]).trim()}\n`;
}
