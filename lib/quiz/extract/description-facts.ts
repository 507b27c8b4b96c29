import type { Description } from "../types";
import { describe, type OrgRef } from "./descriptions";
import { isPlaceName, ORG_KIND_NOUNS } from "./lexicon";
import { inQuote, type ArticleScope } from "./scope";
import { support } from "./support";
import { TAG } from "./tokens";

/**
 * What the article says each organisation is or does, sentence by sentence: appositions and copulas
 * around its mentions, and a sentence that opens with a name and defines it as a kind of organisation.
 */
export function collectDescriptions(scope: ArticleScope): Description[] {
  const { sentences, registry: reg } = scope;
  const descriptions: Description[] = [];
  const refs = orgRefs(scope);
  const quoted = (o: number) => inQuote(scope, o);
  let r0 = 0;
  for (let si = 0; si < sentences.length; si++) {
    const ev = sentences[si];
    while (r0 < refs.length && refs[r0].start < ev.start) r0++;
    let r1 = r0;
    while (r1 < refs.length && refs[r1].start < ev.end) r1++;
    const recent = refs.slice(Math.max(0, r0 - 12), r1);
    const found = describe(ev, refs.slice(r0, r1), quoted, recent, (o) => verbTokenAt(scope, o));
    // "Europol is the European Union's law enforcement agency", "Eurojust, based in The Hague, is the EU's agency
    // for …": a sentence that opens with a known organisation's name and defines it by a copula.
    const lead = copulaLead(ev.sentence);
    // The complement names a kind of organisation, so an unknown name there is one too ("Eurojust … is the EU's agency").
    const leadOrg =
      lead && !quoted(ev.start)
        ? (reg.find(lead.name) ?? (isPlaceName(lead.name) ? undefined : reg.get(reg.addOrg(lead.name))))
        : undefined;
    if (lead && leadOrg && leadOrg.kind === "organization" && !found.some((d) => d.subject === leadOrg.id))
      found.push({ subject: leadOrg.id, text: lead.text, evidence: ev, how: "copula-lead" });
    for (const d of found) {
      const subject = d.newOrg ? reg.addOrg(d.newOrg) : d.subject;
      if (!subject || !d.text) continue;
      descriptions.push({
        subject,
        text: d.text,
        evidence: d.evidence,
        ...support(`description:${d.how}`, d.newOrg ? ["new-organisation"] : [], d.newOrg ? 1 : 0),
      });
    }
  }
  return descriptions;
}

/** The organisation (and place) mentions, each with its entity's head noun and whether it is the first. */
function orgRefs(scope: ArticleScope): OrgRef[] {
  const reg = scope.registry;
  const orgMentions = scope.mentions.filter(
    (m) => m.entity && reg.kindOf(m.entity) !== "person" && m.name && m.nameStart !== undefined,
  );
  const seen = new Set<string>();
  return orgMentions.map((m) => {
    const first = !seen.has(m.entity!);
    seen.add(m.entity!);
    const name = m.name!;
    const long = reg.get(m.entity!)?.name ?? name;
    return {
      start: m.nameStart!,
      end: m.end,
      name,
      entity: m.entity!,
      head: long.split(/\s+/).pop()!.toLowerCase(),
      first,
    };
  });
}

/** Description texts per organisation, for resolving "the group's" to the organisation described as a group. */
export function describedText(descriptions: readonly Description[]): Map<string, string> {
  const described = new Map<string, string>();
  for (const d of descriptions) described.set(d.subject, `${described.get(d.subject) ?? ""} ${d.text.toLowerCase()}`);
  return described;
}

/** "Name is/was the/a/one of the … agency" (optionally "Name, based in X, is …"), the complement headed by a kind of organisation. */
const COPULA_LEAD =
  /^(?:The\s+)?([A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and)){0,5})(?:\s*,\s*(?:based|headquartered|founded|set up)\s+in\s+[^,]{1,40},)?\s+(?:is|was)\s+((?:a|an|the|one of the|[A-Z][\w.]*['’]s)\s+[^,;.]+)/;

const PRONOUN_LEAD = /^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here|Its|His|Her|Their)$/;

/**
 * A sentence opening "Name is the/a … agency …": the name and what it is, when the complement's head is a
 * kind of organisation. Exported for tests.
 */
export function copulaLead(sentence: string): { name: string; text: string } | undefined {
  const m = COPULA_LEAD.exec(sentence);
  if (!m || PRONOUN_LEAD.test(m[1])) return undefined;
  const np = m[2].split(/\s+(?:that|which|who|whose|with|and|based|headquartered|founded|located|owned|run|led)\s+/)[0];
  const head = np
    .split(/\s+(?:of|for|in|on|to|at)\s+/)[0]
    .split(/\s+/)
    .pop()!
    .toLowerCase();
  // "one of the largest paper producers": the kind in the plural.
  const kind = m[2].startsWith("one of") ? head.replace(/ies$/, "y").replace(/s$/, "") : head;
  if (!ORG_KIND_NOUNS.has(kind)) return undefined;
  return { name: m[1], text: m[2].trim() };
}

/** Whether the token starting at the body offset is a verb, as compromise read it in its sentence. */
function verbTokenAt(scope: ArticleScope, offset: number): boolean {
  const { tokens } = scope;
  let lo = 0,
    hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return Boolean(tokens[mid].tags & TAG.verb);
  }
  return false;
}
