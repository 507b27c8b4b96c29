/** Short texts written for the extractor's unit tests, run through the whole pipeline, and readable views of the result. */
import type { ArticleFacts } from "../types";
import { extractFacts } from "./index";

/** The facts of one article; with `published`, the text gets front matter carrying that date. */
export function facts(text: string, published?: string): ArticleFacts {
  const fm = published ? `---\ntitle: "T"\npublished: "${published}"\n---\n` : "";
  return extractFacts([{ slug: "a", text: fm + text }])[0];
}

/** The entity's name, or the id itself when no entity has it (null for no speaker). */
export const name = (f: ArticleFacts, id: string | null | undefined) => f.entities.find((e) => e.id === id)?.name ?? id;

/** "Person | title | Organisation" per role. */
export function roles(text: string): string[] {
  const f = facts(text);
  return f.roles.map((r) => `${name(f, r.person)} | ${r.title} | ${r.organization ? name(f, r.organization) : ""}`);
}

/** The speaker's name per quote. */
export function speakers(text: string): (string | null | undefined)[] {
  const f = facts(text);
  return f.quotes.map((q) => name(f, q.speaker));
}

/** "Speaker: text" per quote. */
export function quotes(text: string): string[] {
  const f = facts(text);
  return f.quotes.map((q) => `${name(f, q.speaker)}: ${q.text}`);
}

/** "SHORT=Long Form" per acronym. */
export const acronyms = (text: string) => facts(text).acronyms.map((a) => `${a.short}=${a.long}`);

/** "Organisation: description" per description. */
export function descriptions(text: string): string[] {
  const f = facts(text);
  return f.descriptions.map((d) => `${name(f, d.subject)}: ${d.text}`);
}

/** "when (date)" per event. */
export const events = (text: string, published = "2024-06-03") =>
  facts(text, published).events.map((e) => `${e.when}${e.date ? ` (${e.date})` : ""}`);
