/**
 * Questions for the export tests: one of each kind whose every text is full of
 * the characters the formats treat specially, and the questions the pipeline
 * writes for the articles in content/.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import { buildQuiz, parseArticle } from "@/lib/quiz";
import type { ExportArticle, ExportInput, ExportQuestion } from "./types";

/**
 * GIFT, XML, HTML and CSV specials, a wildcard, markers, quotes, accents, CJK
 * and an emoji; "&lt;" is text that only survives if the HTML is escaped.
 */
export const NASTY = String.raw`{x} ~y =z #1 a:b \ \n "q" ‘c’ <b>t</b> & &lt; -> [plain] %50% * @ café Zürich 日本 😀`;

const source = (sentence: string) => ({ article: "nasty", sentence, start: 0, end: sentence.length });

export const nastyArticle: ExportArticle = { slug: "nasty-article", title: `A/B: ${NASTY}` };

export function nastyQuestions(): ExportQuestion[] {
  const base = {
    fact: { kind: "description" as const, id: "f_1" },
    explanation: `Because ${NASTY}.\nA second line.`,
    source: source(`It said ${NASTY}.`),
  };
  return [
    {
      ...base,
      id: "q_choice",
      kind: "single_choice",
      prompt: `Which one: ${NASTY}?`,
      options: [
        { id: "a", text: `=${NASTY}` },
        { id: "b", text: `~wrong ${NASTY}` },
        { id: "c", text: "[markdown]starts like a format" },
        { id: "d", text: "%25%starts like a weight" },
      ],
      answer: "a",
      difficulty: "hard",
    },
    { ...base, id: "q_true", kind: "true_false", prompt: `True or false: ${NASTY}`, answer: true },
    { ...base, id: "q_false", kind: "true_false", prompt: `True or false: not ${NASTY}`, answer: false },
    {
      ...base,
      id: "q_cloze",
      kind: "cloze",
      prompt: `Fill in the blank: ${NASTY} _____ ends here.`,
      answer: `O'Brien {2} #3 a:b = ~ \\ 5*`,
      accept: ["Café Zürich", "café zürich", "=equals"],
    },
    {
      ...base,
      id: "q_match",
      kind: "matching",
      prompt: `Match ${NASTY}`,
      left: [
        { id: "l1", text: `left -> one ${NASTY}` },
        { id: "l2", text: "=two: {b}" },
        { id: "l3", text: "three ~ #" },
      ],
      right: [
        { id: "r1", text: `right -> one ${NASTY}` },
        { id: "r2", text: "=deux: {b}" },
        { id: "r3", text: "trois ~ # \\" },
      ],
      answer: { l1: "r2", l2: "r3", l3: "r1" },
    },
    {
      ...base,
      id: "q_order",
      kind: "ordering",
      prompt: `Order ${NASTY}`,
      items: [
        { id: "e1", text: `second {2} ${NASTY}` },
        { id: "e2", text: "third ~3 =" },
        { id: "e3", text: "first #1 : \\" },
      ],
      answer: ["e3", "e1", "e2"],
    },
  ];
}

export const nastyInput = (): ExportInput => ({ article: nastyArticle, questions: nastyQuestions() });

/** The pipeline's questions for each article in content/, one export input per article. */
export function contentInputs(): ExportInput[] {
  const dir = path.resolve(import.meta.dirname, "../../content");
  const parsed = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticle({ slug: f.replace(/\.md$/, ""), text: readFileSync(path.join(dir, f), "utf8") }));
  const { questions } = buildQuiz(parsed);
  return parsed.map((p) => ({
    article: { slug: p.meta.slug, title: p.meta.title },
    questions: questions.filter((q) => q.source.article === p.meta.slug),
  }));
}

/** HTML text back to plain text: the entities our exporters write (named and numeric). */
export function decodeHtml(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return named[e] ?? m;
  });
}

/**
 * Parses with saxes, a conformant non-validating XML parser that throws on any
 * well-formedness or namespace error; gives the root element's name and namespace.
 */
export function parseStrictly(xml: string): { root: string; ns: string } {
  const parser = new SaxesParser({ xmlns: true });
  let root: { root: string; ns: string } | undefined;
  parser.on("opentag", (tag) => {
    root ??= { root: tag.local, ns: tag.uri };
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** An element as the tests read it: name, attributes, child elements and its own text. */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

type Ordered = Record<string, unknown>;
function toElement(node: Ordered): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name === "#text" || name.startsWith("?")) return undefined;
  const content = node[name] as Ordered[];
  return {
    name,
    attrs: (node[":@"] as Record<string, string>) ?? {},
    children: content.map(toElement).filter((e): e is XmlElement => !!e),
    text: content.map((c) => (typeof c["#text"] === "string" ? c["#text"] : "")).join(""),
  };
}

/** The document's root element, read with fast-xml-parser, text and attributes unconverted. */
export function readXml(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
  });
  const nodes = parser.parse(xml) as Ordered[];
  const root = nodes.map(toElement).find((e) => e);
  if (!root) throw new Error("no root element");
  return root;
}

export const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);
export const childrenNamed = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
/** The text of a Moodle <text> inside the named child, as Moodle reads it (trimmed). */
export const textOf = (e: XmlElement | undefined, name?: string) => {
  const holder = name ? e && child(e, name) : e;
  return (holder && child(holder, "text")?.text.trim()) ?? "";
};
