/**
 * The reader's marks: where in the article text a fact can be explained in
 * place. Acronyms and organisations show their long form and what the article
 * says they are, people their role, quotes their speaker; the sentence a
 * question cited is highlighted. Marks nest (a term inside a quote inside the
 * highlighted sentence); one that would straddle another's edge is dropped.
 */
import type { ArticleFacts, Entity } from "@/lib/quiz/types";
import { escapeRe } from "../regex";

export type Mark =
  | {
      type: "term";
      start: number;
      end: number;
      label: string;
      note: string;
      kind: "acronym" | "organization" | "person";
    }
  | { type: "quote"; start: number; end: number; speaker: string }
  | { type: "source"; start: number; end: number; anchor: boolean };

export type Segment = { type: "text"; text: string } | { type: "mark"; mark: Mark; children: Segment[] };

type Paragraph = { start: number; end: number };

function entityLabel(e: Entity | undefined): string | null {
  if (!e) return null;
  const short = e.aliases.find((a) => /^[A-Z]{2,}$/.test(a));
  return short ?? e.name;
}

/** What to say about each name the article uses: label → note, for entities and stray acronyms. */
type Term = { key: string; name: string; heading: string; note: string; kind: "acronym" | "organization" | "person" };

function termNotes(facts: ArticleFacts): Term[] {
  const byId = new Map(facts.entities.map((e) => [e.id, e]));
  const out: Term[] = [];
  for (const e of facts.entities) {
    if (e.kind === "person") {
      const roles = facts.roles.filter((r) => r.person === e.id);
      if (roles.length === 0) continue;
      const titles = [
        ...new Set(
          roles.map((r) => (r.organization ? `${r.title}, ${entityLabel(byId.get(r.organization)) ?? ""}` : r.title)),
        ),
      ];
      // The note's heading is the full name, so "Hannigan" also reads "Robert Hannigan".
      for (const name of [e.name, ...e.aliases])
        out.push({ key: e.id, name, heading: e.name, note: titles.join("; "), kind: "person" });
    } else if (e.kind === "organization") {
      const descriptions = [...new Set(facts.descriptions.filter((d) => d.subject === e.id).map((d) => d.text))];
      // An all-capitals alias is the entity's acronym even where this article never spells it out.
      const acronyms = e.aliases.filter((a) => /^[A-Z][A-Z0-9&]+$/.test(a) && a !== e.name);
      const describe = descriptions.length ? ` — ${descriptions.join("; ")}` : "";
      for (const short of acronyms)
        out.push({ key: e.id, name: short, heading: short, note: `${e.name}${describe}`, kind: "acronym" });
      if (descriptions.length)
        out.push({
          key: e.id,
          name: e.name,
          heading: e.name,
          note: `${e.name}${acronyms.length ? ` (${acronyms[0]})` : ""}${describe}`,
          kind: "organization",
        });
    }
  }
  for (const a of facts.acronyms) {
    if (!out.some((t) => t.name === a.short))
      out.push({ key: a.short, name: a.short, heading: a.short, note: a.long, kind: "acronym" });
  }
  return out;
}

function speakerNote(facts: ArticleFacts, speaker: string): string {
  const e = facts.entities.find((x) => x.id === speaker);
  if (!e) return `Said by ${speaker}`;
  const role = facts.roles.find((r) => r.person === e.id);
  const org = role?.organization ? entityLabel(facts.entities.find((x) => x.id === role.organization)) : null;
  return `Said by ${e.name}${role ? `, ${role.title}${org ? ` of ${org}` : ""}` : ""}`;
}

/** Every mark in the article's paragraphs: the first mention of each term per paragraph, every attributed quote. */
export function findMarks(body: string, paragraphs: Paragraph[], facts: ArticleFacts | null): Mark[] {
  if (!facts) return [];
  const marks: Mark[] = [];
  const byKey = new Map<string, Term[]>();
  for (const t of termNotes(facts)) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t]);
  const patterns = [...byKey.values()].map((names) =>
    names.map((t) => ({ t, re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t.name)}(?![\\p{L}\\p{N}])`, "u") })),
  );
  for (const p of paragraphs) {
    const text = body.slice(p.start, p.end);
    for (const names of patterns) {
      // The entity's first mention in the paragraph, by whichever name it goes.
      let best: { t: Term; index: number } | null = null;
      for (const { t, re } of names) {
        const m = re.exec(text);
        if (m && (!best || m.index < best.index || (m.index === best.index && t.name.length > best.t.name.length)))
          best = { t, index: m.index };
      }
      if (!best) continue;
      const start = p.start + best.index;
      marks.push({
        type: "term",
        start,
        end: start + best.t.name.length,
        label: best.t.heading,
        note: best.t.note,
        kind: best.t.kind,
      });
    }
  }
  for (const q of facts.quotes) {
    if (!q.speaker) continue;
    const inSentence = body.slice(q.evidence.start, q.evidence.end).indexOf(q.text);
    if (inSentence < 0) continue;
    const start = q.evidence.start + inSentence;
    marks.push({ type: "quote", start, end: start + q.text.length, speaker: speakerNote(facts, q.speaker) });
  }
  return marks;
}

/** The `s=START-END` parameter of a source link, if it names a range of the body. */
export function parseSourceRange(
  value: string | string[] | undefined,
  bodyLength: number,
): { start: number; end: number } | null {
  const m = typeof value === "string" ? /^(\d{1,7})-(\d{1,7})$/.exec(value) : null;
  if (!m) return null;
  const start = Number(m[1]),
    end = Number(m[2]);
  return start < end && end <= bodyLength ? { start, end } : null;
}

const RANK = { source: 0, quote: 1, term: 2 } as const;

/** One paragraph as nested segments, with the source range (if it touches the paragraph) outermost. */
export function segmentParagraph(
  body: string,
  p: Paragraph,
  marks: Mark[],
  source: { start: number; end: number } | null,
  anchor: boolean,
): Segment[] {
  const inside: Mark[] = [];
  if (source && source.start < p.end && source.end > p.start) {
    inside.push({ type: "source", start: Math.max(source.start, p.start), end: Math.min(source.end, p.end), anchor });
  }
  for (const m of marks) if (m.start >= p.start && m.end <= p.end) inside.push(m);
  inside.sort((a, b) => RANK[a.type] - RANK[b.type] || a.start - b.start);

  type Node = { mark: Mark; children: Node[] };
  const roots: Node[] = [];
  const place = (siblings: Node[], m: Mark): boolean => {
    for (const n of siblings) {
      const contains = n.mark.start <= m.start && m.end <= n.mark.end;
      if (contains) return place(n.children, m);
      const overlaps = m.start < n.mark.end && m.end > n.mark.start;
      if (overlaps) return false;
    }
    siblings.push({ mark: m, children: [] });
    return true;
  };
  for (const m of inside) place(roots, m);

  const render = (from: number, to: number, nodes: Node[]): Segment[] => {
    const out: Segment[] = [];
    let at = from;
    for (const n of [...nodes].sort((a, b) => a.mark.start - b.mark.start)) {
      if (n.mark.start > at) out.push({ type: "text", text: body.slice(at, n.mark.start) });
      out.push({ type: "mark", mark: n.mark, children: render(n.mark.start, n.mark.end, n.children) });
      at = n.mark.end;
    }
    if (at < to) out.push({ type: "text", text: body.slice(at, to) });
    return out;
  };
  return render(p.start, p.end, roots);
}
