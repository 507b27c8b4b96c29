/**
 * The words wrong acronym expansions are made of. A word of the real long form
 * may only be swapped for a word of the same class — the class fixes both the
 * part of speech and the place in a name — so "Joint Polar Satellite System"
 * can become "Joint Polar Satellite Service" (a head noun for a head noun) but
 * never "Joint Polar Satellite Safe" (an adjective where a noun belongs). A word
 * in no class (“Collar” in “White Collar”, “Understanding”) is never swapped:
 * a fixed phrase broken in two is not English.
 */

export type WordClass = "head" | "heads" | "instrument" | "scope" | "topic" | "topical" | "process";

const LISTS: Record<WordClass, string> = {
  // what an organisation is: the last word of most names (singular)
  head:
    "Agency Authority Administration Association Alliance Board Bureau Cell Centre Center Coalition Commission Committee Council " +
    "Consortium Corps Department Directorate Division Federation Forum Foundation Group Institute Inspectorate Network Office " +
    "Observatory Panel Partnership Programme Program Project Registry Secretariat Service Squad System Team Tribunal Unit Union " +
    "Headquarters Laboratory Academy Society Ministry Taskforce Organization Organisation",
  // plural heads agree with plural heads only
  heads: "Services Systems Networks Operations Programmes Programs Centers Centres Institutes Laboratories Forces",
  // what a law or agreement is
  instrument:
    "Act Accord Agreement Bill Charter Code Convention Declaration Directive Framework Law Memorandum Protocol Regulation Statute Treaty",
  // scope adjectives at the front of a name
  scope:
    "National International Federal Joint Central European Regional Global General Government Special Public Independent " +
    "World Interstate Metropolitan Metro Municipal Northern Southern Eastern Western Royal United Local Provincial State County " +
    "Continental Atlantic Pacific Arctic Domestic Foreign Integrated Multinational Combined Unified Coordinated Permanent Strategic " +
    "Advanced Executive Inter-Agency American British Commonwealth",
  // what it is about: nouns used as modifiers ("Crime" in "National Crime Agency")
  topic:
    "Crime Cyber Cybersecurity Fraud Security Intelligence Health Safety Food Water Energy Defence Defense Trade Finance " +
    "Infrastructure Communications Threat Disease Policy Technology Science Information Data Transport Transportation " +
    "Education Employment Environment Consumer Drug Border Customs Immigration Terrorism Aviation Space Fisheries Wildlife " +
    "Weather Climate Satellite Police Justice Tax Revenue Labour Labor Housing Agriculture Forestry Mining Oil Gas Power " +
    "Flood Emergency Disaster Risk Standards Statistics Computer Internet Media Telecommunications Commerce " +
    "Competition Markets Industry Banking Insurance Welfare Veterans Election Ethics Waste Weapons Ocean Petroleum Shipping",
  // what is done about it: process nouns ("Prevention" in "Disease Prevention and Control")
  process:
    "Prevention Control Protection Enforcement Response Recovery Development Planning Management Investigation Research " +
    "Innovation Coordination Assessment Monitoring Analysis Inspection Surveillance Oversight Compliance Reporting Diversion " +
    "Regulation Resilience Safeguarding Audit Training Licensing Procurement Relief",
  // topic adjectives
  topical:
    "Environmental Financial Economic Social Digital Military Legal Civil Criminal Nuclear Polar Oceanic Atmospheric Medical " +
    "Biomedical Judicial Industrial Electoral Agricultural Scientific Technical Technological Human " +
    "Fiscal Statistical Educational Cultural Clinical Maritime Marine Naval Monetary Consumer",
};

const CLASS_OF = new Map<string, WordClass[]>();
for (const [cls, list] of Object.entries(LISTS) as [WordClass, string][]) {
  for (const w of list.split(/\s+/)) CLASS_OF.set(w.toLowerCase(), [...(CLASS_OF.get(w.toLowerCase()) ?? []), cls]);
}

/** Classes a capitalised word belongs to (empty: never swapped). */
export function classesOf(word: string): WordClass[] {
  if (!word) return [];
  return CLASS_OF.get(word.toLowerCase()) ?? [];
}

/** Same place and part of speech: a noun for a noun, an adjective for an adjective (“Department of Environmental” is not English). */
const COMPATIBLE: Record<WordClass, WordClass[]> = {
  head: ["head"],
  heads: ["heads"],
  instrument: ["instrument"],
  scope: ["scope"],
  topic: ["topic"],
  topical: ["topical"],
  process: ["process"],
};

/** Every word of the vocabulary that may stand where `word` stands, in a fixed order. */
export function substitutes(word: string): string[] {
  const mine = classesOf(word);
  const ok = new Set(mine.flatMap((c) => COMPATIBLE[c]));
  const out: string[] = [];
  for (const [cls, list] of Object.entries(LISTS) as [WordClass, string][]) {
    if (!ok.has(cls)) continue;
    for (const w of list.split(/\s+/)) if (w.toLowerCase() !== word.toLowerCase() && !out.includes(w)) out.push(w);
  }
  return out;
}

/** May `candidate` stand where `word` stands in a name? */
export function sameSlot(word: string, candidate: string): boolean {
  return substitutes(word).some((w) => w.toLowerCase() === candidate.toLowerCase());
}

/** Which slots to swap first: head nouns make the most plausible wrong names, topic nouns the least. */
export function slotPriority(word: string): number {
  const c = classesOf(word);
  if (c.includes("head") || c.includes("heads") || c.includes("instrument")) return 0;
  if (c.includes("scope")) return 1;
  if (c.includes("topical") || c.includes("process")) return 2;
  return 3;
}
