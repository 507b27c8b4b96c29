import {
  isAcronymWord,
  isHonorific,
  isDemonym,
  isOrgHead,
  isPlaceName,
  isTitleHead,
  isTitleWord,
  FUNCTION_WORDS,
  LOCAL_GOVERNMENT,
  PLACE_ACRONYMS,
  PORTFOLIOS,
} from "./lexicon";

/** Parties before a title ("Republican Majority Leader"): a label, not the post's organisation. */
export const PARTIES = /^(?:Republican|Democratic|Democrat|Labour|Conservative|Tory|Libertarian)$/;

/** Posts held over a place, whose place is no organisation ("Williamstown Mayor", "Ohio Senator"). */
const TERRITORIAL = new Set(
  "mayor governor senator representative congressman congresswoman councilman councilwoman councillor councilor councilmember alderman alderwoman assemblyman assemblywoman selectman premier".split(
    " ",
  ),
);
export const isTerritorial = (w: string | undefined) => TERRITORIAL.has((w ?? "").toLowerCase());

/** Capitalised nouns joined by "and" ("Prisons and Probation"), none an organisation head or acronym. */
export function isPortfolioRun(words: string[]): boolean {
  const i = words.findIndex((w) => w.toLowerCase() === "and");
  if (i < 1 || i === words.length - 1 || words.length > 5) return false;
  return words.every(
    (w, k) => k === i || (/^[A-Z][a-z]+$/.test(w) && !isOrgHead(w.toLowerCase()) && !isPlaceName(w) && !isDemonym(w)),
  );
}

/**
 * Splits "NCA Director General" into org "NCA" and title "Director General";
 * "U.S. Health and Human Services Secretary" into "Health and Human Services" + "Secretary";
 * "Home Secretary" stays one title. Returns undefined when there is no title head.
 */
export function titleSplit(words: string[], lower: string[]): { title: string; org?: string } | undefined {
  if (!words.length) return undefined;
  // "Ex Home Secretary", "Ex-Chelsea manager": "ex" is "former", never an organisation or a part of one
  const ex = /^ex(?:-(.+))?$/i.exec(words[0]);
  if (ex) {
    const rest = ex[1] ? [ex[1], ...words.slice(1)] : words.slice(1);
    const split = titleSplit(
      rest,
      rest.map((w) => w.toLowerCase()),
    );
    return split && { ...split, title: `${/^[A-Z]/.test(split.title) ? "Former" : "former"} ${split.title}` };
  }
  let lastHead = -1;
  for (let i = words.length - 1; i >= 0; i--)
    if (isTitleHead(lower[i])) {
      lastHead = i;
      break;
    }
  if (lastHead < 0) return undefined;
  // Title words run back from the head over modifiers, e.g. "Deputy Assistant Director".
  let s = lastHead;
  while (s > 0 && isTitleWord(lower[s - 1]) && !isAcronymWord(words[s - 1])) s--;
  // A "for/of X" complement after the head stays in the title ("Secretary of Commerce").
  // "Public Works Director", "Public Health Director": a municipal function before the title belongs to it
  // (only as a whole run of function words that is not an organisation's name).
  let f = s;
  while (f > 0 && FUNCTION_WORDS.has(lower[f - 1]) && !isAcronymWord(words[f - 1])) f--;
  if (f < s && s - f >= 1 && (s - f >= 2 || FUNCTION_WORDS.has(lower[f])) && !isOrgHead(lower[s - 1])) s = f;
  let prefix = words.slice(0, s);
  let title = words.slice(s);
  // "Lt. Gov.", "Lieutenant Governor": the rank is part of the post, never its organisation.
  if (prefix.length && /^(?:lt|lieutenant)$/.test(lower[s - 1])) {
    title = ["Lieutenant", ...title];
    prefix = prefix.slice(0, -1);
  }
  // "His Honour Judge X": a form of address before the title is no organisation.
  while (prefix.length && isHonorific(prefix[0])) prefix = prefix.slice(1);
  // "Harris County Fire Marshal": the county (city, township) before the title is the organisation.
  while (
    title.length > 1 &&
    prefix.length &&
    LOCAL_GOVERNMENT.test(title[0]) &&
    !isPlaceName(prefix.join(" ") + " " + title[0])
  ) {
    prefix = [...prefix, title[0]];
    title = title.slice(1);
  }
  if (prefix.length && PLACE_ACRONYMS.has(prefix[0].toLowerCase())) prefix = prefix.slice(1);
  // "Egyptian Foreign Minister": a nationality is no organisation.
  if (prefix.length === 1 && (isDemonym(prefix[0]) || PARTIES.test(prefix[0]))) prefix = [];
  // "Williamstown Mayor", "Fairfax County Supervisor": an elected post of a place names the place, no organisation.
  if (
    prefix.length &&
    isTerritorial(title[title.length - 1]) &&
    !prefix.some((w) => isOrgHead(w) || isAcronymWord(w) || /^[A-Z]\w*[A-Z]/.test(w))
  )
    prefix = [];
  // "Missouri Attorney General", "Texas Gov.": a state or country before the title is not an organisation.
  if (prefix.length && isPlaceName(prefix.join(" "))) prefix = [];
  if (prefix.length && isAcronymWord(prefix[0]) && prefix.length > 1) {
    title = [...prefix.slice(1), ...title];
    prefix = prefix.slice(0, 1);
  } else if (prefix.length === 1 && PORTFOLIOS.has(prefix[0].toLowerCase())) {
    title = [...prefix, ...title];
    prefix = [];
  } else if (isPortfolioRun(prefix) && /^(?:minister|secretary)$/i.test(title[0])) {
    // "Prisons and Probation Minister", "Energy and Net Zero Secretary": a portfolio of nouns joined by "and".
    title = [...prefix, ...title];
    prefix = [];
  }
  // "Director of the NSA", "Administrator for NOAA": an organisation complement leaves the title.
  const c = title.findIndex((w, i) => i > 0 && /^(?:of|for|at)$/i.test(w));
  if (c > 0) {
    const comp = title.slice(c + 1).filter((w, i) => !(i === 0 && /^the$/i.test(w)));
    if (comp.length && (isAcronymWord(comp[0]) || isOrgHead(comp[comp.length - 1].toLowerCase()))) {
      title = [...prefix, ...title.slice(0, c)];
      prefix = comp;
    }
  }
  const org = prefix.join(" ").replace(/^the /i, "");
  return { title: title.join(" "), org: org || undefined };
}
