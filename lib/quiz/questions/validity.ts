/**
 * Validity of the parts of a fact: is a person's name a real name, an organisation a named body, a
 * title a whole title? Used to hold back doubtful facts (trust.ts) and to keep such entities out of
 * the options.
 */
import nlp from "compromise";
import type { Cluster, Corpus } from "./corpus";
import {
  COLLECTIVE_PLURALS,
  LOCAL_GOVERNMENT,
  FUNCTION_WORDS,
  SPEECH_VERBS,
  isDemonym,
  isHonorific,
  isOrgHead,
  isPlaceName,
  isTitleHead,
  isTitleWord,
  MONTH_OR_DAY,
  NOT_NAMES,
} from "../extract/lexicon";
import { entityIndex } from "./entity-index";
import { words } from "./text";
import { escapeRe } from "../../regex";

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
export const tagsOf = (w: string) => [LEXICON[w.toLowerCase()] ?? []].flat();

/** Words of a name that carry it: initials and particles ("de", "al-") say nothing either way. */
export const nameWords = (name: string) =>
  name
    .replace(/[.,]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 1 && /^[A-Z]/.test(w) && !/^(?:Jr|Sr|II|III|IV)$/.test(w));

export type Lowercase = { has(w: string): boolean };
const LOWER = new WeakMap<Corpus, Map<string, Set<string>>>();

/** Words an article writes in lower case somewhere: there they are common words, not names. */
export function lowercaseWords(corpus: Corpus, slug: string): Lowercase {
  const bySlug = LOWER.get(corpus) ?? new Map<string, Set<string>>();
  LOWER.set(corpus, bySlug);
  let s = bySlug.get(slug);
  if (!s) {
    s = new Set<string>();
    for (const x of corpus.contexts.get(slug)?.sentences ?? [])
      for (const w of x.text.match(/(?<![\w'’-])[a-z][a-z'-]+/g) ?? []) s.add(w);
    bySlug.set(slug, s);
  }
  return s;
}

/** Double-encoded UTF-8 ("FranÃ§ois") or a replacement character: a damaged name. */
const MOJIBAKE_MARKS = /[ÃÂ�]|â€/;
/** Composed first: the damage also comes decomposed ("A" and combining marks). */
export const isGarbled = (text: string) => MOJIBAKE_MARKS.test(text.normalize("NFC"));

/** Last words of a station's, a paper's or a firm's name ("Greater Manchester Radio", "Sunday Times"). */
const MEDIA_HEADS =
  /^(?:Radio|Television|TV|News|Newspaper|Times|Journal|Gazette|Tribune|Chronicle|Telegraph|Network|Channel|Station|Media|Broadcasting|Magazine|Airlines|Airways|Motors|Records|Studios)$/;

/** Why this is not clearly a person's full name, if it is not; `lower` holds the article's lower-case words. */
export function personNameDoubt(name: string, lower: Lowercase = new Set<string>()): string | undefined {
  const ws = nameWords(name);
  if (isGarbled(name)) return `“${name}” is garbled`;
  if (NOT_A_BODY.test(name.trim())) return `“${name}” is an ordinal or a number, not a name`;
  // "Donald Trump‘s", "Ruth Kell's": a quotation mark, a digit or a possessive ending is no part of a name
  if (/[‘“”"«»()[\]{}<>|@#$%&*_+=~\\/0-9]|\w['’‘]s$|\s[-–—]\s/.test(name.trim()))
    return `“${name}” holds a mark no name has`;
  // "Korean-born Monte Haines" cut from "South Korean-born Monte Haines": a descriptor run into the name
  if (/-(?:born|based|raised|bred|American)\b/i.test(name)) return `“${name}” holds a descriptor, not only a name`;
  if (!ws.length || (ws.length === 1 && (isDemonym(ws[0]) || PARTISANS.test(ws[0]) || isPluralNoun(ws[0]))))
    return `“${name}” is not a name`;
  // "American Jews", "British Muslims": a nationality or a party before a noun names a group
  if (ws.length > 1 && (isDemonym(ws[0]) || PARTISANS.test(ws[0])) && !tagsOf(ws[1]!).some((t) => /Name$/.test(t)))
    return `“${name}” names a group of people, not a person`;
  const odd = ws.find(
    (w) =>
      isTitleWord(w) ||
      isOrgHead(w) ||
      isHonorific(w) ||
      NOT_NAMES.has(w.toLowerCase()) ||
      FUNCTION_WORDS.has(w.toLowerCase()),
  );
  if (odd) return `“${name}” holds “${odd}”, which is not part of a name`;
  // "Greater Manchester Radio", "Sunday Times": a station's or a paper's name, not a person's
  if (ws.length > 1 && MEDIA_HEADS.test(ws.at(-1)!)) return `“${name}” names a station or a paper, not a person`;
  const functionWord = ws.find((w) => tagsOf(w).some((t) => FUNCTION_TAG.test(t)));
  if (functionWord) return `“${name}” holds “${functionWord}”, a function word`;
  // "Filmmaker Jack Marino", "Actress Rosario Dawson": an occupation written before the name, taken into it
  const firstTags = tagsOf(ws[0]!);
  if (ws.length > 1 && firstTags.includes("Actor") && !firstTags.some((t) => /Name$/.test(t)))
    return `“${name}” opens with the occupation “${ws[0]}”, not a first name`;
  // "Samsung Electronics America", "Poet Laureate Rita Dove": a body's name, or a title run into a name
  if (PARTISANS.test(ws.at(-1)!) || (ws.length > 1 && tagsOf(ws.at(-1)!).includes("Plural")))
    return `“${name}” names a group of people`;
  if (ws.length >= 3 && isPlaceName(ws.at(-1)!)) return `“${name}” ends in a place, not a surname`;
  if (ws.length >= 3 && lower.has(ws[0].toLowerCase())) return `“${name}” opens with a common word, not a name`;
  if (ws.every((w) => lower.has(w.toLowerCase()))) return `“${name}” is made of common words, not a name`;
  return undefined;
}

/** Why this cluster is not clearly a named organisation, if it is not. */
/** "Fourth was the … group", "the Muslim soldier": words that open a sentence or describe, not bodies. */
const NOT_A_BODY =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|\d+(?:st|nd|rd|th)?|muslims?|christians?|jewish|jews?|catholics?|protestants?|hindus?|buddhists?|sikhs?|mormons?|evangelicals?)$/i;

/** "PRESSOhio": a capitalised run glued to the next word, as page chrome runs into the text. */
const GLUED = /[A-Z]{3,}[a-z]{2,}/;

/**
 * Kinds of body that name none alone ("Association", "Foundation"). "Senate" and "Congress" do, and so does the
 * local "Council" or "Board" an article speaks of.
 */
const BARE_KIND =
  /^(?:Association|Federation|Foundation|Institute|Society|Coalition|League|Alliance|Corporation|Organization|Organisation|Fund)$/;

export function organisationDoubt(corpus: Corpus, c: Cluster): string | undefined {
  const ws = words(c.name);
  if (isGarbled(c.name)) return `“${c.name}” is garbled`;
  if (NOT_A_BODY.test(c.name.trim())) return `“${c.name}” is an ordinal, a number or a faith, not a body's name`;
  if (GLUED.test(c.name)) return `“${c.name}” runs two words of the page together`;
  if (/\s(?:and|of|for|the|to|in|on|at|or|by|with)$/i.test(c.name.trim())) return `“${c.name}” is cut off`;
  if (isPlaceName(c.name)) return `“${c.name}” is a place, not an organisation`;
  // "Ex Labour minister" (a hyphen lost): "Ex" and "Former" belong to the title
  if (/^(?:Ex|Former)\s/.test(c.name.trim())) return `“${c.name}” opens with a word of the title, not a body's name`;
  // "Association" of "the Cleveland Police Patrolmen's Association": a bare kind of body is the end of a longer name
  if (ws.length === 1 && BARE_KIND.test(c.name.trim()))
    return `“${c.name}” is only the kind of body, cut from a longer name`;
  // "a senior aide with Sen. Marco Rubio's campaign", "in Chalmette, La.": a title's or a state's abbreviation
  if (/^[A-Z][a-z]{0,4}\.$/.test(c.name.trim())) return `“${c.name}” is an abbreviation cut from a title or a place`;
  const caps = c.name.split(/\s+/);
  if (caps.length > 1 && isPlaceName(caps.at(-1) ?? "") && PARTISANS.test(caps[0]))
    return `“${c.name}” is a place with a party label, not a body`;
  // "an Iowa Republican strategist": a party word used as an adjective ends no body's name ("College Republicans" does)
  if (caps.length > 1 && PARTY_ADJECTIVE.test(caps.at(-1) ?? ""))
    return `“${c.name}” is a party label used as an adjective, not a body's name`;
  // "Democratic U.S. Rep. Gwen Graham": a party adjective opens a title's front, not a body's name
  if (
    caps.length > 1 &&
    PARTY_ADJECTIVE.test(caps[0]!) &&
    !isOrgHead(caps.at(-1)!) &&
    !/^(?:Party|GOP)$/.test(caps.at(-1)!)
  )
    return `“${c.name}” is a party label before a title, not a body's name`;
  // "Afghan" of "Afghan President Hamid Karzai", "Swiss Army": a nationality alone or last is an adjective
  if (isDemonym(caps.at(-1) ?? "")) return `“${c.name}” ends in a nationality, an adjective, not a body's name`;
  if (caps.some((w) => /-(?:based|born|led|owned|run)$/i.test(w)))
    return `“${c.name}” is an adjective, not a body's name`;
  if (caps.length === 1 && /-(?:Americans?|Africans?|Asians?)$/.test(caps[0]))
    return `“${c.name}” names a group of people, not a body`;
  if (caps.length === 1 && commonEverywhere(corpus, c))
    return `“${c.name}” is a common word the articles also write in lower case`;
  // "Investigative reporter Julia Hahn": an adjective's ending ("-ive", "-ous", "-able") names no body on its own
  if (
    caps.length === 1 &&
    (/(?:ic|ical|ive|ous|ful|less|able|ible)$/.test(caps[0]) || tagsOf(caps[0]).includes("Adjective"))
  )
    return `“${c.name}” is an adjective, not a body's name`;
  if (STATUS.test(caps[0] ?? "")) return `“${c.name}” opens with a word of a title, not of a body's name`;
  if (caps.length <= 2 && namesAPerson(corpus, c)) return `“${c.name}” is a person, not an organisation`;
  if (isTitleHead(caps[0] ?? "") || (isTitleWord(caps[0] ?? "") && isTitleHead(caps[1] ?? "")))
    return `“${c.name}” is a title, not a body's name`;
  if (caps.some((w) => isHonorific(w) || MONTH_OR_DAY.has(w.toLowerCase())))
    return `“${c.name}” holds a title or date word, not a body's name`;
  if (
    caps.length === 1 &&
    (isDemonym(caps[0]) || PARTISANS.test(caps[0]) || COLLECTIVE_PLURALS.has(ws[0] ?? "") || isPluralNoun(caps[0]))
  )
    return `“${c.name}” names a group of people, not a body`;
  if (onlyAfterCapital(corpus, c)) return `“${c.name}” is always written after another capitalised word: a cut name`;
  const last = c.name.split(/\s+/).at(-1) ?? "";
  if (!isOrgHead(last) && !LOCAL_GOVERNMENT.test(last) && !/^[A-Z0-9&]{2,}$/.test(last) && onlyBeforeTitles(corpus, c))
    return `“${c.name}” appears only as the front of a title`;
  return undefined;
}

/** Lexicon classes never found in a name ("Neither Hillary Clinton" is a sentence start). */
const FUNCTION_TAG = /^(?:Determiner|Conjunction|Preposition|Pronoun|Adverb)$/;

/** Words that qualify a title ("Interim DNC Chairwoman"), never the first word of a body's name. */
const STATUS = /^(?:Interim|Former|Acting|Incoming|Outgoing|Retired|Deputy|Vice|Assistant|Senior|Junior|Then)$/;

/** "Campaign chair Paul Manafort": a one-word "organisation" its articles also use as a common noun. */
function commonEverywhere(corpus: Corpus, c: Cluster): boolean {
  const w = c.name.toLowerCase();
  return entityIndex(corpus)
    .slugsOf(c)
    .some((slug) => lowercaseWords(corpus, slug).has(w));
}

/** "Trump lawyer Marc Kasowitz": the "organisation" is a person of the corpus. */
function namesAPerson(corpus: Corpus, c: Cluster): boolean {
  const n = c.name.toLowerCase();
  const ix = surnameIndex(corpus);
  return ix.fullNames.has(n) || ix.byNameWord.has(n);
}

/** Party labels used for members ("a Republican", "Democrats"), not for the party as a body. */
const PARTISANS =
  /^(?:Republicans?|Democrats?|Conservatives?|Liberals?|Progressives?|Independents?|Libertarians?|Socialists?)$/;

/** A party word in its singular, adjective use. */
const PARTY_ADJECTIVE =
  /^(?:Republican|Democrat|Democratic|Conservative|Liberal|Progressive|Independent|Libertarian|Socialist|GOP)$/;

/** "Republicans", "Democrats", "Loyalists": people, not a body. */
const isPluralNoun = (w: string) => tagsOf(w).includes("Plural") || /(?:ans|ists|ats|ers|ites)$/.test(w);

const PRECEDING = /(?:^|[^\w])([A-Z][\w'’-]*)\s+$/;

/** "National Committee" always as "Republican National Committee": the name lost its first word. */
/** The name follows "of/for Capitalised and" ("Center for Economic and Policy Research"): the back half of a name. */
function onlyJoined(text: string, c: Cluster): boolean {
  return c.surfaces.some((n) =>
    new RegExp(`\\b(?:of|for)\\s+[A-Z][\\w'’-]*\\s+(?:and|&)\\s+${escapeRe(n)}\\b`).test(text),
  );
}

function onlyAfterCapital(corpus: Corpus, c: Cluster): boolean {
  let seen = 0;
  for (const slug of entityIndex(corpus).slugsOf(c))
    for (const s of corpus.contexts.get(slug)?.sentences ?? [])
      for (const surface of c.surfaces) {
        if (surface.length < 4 || !surface.includes(" ")) continue;
        for (let i = s.text.indexOf(surface); i >= 0; i = s.text.indexOf(surface, i + 1)) {
          seen++;
          // "Center for Economic and Policy Research": "of/for X and" before it makes one longer name
          if (/\b(?:of|for)\s+[A-Z][\w'’-]*\s+(?:and|&)\s+$/.test(s.text.slice(0, i))) return onlyJoined(s.text, c);
          const before = PRECEDING.exec(s.text.slice(0, i))?.[1];
          // "China's Foreign Ministry": an owner before the name, not a lost word; but "American Civil
          // Liberties Union", "Chinese Foreign Ministry" always with their demonym: the name is cut without it
          if (!before || NOT_NAMES.has(before.toLowerCase()) || /['’]s?$/.test(before) || isPlaceName(before))
            return false;
        }
      }
  return seen > 0;
}

const FOLLOWING = /^\s+([A-Z][\w-]*)/;

/** "Senate Majority" in "Senate Majority Leader": a title split in two, its front taken for a body. */
function onlyBeforeTitles(corpus: Corpus, c: Cluster): boolean {
  let seen = 0;
  for (const ctx of corpus.contexts.values())
    for (const s of ctx.sentences ?? [])
      for (const surface of c.surfaces) {
        if (surface.length < 2) continue;
        for (let i = s.text.indexOf(surface); i >= 0; i = s.text.indexOf(surface, i + 1)) {
          seen++;
          const next = FOLLOWING.exec(s.text.slice(i + surface.length))?.[1];
          if (!next || !isTitleWord(next)) return false;
        }
      }
  return seen > 0;
}

/** Why a title is not a whole position, if it is not. */
export function titleDoubt(title: string): string | undefined {
  const ws = title.trim().split(/\s+/);
  if (/\b(?:his|her|their|its|our|my|your)\b/i.test(title)) return `the title “${title}” leans on a pronoun`;
  if (isGarbled(title)) return `the title “${title}” is garbled`;
  const last =
    ws
      .at(-1)
      ?.toLowerCase()
      .replace(/[^a-z-]/g, "") ?? "";
  if (ws.some((w) => SPEECH_VERBS.has(w.toLowerCase())) || /\b(?:has|have|had|is|was|were|will)\b/i.test(title))
    return `the title “${title}” runs into a clause`;
  if (/^(?:of|and|for|at|the|to|in|on|or)$/.test(last) || /^(?:of|and|for|at|to|or)$/i.test(ws[0] ?? ""))
    return `the title “${title}” is cut off`;
  // "against fellow candidate": a preposition of the sentence taken into the title
  if (TITLE_CANNOT_OPEN.test(ws[0] ?? ""))
    return `the title “${title}” opens with “${ws[0]}”: a phrase of the sentence, not a title`;
  if (ws.length > 8) return `the title “${title}” is too long to be one position`;
  return undefined;
}

/** Words no title opens with: prepositions and conjunctions of the sentence around it. */
const TITLE_CANNOT_OPEN =
  /^(?:against|with|by|from|about|among|between|behind|over|under|into|toward|towards|like|than|as|after|before|during|without|within|versus|vs\.?|beside|besides|but|nor|so|if|when|while|because|including|such)$/i;

const FEMALE = /^(?:Mrs|Ms|Miss|Madam|Lady|Dame)\.?$/;
const MALE = /^(?:Mr|Sir|Lord)\.?$/;

/** "Mr. Obama said" resolved to Michelle Obama: the honorific in the evidence contradicts the first name. */
export function genderClash(name: string, sentence: string): boolean {
  const ws = name.split(/\s+/);
  const first = ws[0] ?? "",
    surname = ws.at(-1) ?? "";
  const tags = tagsOf(first);
  const female = tags.includes("FemaleName"),
    male = tags.includes("MaleName");
  if (female === male || !surname) return false;
  const said = new RegExp(`\\b(Mrs|Ms|Miss|Mr|Sir|Lord|Lady|Dame)\\.?\\s+${surname.replace(/[^\w-]/g, "")}\\b`, "g");
  for (const m of sentence.matchAll(said)) {
    if (female && MALE.test(m[1])) return true;
    if (male && FEMALE.test(m[1])) return true;
  }
  return false;
}

/**
 * "Secretary Clinton" read as Bill Clinton: the sentence gives only the surname, and the article (or,
 * when the article never writes the first name, the corpus) has another person of that surname.
 */
export function borrowedFullName(corpus: Corpus, c: Cluster, slug: string, sentence: string): string | undefined {
  const ws = nameWords(c.name);
  if (ws.length < 2) return undefined;
  const first = ws[0],
    surname = ws.at(-1)!.toLowerCase();
  if (new RegExp(`\\b${first}\\b`).test(sentence)) return undefined;
  const inArticle = (corpus.contexts.get(slug)?.sentences ?? []).some((s) => new RegExp(`\\b${first}\\b`).test(s.text));
  const ix = entityIndex(corpus);
  const namesake = (peopleBySurname(corpus).get(surname) ?? []).find(
    (x) => x !== c && nameWords(x.name)[0] !== first && (!inArticle || ix.slugsOf(x).includes(slug)),
  );
  if (namesake) return `the sentence names only “${ws.at(-1)}”, and ${namesake.name} has that surname too`;
  if (inArticle) return undefined;
  // "Gov. Bush" given George W. Bush's name from another article, while this one writes "Jeb Bush": a namesake
  // the article names in full, even one the extractor kept no entity for
  const last = escapeRe(ws.at(-1)!);
  for (const s of corpus.contexts.get(slug)?.sentences ?? [])
    for (const m of s.text.matchAll(new RegExp(`\\b([A-Z][a-z]+)\\s+(?:[A-Z]\\.\\s+)?${last}\\b`, "g")))
      if (
        m[1] !== first &&
        !isTitleWord(m[1]!) &&
        !isHonorific(m[1]!) &&
        tagsOf(m[1]!).every((t) => !/^(?:Determiner|Preposition|Conjunction|Pronoun|Adverb|Verb)$/.test(t))
      )
        return `the sentence names only “${ws.at(-1)}”, and the article names ${m[1]} ${ws.at(-1)}`;
  return undefined;
}

/** Another person of the corpus with this one-word name as surname ("Obama": Barack or Michelle). */
export function sharesSurname(corpus: Corpus, c: Cluster): boolean {
  const surname = c.name.trim().toLowerCase();
  return (peopleByLastWord(corpus).get(surname) ?? []).some((x) => x !== c);
}

const SURNAMES = new WeakMap<
  Corpus,
  { byNameWord: Map<string, Cluster[]>; byLastWord: Map<string, Cluster[]>; fullNames: Set<string> }
>();

/** The corpus's people by surname, in corpus order, built once per corpus (lookups, not a scan per question). */
function surnameIndex(corpus: Corpus) {
  let ix = SURNAMES.get(corpus);
  if (ix) return ix;
  ix = { byNameWord: new Map(), byLastWord: new Map(), fullNames: new Set<string>() };
  const add = (m: Map<string, Cluster[]>, k: string | undefined, c: Cluster) =>
    k !== undefined && m.set(k, [...(m.get(k) ?? []), c]);
  for (const x of corpus.clusters) {
    if (x.kind !== "person") continue;
    ix.fullNames.add(x.name.toLowerCase());
    add(ix.byNameWord, nameWords(x.name).at(-1)?.toLowerCase(), x);
    add(ix.byLastWord, x.name.toLowerCase().split(/\s+/).at(-1), x);
  }
  SURNAMES.set(corpus, ix);
  return ix;
}
const peopleBySurname = (corpus: Corpus) => surnameIndex(corpus).byNameWord;
const peopleByLastWord = (corpus: Corpus) => surnameIndex(corpus).byLastWord;

/** "Dean Barker": the tagger reads the word before the surname as part of a person's name, not as a title. */
export function readsAsFirstName(phrase: string): boolean {
  const [first] = (nlp(phrase).json() as { terms: { tags: string[] }[] }[])[0]?.terms ?? [];
  return !!first && first.tags.includes("Person") && !first.tags.some((t) => t === "Honorific" || t === "Actor");
}

/** Does "he"/"she" fit this person's first name (unknown first names fit both)? */
export function pronounFits(pronoun: string, name: string): boolean {
  const tags = tagsOf(name.split(/\s+/)[0] ?? "");
  return pronoun === "he" ? !tags.includes("FemaleName") : !tags.includes("MaleName");
}

/** "Poet Laureate Rita Dove" where the article also writes "Poet Laureate" alone: a title run into the name. */
export function leadingTitle(corpus: Corpus, c: Cluster, slug: string): string | undefined {
  const ws = nameWords(c.name);
  if (ws.length < 3) return undefined;
  const lead = `${ws[0]} ${ws[1]}`;
  const alone = new RegExp(`\\b${lead}\\b(?!\\s+${ws[2]})`);
  return (corpus.contexts.get(slug)?.sentences ?? []).some((s) => alone.test(s.text))
    ? `“${c.name}” opens with “${lead}”, which the article also writes alone`
    : undefined;
}

const SOUND = new WeakMap<Cluster, boolean>();

/** May this entity appear as an option at all: a person with a real name, a named organisation. */
export function soundEntity(corpus: Corpus, c: Cluster): boolean {
  let ok = SOUND.get(c);
  if (ok === undefined) {
    ok =
      c.kind === "person"
        ? nameWords(c.name).length > 1 &&
          entityIndex(corpus)
            .slugsOf(c)
            .every((slug) => !personNameDoubt(c.name, lowercaseWords(corpus, slug)) && !leadingTitle(corpus, c, slug))
        : c.kind === "organization"
          ? !organisationDoubt(corpus, c)
          : !isGarbled(c.name);
    SOUND.set(c, ok);
  }
  return ok;
}
