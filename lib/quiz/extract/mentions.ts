import {
  isAcronymWord,
  isHonorific,
  isOrgHead,
  isPossessive,
  isTitleHead,
  isTitleWord,
  LOCAL_GOVERNMENT,
  MONTH_OR_DAY,
  NOT_NAMES,
  PORTFOLIOS,
  SPEECH_VERBS,
  stripPossessive,
} from "./lexicon";
import { analyse } from "./mention-analysis";
import { abbreviatedTitle, CONNECTORS, FORMS_OF_ADDRESS, NAME_PARTICLES } from "./name-words";
import { isPortfolioRun } from "./title-split";
import { TAG, type Token } from "./tokens";

/** Company forms after a name ("Inc.", "Corp", "Ltd", "plc"). */
const COMPANY_FORM = /^(?:Inc|Corp|Ltd|LLC|PLC|Plc|plc|Co|Corporation|Incorporated|Limited|GmbH|AG|NV)\.?$/;

/**
 * A run of capitalised tokens ("NCA Director General Keith Bristow", "National Crime Agency",
 * "GCHQ" of "GCHQ's") split into its parts: an organisation prefix, title words, and a name.
 * Everything else (roles, quote speakers, descriptions) starts from these mentions.
 */
export type MentionFields = {
  /** Token index range [from, to) of the whole run. */
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  /** Name part as written (possessive removed), with its offsets. */
  name?: string;
  nameStart?: number;
  nameFrom?: number;
  /** What the name part looks like. "candidate" is a capitalised name with no evidence yet. */
  kind: "person" | "organization" | "place" | "candidate" | "title";
  title?: string;
  /** The title was written in the plural ("Justices A, B and C"): the names listed after share it. */
  sharedTitle?: boolean;
  /** Organisation words before the title ("NCA" in "NCA Director General"). */
  org?: string;
  possessive: boolean;
  /** Resolved later by the entity registry. */
  entity?: string;
};
/** A mention is a value: later stages return new mentions instead of changing these. */
export type Mention = Readonly<MentionFields>;

const BREAK_POST = /[,;:()\[\]"“”‘—–!?]|\.\s*$|'\s/;

const capital = (t: Token) => /^[A-Z]/.test(t.text);

function isNameToken(t: Token, first: boolean, next?: Token): boolean {
  if (!capital(t)) return false;
  const w = t.text.toLowerCase();
  if (w === "i") return false;
  // "Mr. Sharpton said" opening a sentence or following a quotation: a form of address opens a name.
  const address = FORMS_OF_ADDRESS.has(w) && /^\.?\s+$/.test(t.post) && next !== undefined && /^[A-Z]/.test(next.text);
  if (first && address) return true;
  if (first && NOT_NAMES.has(stripPossessive(w)) && !isTitleWord(w)) return false;
  // A capital at the start of a sentence only marks a name when compromise also sees a proper noun.
  // ("Stock told reporters" still starts with a name: a speech verb follows it.)
  // ("Priya Raman, director of …": a first name compromise does not know, before a proper noun, is a name too.)
  if (
    first &&
    !(t.tags & (TAG.properNoun | TAG.acronym)) &&
    !isTitleWord(w) &&
    !PORTFOLIOS.has(w) &&
    !abbreviatedTitle(t) &&
    !(next && !t.post.trim() && SPEECH_VERBS.has(next.text)) &&
    // "Maricopa County Recorder …": a name before "County" or "City".
    !(
      next &&
      !t.post.trim() &&
      LOCAL_GOVERNMENT.test(next.text) &&
      !(t.tags & (TAG.verb | TAG.determiner | TAG.adverb))
    ) &&
    // "Voltaic Inc. is …": a company form after the word makes it a company's name, whatever compromise tagged it.
    !(
      next &&
      !t.post.trim() &&
      COMPANY_FORM.test(next.text) &&
      !(t.tags & (TAG.determiner | TAG.pronoun | TAG.preposition | TAG.conjunction))
    ) &&
    // "Ellison, who took charge …", "Lewis, 46, of …": a relative clause or an age after a comma marks a name.
    !(
      next &&
      /^,\s*$/.test(t.post) &&
      // ("Norvale, a robotics firm, …": an appositive noun phrase after a comma marks one too.)
      (/^(?:who|whose|which)$/.test(next.text) || /^\d{1,3}$/.test(next.text) || /^(?:a|an|the)$/.test(next.text)) &&
      !(t.tags & (TAG.verb | TAG.adverb | TAG.determiner | TAG.pronoun | TAG.conjunction | TAG.preposition))
    ) &&
    !(
      next &&
      !t.post.trim() &&
      /^[A-Z][a-z]/.test(next.text) &&
      (next.tags & (TAG.properNoun | TAG.person) || isOrgHead(stripPossessive(next.text))) &&
      !(next.tags & (TAG.place | TAG.organization)) &&
      !(t.tags & (TAG.verb | TAG.adjective | TAG.adverb))
    )
  )
    return false;
  return true;
}

/** Whether the run continues after token t (no comma, quote or sentence stop in between). */
function continues(t: Token, next: Token | undefined): boolean {
  if (!next || next.sentence !== t.sentence || isPossessive(t.text)) return false;
  if (/[“"(‘\[]/.test(next.pre)) return false;
  if (!t.post.trim()) return true;
  // "M." "Dr." "U.S." keep going; any other punctuation ends the run.
  if (
    /^\.\s*$/.test(t.post) &&
    (/^[A-Z]$/.test(t.text) ||
      isHonorific(t.text) ||
      abbreviatedTitle(t) ||
      /^(?:[A-Z]\.)+[A-Z]?$/.test(t.text) ||
      /^(?:St|Mt|Jr|Sr)$/.test(t.text))
  )
    return true;
  return !BREAK_POST.test(t.post) && !/\./.test(t.post);
}

/** Capitalised runs of the tokens, in order. */
export function findMentions(tokens: Token[]): Mention[] {
  const found = scanRuns(tokens, new Set());
  // "Roe is the new chief executive": a sentence-initial surname of someone the text named in full is a name too.
  const surnames = new Set(
    found.filter((m) => m.kind === "person" && m.name?.includes(" ")).map((m) => m.name!.split(/\s+/).pop()!),
  );
  return surnames.size ? scanRuns(tokens, surnames) : found;
}

function scanRuns(tokens: Token[], surnames: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first =
      i === 0 ||
      tokens[i - 1].sentence !== tokens[i].sentence ||
      /[“"]/.test(tokens[i].pre) ||
      /[“"]\s*$/.test(tokens[i - 1].post);
    if (!isNameToken(tokens[i], first, tokens[i + 1]) && !(first && surnames.has(tokens[i].text))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j <= tokens.length) {
      const prev = tokens[j - 1];
      if (!continues(prev, tokens[j])) break;
      // "Park Geun-hye", "Ould-abdallah": a lower-case part glued by a hyphen stays in the name.
      if (isNameToken(tokens[j], false) || (prev.post === "-" && /^[a-z]+$/.test(tokens[j].text) && capital(prev))) {
        j++;
        continue;
      }
      // Lower-case joiners inside names: "Secretary of Commerce", "Health and Human Services".
      let k = j;
      while (k < tokens.length && k - j < 2 && CONNECTORS.has(tokens[k].text) && continues(tokens[k - 1], tokens[k]))
        k++;
      if (
        k > j &&
        k < tokens.length &&
        continues(tokens[k - 1], tokens[k]) &&
        isNameToken(tokens[k], false) &&
        joinable(tokens, i, j, k)
      ) {
        j = k + 1;
        continue;
      }
      break;
    }
    out.push(analyse(tokens, i, j));
    i = j;
  }
  return out;
}

/** "and"/"of" join two capitalised parts only into one name ("Oil and Gas Compact Commission"), never two names. */
function joinable(tokens: Token[], i: number, j: number, k: number): boolean {
  const left = tokens[j - 1];
  const joiner = tokens
    .slice(j, k)
    .map((t) => t.text)
    .join(" ");
  if (
    k - j <= 2 &&
    tokens.slice(j, k).every((t) => NAME_PARTICLES.has(t.text)) &&
    !isOrgHead(left.text) &&
    !isTitleWord(left.text) &&
    !isAcronymWord(left.text)
  )
    return true;
  if (isAcronymWord(left.text) || (left.tags & TAG.person && !isTitleWord(left.text))) return false;
  if (joiner.startsWith("and") || joiner === "&") {
    if (k - j > 1 || isOrgHead(left.text)) return false;
    // The right side must end in an organisation head within a few words.
    for (let m = k; m < Math.min(tokens.length, k + 5); m++) {
      if (isOrgHead(tokens[m].text)) return true;
      if (
        m > k &&
        /^(?:Minister|Secretary)$/.test(tokens[m].text) &&
        isPortfolioRun(tokens.slice(i, m).map((t) => t.text))
      )
        return true;
      if (!continues(tokens[m], tokens[m + 1]) || !capital(tokens[m + 1] ?? tokens[m])) break;
    }
    return false;
  }
  // "Texas Commission on Environmental Quality", "Council on Foreign Relations": "on" after an organisation head.
  if (joiner === "on")
    return (
      k - j === 1 &&
      isOrgHead(left.text.toLowerCase()) &&
      /^[A-Z][a-z]/.test(tokens[k].text) &&
      !MONTH_OR_DAY.has(tokens[k].text.toLowerCase())
    );
  // "Special Agent in Charge", "Officer in Charge": "in Charge" after a title head belongs to the title.
  if (joiner === "in") return k - j === 1 && tokens[k].text === "Charge" && isTitleHead(left.text.toLowerCase());
  return true;
}
