/**
 * Does a sentence of a quotation stand alone? A who-said or true/false question shows one sentence
 * without the ones around it, so a sentence that leans on them ("It went beyond the moment", "But
 * they …", "… she would sign this legislation") cannot be understood, however right its speaker.
 */
import nlp from "compromise";
import { splitSentences } from "./text";
import { tagsOf } from "./validity";
import { escapeRe } from "../../regex";

/** Words that join a sentence to the one before it. */
export const LEADING_CONNECTIVE =
  /^(?:and|but|so|or|nor|because|also|yet|still|then|plus|however|which|although|though|except|instead|otherwise|besides|therefore|thus|especially|particularly|including|namely|notably|on the contrary|on the other hand|even so|rather|in turn|in return|by contrast|in contrast|conversely|in the meantime|meanwhile|at the same time|in addition|moreover|furthermore|likewise|similarly|as a result|consequently|nevertheless|nonetheless)\b/i;

/** A subordinate clause standing as the whole sentence ("While this system is not perfect"): its main clause is elsewhere. */
const SUBORDINATE_ONLY =
  /^(?:while|whereas|if|unless|when|whenever|since|as|although|though|because|once|until)\b[^,;:—]*[.!?]?["”’']*$/i;

/** "When this happens, …", "If that is true, …": a clause whose subject points to a sentence not shown. */
const POINTING_CLAUSE =
  /^(?:when|if|as|because|since|until|unless|once|after|before|while)\s+(?:this|that|it)\s+(?!\w+ing\b)(?:is|was|happens|happened|comes|came|goes|went|does|did|gets|got|means|meant|works|worked|changes|changed|continues|ends|starts|began|begins|occurs|occurred)\b/i;

/** A short reaction to something not shown ("Wow, what a great idea.", "Well, that's it."). */
const REACTION = /^(?:wow|oh|well|yes|yeah|no|nope|ah|hey|okay|ok|sure|right|exactly|absolutely|indeed)\b[,!.]/i;

/** Comparatives and additives that need something said before: "We should be doing much better", "busy too". */
const COMPARES = /\b(?:better|worse|more|less|fewer|too|either|also|again|instead|anymore|otherwise|as\s+well)\b/i;

/** Words that announce what comes next ("Here's the bottom line", "Let me tell you something"). */
const ANNOUNCES =
  /^(?:here['’]s|here\s+is|let\s+me\s+(?:tell|say|be)|i['’]ll\s+tell\s+you|i\s+tell\s+you|the\s+(?:bottom\s+line|point|truth|fact)\s+is)\b/i;

/** Third-person pronouns and demonstratives: a cut-in fragment that holds one refers outside itself. */
const OUTSIDE_REFERENCE = /\b(?:he|she|they|it|his|her|hers|their|them|him|this|these)\b/i;

/** Personal pronouns always point outside the sentence; demonstratives only when they stand alone as its subject. */
const PERSONAL = /^(?:he|she|it|they|his|her|its|their|him|them)\b(?!\s*\[)/i;
const DEMONSTRATIVE_SUBJECT =
  /^(?:this|that|these|those|such)(?:['’]s\b|\s+(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|does|did|do|means|meant|makes|made|shows|showed|says|said|includes|seems|sounds|goes|went|gets|got|happens|happened|becomes|became|remains)\b|\s*[,.?!;:—-]|$)/i;

/** "Was that the best use of our time?": a question about something the sentence before said. */
const POINTING_QUESTION =
  /^(?:is|was|are|were|does|did|do|has|had|have|will|would|could|can|should|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t)\s+(?:that|this|it|those|these)\b/i;

/** A cut-in quotation that starts at its verb ("… is the only candidate that …"): its subject is in the narration. */
const SUBJECTLESS =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did|do|remains|seems|becomes)\b/;

/** In a short sentence, any pointer outside it ("There's a reason for that.") leaves it empty. */
const SHORT_REFERENCE =
  /\b(?:it|they|them|he|she|him|her)\b|\b(?:that|this|those|these)(?:\s*[.!?,;]|\s*["”’']*$|\s+(?:is|was|are|were)\b|['’]s\b)/i;
/** Third-person plural or neuter pronouns early in a sentence point to a noun before it. */
const EARLY_REFERENCE = /\b(?:they|them|their|it|its|he|him|his|she|her)\b(?!\s*\[)/i;

const VERB_TAG = /^(?:Infinitive|PresentTense|PastTense|Copula|Modal|Gerund)$/;

const INSIDE_ANTECEDENT =
  /\b(?:nobody|everybody|everyone|anyone|anybody|someone|somebody|people|each|all)\b|\b[A-Z][a-z]+(?:['’]s)?\s/;

/** Bodies that English refers to as "they": "the committee … their recommendations". */
const COLLECTIVE =
  /\b(?:committee|team|group|government|company|administration|party|police|family|staff|board|council|agency|department|campaign|public|crowd|audience|court|jury|union|industry|community|country|nation)\b/i;

const open = (t: string) => t.replace(/^[\s"“‘'(….]+/, "");

/**
 * Whether the words before a pointer hold its referent. The speaker's own "We", "You", "My" … open
 * the sentence with a capital without being a name ("We are telling them what outcome we expect").
 */
const antecedentIn = (before: string) =>
  INSIDE_ANTECEDENT.test(
    before
      .replace(/^\s*(?:we|you|our|your|my|us)\b/i, "")
      // the sentence's own capital ("If we have evidence they …", "That his …") names nobody
      .replace(/^[\s"“‘'(…]*([A-Z][a-z]+)\b/, (w, first: string) => (isCommonWord(first) ? "" : w))
      .replace(/^\s+/, " "),
  );

const REFERENT_TAG =
  /Name$|^(?:Person|Place|Organization|ProperNoun|Honorific|Noun|Plural|Singular|Pronoun|Actor|Uncountable)$/;
/** A word the lexicon knows, and not as anything a pronoun could point to ("If", "That", "When"). */
const isCommonWord = (w: string) => {
  if (/^(?:There|Here|That|What|It|He|She|Who|Where|Let|This)$/.test(w)) return true;
  const tags = tagsOf(w);
  return tags.length > 0 && !tags.some((t) => REFERENT_TAG.test(t)) && !INSIDE_ANTECEDENT.test(`${w} `.toLowerCase());
};

/** Plural nouns of time, which no "they" stands for. */
const TIME_PLURAL = /^(?:years|months|weeks|days|decades|hours|minutes|centuries|times|seasons|generations)$/;

/** Third-person personal pronouns anywhere in a sentence (an inserted "[referent]" after one resolves it). */
const ANY_PERSONAL = /\b(he|him|his|she|her|hers|they|them|their|theirs)\b(?!\s*\[)/i;

/**
 * The first "he", "her", "they" … of the sentence and whether it has a referent before it in the same
 * sentence: a name, a word for people, for "they" a plural noun, for "he"/"she" a noun for a person
 * ("a mother", "the senator"). "… that group of employees are now leaving", "That his character
 * defects …": words that point to someone the question does not show.
 */
function pronounOutside(t: string): string | undefined {
  const m = ANY_PERSONAL.exec(t);
  if (!m) return undefined;
  return referentBefore(t, m.index, m[1]) ? undefined : `the quote's “${m[1]}” refers to someone it does not name`;
}

/** Whether the words before a pronoun hold something it can point to, read in context by the tagger. */
function referentBefore(sentence: string, at: number, pronoun: string): boolean {
  const before = sentence.slice(0, at);
  if (antecedentIn(before)) return true;
  if (!/\w/.test(before)) return false;
  // "There's a reason for that.": a demonstrative or "it" in a short sentence points past any noun in it
  if (/^(?:it|its|this|that|these|those)$/i.test(pronoun)) return false;
  if (/^th/i.test(pronoun) && COLLECTIVE.test(before)) return true;
  // tag the whole sentence ("If the test shows they …": "shows" is a verb only in context), read the words before
  const n = (nlp(before).json() as { terms: unknown[] }[]).reduce((k, s) => k + s.terms.length, 0);
  const terms = (nlp(sentence).json() as { terms: { normal: string; tags: string[] }[] }[])
    .flatMap((s) => s.terms)
    .slice(0, n);
  const wanted = /^th/i.test(pronoun) ? ["Plural"] : ["Actor", "Person"];
  // "Over the years, they …": a span of time is nothing "they" can point to
  return terms.some((t) => !TIME_PLURAL.test(t.normal) && t.tags.some((x) => wanted.includes(x)));
}

/** Nouns "this" makes the speaker's own: the time, place and occasion of speaking. */
const THIS_OWN =
  /^(?:year|years|week|weeks|month|months|morning|afternoon|evening|weekend|time|season|summer|winter|spring|autumn|century|decade|country|city|town|house|place|world|moment|stage|point|election|campaign|parliament|government|generation)$/;

/** The reason given for a quotation that names a thing ("these goals") said before it. */
const NAMED_BEFORE = "names something said before it";

/**
 * Sentences of a quotation as questions can show them: a sentence that opens with a connective or
 * pronoun stays joined to the sentence of the same quotation before it, while the two fit `maxWords`.
 */
export function joinDependentSentences(parts: string[], maxWords: number): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    // a thing named before ("these goals") may be further back than the sentence before: such a sentence is
    // left alone (and asked about on its own only if it stands alone), not joined
    const problem = fragmentProblem(p);
    const opensDependent = problem && !problem.endsWith(NAMED_BEFORE) && !/^[\s"“‘'(…]*[a-z]/.test(p);
    if (prev !== undefined && opensDependent && (prev + " " + p).split(/\s+/).length <= maxWords)
      out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

/** "He is an ideal choice" → "[Francis Collins] is an ideal choice", when the referent is sure. */
export function withReferent(text: string, referent: string | undefined): string {
  // "He's Donald Trump, and he's in his own lane": the words name the referent themselves
  const surname = referent?.split(/\s+/).at(-1);
  if (!referent || (surname && new RegExp(`\\b${escapeRe(surname)}\\b`).test(text))) return text;
  return text.replace(/^([\s"“‘'(]*)(he|she)\b/i, `$1[${referent}]`);
}

/**
 * Whether the text has a verb of its own: "an already crowded field on the right of British politics" has none
 * ("crowded" before "field" describes it), "the best deal we could get" has one.
 */
function hasVerb(text: string): boolean {
  const terms = (nlp(text).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) => s.terms);
  return terms.some((x, i) => {
    if (!x.tags.some((g) => /^(?:Verb|Modal|Copula|Auxiliary)$/.test(g))) return false;
    // "crowded field", "working families": a participle right before a noun is an adjective
    const attributive = /(?:ed|ing)$/i.test(x.text) && terms[i + 1]?.tags.includes("Noun");
    return !attributive;
  });
}

/** Why this quoted sentence does not stand on its own, if it does not. */
export function fragmentProblem(text: string): string | undefined {
  const t = open(text);
  if (LEADING_CONNECTIVE.test(t)) return "the quote opens with a connective: it continues a sentence not shown";
  if (SUBORDINATE_ONLY.test(t)) return "the quote is a subordinate clause whose main clause is not shown";
  if (POINTING_CLAUSE.test(t)) return "the quote opens with a clause about something in a sentence not shown";
  if (REACTION.test(t) && t.split(/\s+/).length <= 8) return "a short reaction to something not shown";
  if (t.split(/\s+/).length <= 12 && COMPARES.test(t) && !/\bthan\b/i.test(t))
    return "the quote compares with something said before it";
  // a stranded preposition is English ("… I have worked with"); an article or a conjunction at the end is a cut
  if (/\b(?:a|an|the|and|or|nor|its|their|my|our|your)["”’']*$/i.test(t.trim()))
    return "the quote is cut in the middle of a phrase";
  if (ANNOUNCES.test(t) && t.split(/\s+/).length <= 8) return "the quote announces words that are not shown";
  if (PERSONAL.test(t) || DEMONSTRATIVE_SUBJECT.test(t) || POINTING_QUESTION.test(t))
    return "the quote opens with a pronoun whose referent is outside it";
  const first = t.split(/\s+/)[0] ?? "";
  // a long verb phrase still says something on its own ("… increase our ability to identify and stop …")
  const shortVerbPhrase =
    /^[a-z]/.test(first) &&
    tagsOf(first).some((x) => VERB_TAG.test(x)) &&
    t.split(/(?<=[.!?])\s/)[0].split(/\s+/).length < 12;
  // "He writes Clinton has ‘built a nearly insurmountable lead …’": a past form's subject (and auxiliary) are outside
  // "… very different from somebody misinterpreting …": an adjective or adverb opening a partial quotation
  // completes a clause whose subject is outside it
  const pastLead =
    /^[a-z]/.test(first) &&
    tagsOf(first).some((x) => /^(?:PastTense|Participle|Adjective|Adverb|Comparative)$/.test(x));
  if (SUBJECTLESS.test(t) || shortVerbPhrase || pastLead)
    return "the quote opens without its subject, which is outside it";
  if (/^[a-z]/.test(t) && OUTSIDE_REFERENCE.test(t.split(/(?<=[.!?])\s/)[0]))
    return "the quote is a fragment cut from a sentence and refers to something outside it";
  if (/\?\s*["”’']*$/.test(t) && t.split(/\s+/).length <= 6) return "a short question that answers something not shown";
  // "… between tax cuts that are affordable and …": a phrase cut after its head, which is outside it
  if (/^(?:between|among|amongst|against|towards?|from|into|onto|upon|with|without|about|of|for|than)\s/.test(t))
    return "the quote opens with a preposition: the words it completes are outside it";
  const ws = t.split(/\s+/);
  const pointer = SHORT_REFERENCE.exec(t);
  if (ws.length <= 9 && pointer && !referentBefore(t, pointer.index, pointer[0].split(/\W/)[0]))
    return "a short sentence that points to something not shown";
  const opening = ws.slice(0, 5).join(" ");
  const early = EARLY_REFERENCE.exec(opening);
  // "Nobody got everything they wanted": the pronoun's referent is in the sentence
  if (early && !referentBefore(t, early.index, early[0]))
    return "the quote leans on a pronoun (“they”, “he”, “her” …) from a sentence not shown";
  if (/^[a-z]/.test(t) && t.split(/\s+/).length < 8) return "a short phrase cut from a sentence of the article";
  // "… how to make sure that legal aid is not abused": a question word and an infinitive complete a verb outside
  if (/^(?:how|what|where|when|whether|why|which|who)\s+to\s+[a-z]/.test(t))
    return "the quote is a clause cut from a sentence: the verb it completes is outside it";
  // "… one of the safest Labour seats in the country": a part of a group, with no verb of its own ("seats" is a noun)
  if (
    /^(?:one|some|most|many|part|all|each|none)\s+of\s+(?:the|our|their|its|his|her|my|your|these|those)\s/.test(t) &&
    !/\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|do|does|did|[a-z]+ed)\b/.test(
      t,
    )
  )
    return "the quote is a noun phrase with no verb: it states nothing on its own";
  if (/^(?:a|an|the|this|that|some|any|no|another)\s/.test(t) && !hasVerb(t))
    return "the quote is a noun phrase with no verb: it states nothing on its own";
  // "… would result in 'a Tory government not a Labour government and a country that goes back …'": cut in
  // after the reporter's verb, a noun phrase whose only verbs are in its relative clause states nothing either
  if (/^(?:a|an|the|some|no|another)\s/.test(t) && !hasVerb(t.split(/\s(?:that|which|who|whom|whose)\s/)[0]!))
    return "the quote is a noun phrase with no verb: it states nothing on its own";
  if (REPORTS_OTHERS.test(t)) return "the quote reports what others say, not the speaker's own view";
  if (/^(?:who|whom|whose|which)\b/.test(t)) return "the quote is a relative clause cut from the noun it describes";
  if (/^(?:the\s+|my\s+)?answers?\s+(?:is|was|are|were)\b/i.test(t)) return "the quote answers a question not shown";
  if (t.split(/\s+/).length <= 8 && /\b(?:you|your|you['’](?:re|ve|ll|d))\b/i.test(t))
    return "a short reply to someone the question does not show";
  // "those Republicans" as well as "those voters"
  const those =
    /\b(?:those|these)\s+(?!of\b|who\b|that\b|which\b)([A-Za-z][a-z]+s|men|women|people|children|folks|kids)\b(?!\s+(?:who|whom|that|which|in|at|from|with|of|on|across)\b)/.exec(
      t,
    );
  // in the first sentence shown, with no noun of its kind before it: a sentence before it would say what they are
  const lead = those ? t.slice(0, those.index) : "";
  if (those && !/[.!?]\s/.test(lead) && !new RegExp(`\\b${those[1]!.replace(/s$/, "")}`, "i").test(lead))
    return `the quote's “${those[0]}” are named in a sentence not shown`;
  const back = POINTS_BACK.exec(t);
  if (back) return `the quote points back to something said before (“${back[0]}”)`;
  if (verbless(t)) return "the quote has no main verb: a phrase about something in a sentence not shown";
  // "The abusive culture. When you have a campaign …": an opening phrase that takes up a sentence not shown
  const opener = splitSentences(t)[0] ?? t;
  if (opener !== t && opener.split(/\s+/).length <= OPENER_MAX_WORDS && verbless(opener))
    return "the quote opens with a phrase that has no verb, taking up something in a sentence not shown";
  return pointsOutside(t) ?? pronounOutside(t) ?? objectOutside(opener);
}

/** A verb and the pronoun it takes as its object: "reminding him", "take it". */
const VERB_OBJECT =
  /\b(?:[a-z]+ing|[a-z]+ed|take|took|do|did|get|got|keep|kept|use|tell|told|remind|give|gave|see|saw|find|found|help|stop|let|make|made|bring|brought|call|ask|want|need|love|hate|like)\s+(him|her|them|it)\b/;

/**
 * "Everyone else was reminding him to take it": in a short first sentence, a pronoun taken as an object with no
 * noun or name before it for it to stand for is someone or something of a sentence not shown.
 */
function objectOutside(first: string): string | undefined {
  if (first.split(/\s+/).length > 25) return undefined;
  const m = VERB_OBJECT.exec(first);
  if (!m) return undefined;
  const before = first.slice(0, m.index);
  const antecedent = /\b(?:a|an|the|this|that|these|those|my|your|his|her|our|their|its)\s+[a-z]|\s[A-Z][a-z]/.test(
    before,
  );
  return antecedent ? undefined : `the quote's “${m[1]}” is someone or something in a sentence not shown`;
}

/** "What does that have to do with …?": a question about something the sentence before said. */
const POINTING_WH =
  /^(?:what|why|how|where|who)(?:['’]s|\s+(?:does|did|is|was|do|would|will|can|could|has|had|about))\s+(?:that|this|it)\b/i;
/** Verbs after which "that" is a pronoun or a conjunction, never a relative word: "I know that was hard". */
const REPORTING =
  /^(?:think|thought|believe|believed|know|knew|guess|hope|say|said|bet|guarantee|mean|meant|realize|realise|understand|doubt|suspect|sure|agree|suppose)$/;
/** A clause boundary: the words before it may be what a later "this" or "that" points to. */
const CLAUSE_BREAK = /[,;:—–]|\s-{1,2}\s|\b(?:and|but|so|because|or|whether|while)\b/i;

/** Words after which "that" opens a relative or noun clause rather than standing for something. */
const NOUN_LIKE =
  /^(?:some|any|all|one|those|everything|anything|nothing|something|everyone|anyone|someone|much|so|such)$/;
const AFTER_NOUN = /^(?:Singular|Plural|Uncountable|ProperNoun|Value|Adjective|Person|Organization|Place|Actor)$/;
type Term = { text: string; normal: string; tags: string[]; post: string };
const termsOf = (s: string): Term[] => (nlp(s).json() as { terms: Term[] }[]).flatMap((x) => x.terms);
/** A tensed verb as a singular subject takes it ("stacks", "was", "will"), not a bare form read as a verb ("campaign"). */
const tensed = (t: Term | undefined) =>
  !!t &&
  (t.tags.some((x) => /^(?:Modal|Copula|Auxiliary|PastTense)$/.test(x)) ||
    (t.tags.includes("PresentTense") && !t.tags.some((x) => x === "Infinitive" || x === "Gerund")));

/**
 * "That stacks the deck …", "I think this is a matter of opportunism", "I hold Sanders responsible for this",
 * "we would return it": in the first clause of the first sentence, with no clause before it to take up, a
 * demonstrative standing as a noun, or an "it" ending a clause with no noun before it, points to a sentence
 * not shown. After a clause ("We made mistakes, and I apologize for that") it takes up that clause.
 */
/** Nouns that "that"/"those" in a quotation's first clause point back to: a market, deal or plan named before. */
const DEMONSTRATED =
  /^(?:market|markets|deal|deals|plan|plans|policy|policies|idea|ideas|decision|decisions|proposal|proposals|scheme|schemes|approach|system|process|issue|issues|problem|problems|move|report|law|bill|agreement|programme|program|project|money|figure|figures|number|case|situation|change|changes|risk|debate|argument|claim|claims|size|scale|level|amount|magnitude)$/;

export function pointsOutside(text: string): string | undefined {
  const first = splitSentences(open(text))[0] ?? "";
  if (POINTING_WH.test(first)) return "the quote asks about something said before it";
  if (/\b(?:the|my|our)\s+answer\s+(?:is|was|would\s+be)\b/i.test(first))
    return "the quote answers a question not shown";
  // "… our previous practice of doing so": "so" stands for an act named before
  if (/\b(?:do|does|did|doing|done)\s+(?:so|this|that)\b(?!\s+(?:is|was|will|would)\b)/i.test(first))
    return "the quote's “doing so” stands for something said before it";
  // "What we are now talking about is developing that market": a demonstrative before a noun names it elsewhere
  // ("that" before a plural is a conjunction: "We believe that markets work")
  const that = /\bthat\s+([a-z]+)\b(?!\s+[a-z]+s\b)|\bthose\s+([a-z]+s)\b/.exec(first);
  const noun = that ? (that[1] ?? that[2])! : "";
  if (
    that &&
    DEMONSTRATED.test(noun) &&
    (that[2] !== undefined || !/s$/.test(noun)) &&
    !new RegExp(`\\b${noun}\\b`).test(first.slice(0, that.index))
  )
    return `the quote's “${that[0]}” points to something said before it`;
  // "any changes proposed in this area", "I stressed this point": "this" before a word for a topic names a topic
  // raised before ("this deal", "this year" are the story's own)
  const topic = /\b(?:this|these)\s+(area|areas|point|points|matter|matters|regard|respect|rules|measures)\b/.exec(
    first,
  );
  if (topic) return `the quote's “${topic[0]}” points to something said before it`;
  // "That in the end is the key choice": "that" or "this" as the subject, after at most an aside, is what was said before
  if (
    /^(?:that|this)(?:\s*,[^,]{1,30},\s*|\s+(?:in the end|of course|really|surely|certainly|clearly|frankly|simply|ultimately|alone|now|too|also)\s+)(?:is|was|will|would|has|had|must|should|can|could|may|might)\b/i.test(
      first,
    )
  )
    return `the quote's “${first.split(/\s+/)[0]}” points to something said before it`;
  // "we will not be diverted from these necessary changes", "vote for these extremist parties": "these", a word that
  // describes them and a plural the quote has not named take up things named before it (a bare "… to achieve these
  // goals" often sums up what its own sentence listed)
  const these = /\bthese\s+(?!(?:kinds?|sorts?|types?)\b)[a-z]+\s+([a-z]+s)\b/.exec(first);
  if (
    these &&
    !TIME_PLURAL.test(these[1]) &&
    !new RegExp(`\\b${these[1].replace(/e?s$/, "")}`, "i").test(first.slice(0, these.index))
  )
    return `the quote's “${these[0]}” ${NAMED_BEFORE}`;
  // "this current settlement", "this new public profile": "this", words that describe it, and a thing the quote has
  // not named take up what was said before it ("this year", "this country", "at this stage" are the speaker's own)
  const described =
    /\bthis\s+((?:current|new|latest|present|proposed|recent|whole|same|particular|very)\s+(?:[a-z]+\s+)??)([a-z]+)\b/.exec(
      first,
    );
  if (
    described &&
    !THIS_OWN.test(described[2]) &&
    !new RegExp(`\\b${described[2]}\\b`, "i").test(first.slice(0, described.index))
  )
    return `the quote's “${described[0]}” ${NAMED_BEFORE}`;
  // "I've dealt with this six months ago": "this" or "that" before a time, not a noun, stands for a thing said before
  const timed =
    /\b(?:with|about|on|for|to|did|do|done|said|heard|seen)\s+(?:this|that)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|last|yesterday|today|before|already|again)\b/i.exec(
      first,
    );
  if (timed) return `the quote's “${timed[0]}” stands for something said before it`;
  // "I said then …": "then" after a verb of saying is a time told before the quote
  const then = /\b(?:I|we|you|he|she|they)\s+(?:said|told\s+\w+|warned|promised|made\s+clear)\s+then\b/i.exec(first);
  if (then) return `the quote's “${then[0]}” is a time told before it`;
  // "… for both of us": who "us" are is said before the quote
  const us = /\b(?:both|all|each|neither|either)\s+of\s+us\b|\bthe\s+(?:two|three)\s+of\s+us\b/i.exec(first);
  if (us) return `the quote's “${us[0]}” are named before it`;
  // "so that we can make this essential investment": "this" and a word that weighs it take up a thing named before
  const weighed = /\bthis\s+(?:necessary|essential|vital|crucial|huge|massive)\s+([a-z]+)\b/.exec(first);
  if (weighed && !new RegExp(`\\b${weighed[1]}\\b`, "i").test(first.slice(0, weighed.index)))
    return `the quote's “${weighed[0]}” ${NAMED_BEFORE}`;
  // "Insofar as this project is directed at …", "If we reject this treaty": "this" before a plan, law, treaty or
  // problem not named in the quote
  const plan =
    /\b(?:this|these)\s+(?:vital\s+|important\s+|new\s+|whole\s+|particular\s+)?(agenda|role|treaty|treaties|legislation|constitution|reform|reforms|regulation|regulations|directive|measure|measures|strike|dispute|investigation|inquiry|report|review|project|projects|scheme|schemes|plan|plans|proposal|proposals|programme|program|policy|policies|approach|system|process|problem|problems|move|idea|decision|law|bill|case|situation|scale|size|magnitude)\b/.exec(
      first,
    );
  if (plan && !new RegExp(`\\b${plan[1].replace(/s$/, "")}`, "i").test(first.slice(0, plan.index)))
    return `the quote's “${plan[0]}” points to something said before it`;
  // "The association is selecting a new candidate": a body the quote does not name, named before it
  const body =
    /^the\s+(association|organisation|organization|company|firm|club|committee|council|charity|board|party|group|union|society|trust)\s+(?:is|was|has|had|will|would|does|did|are|were|have|[a-z]+s|[a-z]+ed)\b/i.exec(
      first,
    );
  if (body) return `the quote's “the ${body[1]}” is named in something said before it`;
  // "The result is big government and higher taxes": the result, outcome or consequence of what was said before
  if (
    /^(?:the|its|their)\s+(?:end\s+)?(?:result|outcome|consequence|upshot|effect)s?\s+(?:is|are|was|were|will\s+be|has\s+been)\b/i.test(
      first,
    )
  )
    return "the quote's “the result” is the result of something said before it";
  // "Nobody cares. And frankly, I'm …": a first sentence of a word or three answers what was said before
  // (split here by hand: the sentence splitter reads "I." in "Neither do I. This …" as an initial)
  const pieces = open(text).split(/(?<=[.!?])\s+(?=[A-Z"“])/);
  if (
    pieces.length > 1 &&
    pieces[0]!.split(/\s+/).length <= 3 &&
    !/\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|No|U\.S|[A-HJ-Z])\.$/.test(pieces[0]!)
  )
    return "the quote opens with a short reply to something not shown";
  // "these kinds of events": the kind was named before
  if (/\b(?:these|those)\s+(?:kinds?|sorts?|types?)\s+of\b/i.test(first))
    return "the quote's “these kinds of” points to something said before it";
  // "You'll have with Ted Cruz that same result": "that same" takes up what was said before
  if (/\b(?:that|this|those|these)\s+same\b/i.test(first))
    return "the quote's “that same” points to something said before it";
  // "This and other human factors issues …": a "this" joined to "other …" is one of them, named before
  if (/\b(?:this|that|these|those)\s+and\s+(?:other|similar|many\s+other|all\s+the\s+other)\b/i.test(first))
    return "the quote's “this and other” points to something said before it";
  // "… to make clear that there is no endorsement here": an infinitive cut from the narration's sentence
  if (
    /^to\s+[a-z]+/.test(open(text)) &&
    tagsOf(open(text).split(/\s+/)[1] ?? "").some((t) => /Infinitive|Verb/.test(t))
  )
    return "the quote is an infinitive cut from a sentence: who does it is outside it";
  // "we get an average of about 3,000 a year": a count whose noun (refugees) is in a sentence not shown
  if (/(?<![$€£\d.,])\b\d[\d,.]*\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b/.test(first))
    return "the quote's number does not say what it counts";
  // "… which you can see here … Here they are": words that point to a link or a list on the page
  if (
    /\b(?:see|read|watch|find|click)\s+(?:it\s+|them\s+)?here\b|\bhere\s+(?:they|it)\s+(?:are|is)\b/i.test(open(text))
  )
    return "the quote points to a link or a list on the page, not shown";
  // "No such infringement having been shown …": "such" takes up a thing named before
  if (
    /\b(?:no|any|every|all)\s+such\b|^such\s+(?!as\b)[a-z]+|(?<!\b(?:is|was|are|were|be|been|being|become|became|seems?|seemed)\s+|['’]s\s+)\bsuch\s+an?\s+[a-z]+/i.test(
      first,
    )
  )
    return "the quote's “such” points to something said before it";
  const terms = termsOf(first);
  // the first clause, after a short opening word or two ("Frankly,", "Realistically, and") that is no clause of its own
  let upto = terms.length;
  for (const m of first.matchAll(new RegExp(CLAUSE_BREAK.source, "gi"))) {
    const head = termsOf(first.slice(0, m.index));
    if (head.length <= 2 && !head.some((t) => tensed(t))) continue;
    upto = head.length;
    break;
  }
  for (let i = 0; i < upto; i++) {
    const w = terms[i]!;
    const next = terms[i + 1];
    const prev = terms[i - 1];
    // "When you put those together": "these" or "those" before no noun stands for things named before
    if (
      (w.normal === "these" || w.normal === "those") &&
      (!next ||
        // "those together,": a word the tagger calls an adjective, with no noun after it, is no noun phrase
        ((!next.tags.some((x) => /^(?:Noun|Singular|Plural|Adjective|Value|Uncountable)$/.test(x)) ||
          (next.tags.includes("Adjective") &&
            (/[,.;:!?]/.test(next.post) || !terms[i + 2]?.tags.some((x) => /^(?:Noun|Singular|Plural)$/.test(x))))) &&
          !/^(?:who|whom|whose|that|which|of|in|at|with|from|on|for|are|were|is|was|have|had|will|would|can|could)$/.test(
            next.normal,
          )))
    )
      return `the quote's “${w.text}” points to something said before it`;
    if (w.normal !== "this" && w.normal !== "that" && !/^(?:this|that)['’]s$/i.test(w.text)) continue;
    const ends = /[.,;!?—"”’)]/.test(w.post) || !next;
    // after a noun, "that" opens a relative clause ("a side that's nihilistic"); after an adjective, a clause
    const that = /^that/.test(w.normal);
    // ("In practice, that will mean …": after a comma it opens the clause)
    if (
      that &&
      prev &&
      !/,/.test(prev.post) &&
      (NOUN_LIKE.test(prev.normal) || prev.tags.some((x) => AFTER_NOUN.test(x)))
    )
      continue;
    // "that" stands for something only at the clause's start, after a verb of saying or knowing, or an adverb
    const pronounPlace =
      !that ||
      !prev ||
      /,/.test(prev.post) ||
      REPORTING.test(prev.normal) ||
      prev.tags.some((x) => /^(?:Conjunction|Adverb)$/.test(x));
    const subject =
      pronounPlace &&
      (/['’]s$/.test(w.text) ||
        (tensed(next) && !(next!.tags.includes("Noun") && !next!.tags.includes("Pronoun"))) ||
        // "that tilts the field": a singular demonstrative takes no plural noun, so the "-s" word is its verb
        (!!next?.tags.includes("Plural") && /s$/.test(next.normal) && !!terms[i + 2]?.tags.includes("Determiner")));
    // "I think that, if …": a conjunction before a clause
    if (ends && w.normal === "that" && /^,/.test(w.post.trim()) && prev && REPORTING.test(prev.normal)) continue;
    // "this:" announces what follows
    if (ends && /:/.test(w.post)) continue;
    if (subject || (ends && prev && !/^(?:at|all|like)$/.test(prev.normal) && !prev.tags.includes("Determiner")))
      return `the quote's “${w.text || w.normal}” points to something said before it`;
  }
  const nounBefore = (i: number) =>
    terms
      .slice(0, i)
      .some((x) => x.tags.some((y) => /^(?:Singular|Uncountable|ProperNoun|Organization|Place|Person)$/.test(y)));
  for (let i = 0; i < terms.length; i++) {
    if (terms[i]!.normal !== "it") continue;
    const next = terms[i + 1];
    const atEnd =
      /[.,;!?—"”’)]/.test(terms[i]!.post) ||
      !next ||
      /^(?:before|after|again|too|anymore|back|and|or|but|because|if|when|now|then|for|to|with|in|on|at|from|into|over|about|through|up|out|off|down)$/.test(
        next.normal,
      );
    // "believe it or not"
    if (next?.normal === "or" && terms[i + 2]?.normal === "not") continue;
    if (atEnd && !nounBefore(i)) return "the quote's “it” points to something said before it";
  }
  return undefined;
}

/** Words that put someone else's words in the speaker's mouth: "Some say …", "People tell me …". */
const REPORTS_OTHERS =
  /^(?:some(?:\s+people)?|people|others|many|folks|they)\s+(?:say|said|tell\s+me|told\s+me|ask|asked)\b|^i(?:['’]ve|\s+have)?\s+heard\b/i;

/** Phrases that point back to what was said before ("in that regard", "for that reason", "see that across the board"). */
const POINTS_BACK =
  /\b(?:(?:see|seeing|saw|seen|do|doing|did|done|say|said|hear|heard|like|want|get|got|expect|expected|expecting)\s+(?:that|this)\s+(?:across|again|every|everywhere|all|now|here|there|too|happen|happening)\b|in\s+(?:that|this)\s+regard|for\s+(?:that|this)\s+reason|because\s+of\s+(?:that|this)|despite\s+(?:that|this)|that['’]s\s+why|that\s+is\s+why|as\s+a\s+result|after\s+that|on\s+top\s+of\s+that)\b/i;

/** A word that makes a clause a statement: a tensed verb, an auxiliary or a modal. */
const FINITE_TAG = /^(?:PresentTense|PastTense|Copula|Modal)$/;
const RELATIVE_WORD = /^(?:who|whom|whose|which)$/i;
/** An opening sentence this short with no verb ("The abusive culture.") is a phrase, not a statement. */
const OPENER_MAX_WORDS = 8;
/** Longer than this, a sentence with no verb the tagger finds is more likely a mis-tag than a phrase. */
const VERBLESS_MAX_WORDS = 25;

/**
 * A quotation with no main verb ("One of the most unorthodox candidates in the history of the party",
 * "Absolutely not the way to run a country") is a phrase about something named in the sentence before.
 * A verb inside a relative clause, after "to" or ending in "-ing" makes no statement of its own.
 */
export function verbless(text: string): boolean {
  const t = open(text);
  if (t.split(/\s+/).length > VERBLESS_MAX_WORDS) return false;
  const terms = (nlp(t).json() as { terms: { normal: string; tags: string[] }[] }[]).flatMap((s) => s.terms);
  for (let i = 0; i < terms.length; i++) {
    // "Who knows …" opens a question; a relative word after a noun opens a clause that is no statement
    if (i > 0 && RELATIVE_WORD.test(terms[i].normal)) return true;
    const tags = terms[i].tags;
    if (tags.some((x) => FINITE_TAG.test(x)) && !tags.includes("Gerund") && terms[i - 1]?.normal !== "to") return false;
  }
  return true;
}

/** Opening single quotation marks (at a word's start) and closing ones (at a word's end, not a possessive). */
export function innerQuoteBalance(text: string): number {
  const opens = (text.match(/(?:^|[\s(—-])[‘']/g) ?? []).length;
  const closes = (text.match(/(?<![sS])[’'](?=[\s,.;:!?)—…-]|$)/g) ?? []).length;
  return opens - closes;
}

/** The text with a single quotation left open closed, in the style it opened with ("‘…’" or "'…'"). */
export function closeInnerQuote(text: string): string {
  if (innerQuoteBalance(text) <= 0) return text;
  const opener = [...text.matchAll(/(?:^|[\s(—-])([‘'])/g)].at(-1)?.[1];
  return text + (opener === "‘" ? "’" : "'");
}

/**
 * The text cut to at most `maxWords` at the end of a clause (a comma, semicolon, colon or dash in its
 * second half), marked with “…”; undefined when no clause ends there, since a cut in the middle of a
 * clause leaves words that mean nothing on their own.
 */
const SUBORDINATE_OPENING =
  /^["“‘']?(?:If|When|Whenever|Although|Though|Because|Since|Unless|While|Whilst|As|After|Before|Once|Until|Even if|Even though|Whether)\b/;

export function clauseCut(text: string, maxWords: number): string | undefined {
  const ws = text.trim().split(/\s+/);
  if (ws.length <= maxWords) return text.trim();
  // "If you are willing to lie about the reasons for going to war, …": the first clause of a sentence that opens
  // with a subordinating word is no sentence without the clause after it
  const subordinate = SUBORDINATE_OPENING.test(text.trim());
  for (let i = maxWords - 1; i >= Math.floor(maxWords / 2); i--)
    if (
      (/[,;:—]$/.test(ws[i]) || ws[i + 1] === "—") &&
      !(subordinate && !ws.slice(0, i).some((w) => /[,;:—]$/.test(w)))
    )
      return (
        ws
          .slice(0, i + 1)
          .join(" ")
          .replace(/[,;:—]$/, "") + " …"
      );
  return undefined;
}
