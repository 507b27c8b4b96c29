import nlp from "compromise";
import { TITLE_HEADS } from "./lexicon";

/**
 * Nouns that name what a person does ("brakeman", "storyteller", "forecaster", "movie critic"): the closed title
 * heads, or any noun compromise's lexicon and suffix rules tag as an Actor, except nouns that say who someone is
 * to others or what happened to them (kin, supporters, voters, victims, winners), which are no position.
 */
const NOT_POSITIONS = new Set(
  `
  man woman men women person people boy girl guy lady gentleman kid child children teen teenager adult baby
  individual someone everyone anyone human
  mother father wife husband son daughter brother sister sibling parent grandmother grandfather grandson
  granddaughter grandparent aunt uncle niece nephew cousin widow widower fiance fiancee girlfriend boyfriend
  spouse mom dad stepfather stepmother stepson stepdaughter in-law twin
  friend ally rival enemy foe opponent supporter backer fan follower admirer loyalist devotee sympathizer
  sympathiser skeptic sceptic believer
  victim survivor suspect defendant plaintiff witness inmate prisoner detainee convict hostage casualty
  resident citizen native neighbor neighbour voter taxpayer customer consumer shopper user viewer listener reader
  patient immigrant refugee migrant tourist visitor guest passenger spectator attendee participant traveler
  traveller pedestrian commuter homeowner tenant renter
  winner loser champion finalist runner-up hopeful contender underdog favorite favourite
  veteran billionaire millionaire celebrity star superstar hero heroine legend icon newcomer colleague peer
  successor predecessor contemporary alum alumnus alumna alumni graduate donor protester demonstrator rioter
  gunman attacker shooter killer murderer thief robber burglar terrorist extremist jihadist militant
  holder bearer sufferer addict drinker smoker eater lover hater
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Playing positions compromise has no Actor tag for ("said forward Tom Fry", "defenseman Miro Heiskanen"). */
const PLAYING_POSITIONS = new Set(
  `goalie goaltender goalkeeper netminder defenseman defenceman defender winger midfielder striker fullback
  quarterback linebacker lineman cornerback receiver tailback halfback pitcher catcher shortstop outfielder
  infielder reliever batsman bowler wicketkeeper all-rounder`
    .split(/\s+/)
    .filter(Boolean),
);

const tagCache = new Map<string, Set<string>>();
/** compromise's tags for a word on its own (its lexicon and suffix rules; no sentence around it to sway them). */
export function tagsOf(word: string): Set<string> {
  let tags = tagCache.get(word);
  if (!tags) {
    tags = (nlp(word) as unknown as { docs: { tags: Set<string> }[][] }).docs[0]?.[0]?.tags ?? new Set<string>();
    tagCache.set(word, tags);
  }
  return tags;
}

/** Nouns ending like agents that name things, not people ("committee", "register"). */
const NOT_AGENTS = new Set(
  "committee coffee degree decree guarantee jubilee toffee settee entree median monster roster poster toaster hamster register canister water letter".split(
    " ",
  ),
);
/** Agent suffixes of occupations: brakeman, nominee, pollster, physician, physicist. */
const AGENT_SUFFIX = /^[a-z-]{3,}(?:man|ee|ster|ian|ist)$/;

/** "forecaster", "storyteller", "runner": a verb (or a compound ending in one) with -er/-or. */
function agentOfVerb(w: string): boolean {
  if (!/(?:er|or)$/.test(w) || !tagsOf(w).has("Noun")) return false;
  // The agent is the whole word or its tail after a noun ("story" + "teller").
  for (let i = 0; i + 5 <= w.length; i = i ? i + 1 : 3) {
    if (i && !tagsOf(w.slice(0, i)).has("Noun")) continue;
    const part = w.slice(i);
    const stems = [part.slice(0, -2), part.slice(0, -1), part.slice(0, -3)].filter((x) => x.length >= 3);
    if (stems.some((x) => tagsOf(x).has("Infinitive"))) return true;
  }
  return false;
}

const known = new Map<string, boolean>();

/** "forecasters" → "forecaster", "spokesmen" → "spokesman", "attorneys" → "attorney" (a cheap singular for position nouns). */
export function singularNoun(word: string): string {
  const w = word.toLowerCase();
  if (/men$/.test(w)) return w.replace(/men$/, "man");
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w) && w.length > 4) return w.replace(/ies$/, "y");
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.replace(/es$/, "");
  return w.replace(/s$/, "");
}

/**
 * A noun that names a position or occupation (singular or plural). `strict`: only the closed title heads, for
 * deciding that an unknown name is a person's; otherwise also compromise's Actor nouns and agent nouns
 * ("brakeman", "storyteller"), read only where the text puts them beside a person's name.
 */
export function isPositionNoun(word: string, strict = false): boolean {
  const w = singularNoun(word);
  if (!/^[a-z][a-z-]{2,}$/.test(w) || NOT_POSITIONS.has(w)) return false;
  if (TITLE_HEADS.has(w)) return true;
  if (strict) return false;
  if (PLAYING_POSITIONS.has(w)) return true;
  let yes = known.get(w);
  if (yes === undefined) {
    const tags = tagsOf(w);
    yes =
      !NOT_AGENTS.has(w) &&
      !tags.has("Verb") &&
      (tags.has("Actor") || (AGENT_SUFFIX.test(w) && tags.has("Noun")) || agentOfVerb(w));
    known.set(w, yes);
  }
  return yes;
}
