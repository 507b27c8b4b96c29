/**
 * Closed word classes of news English that the rules need: job titles, organisation head
 * nouns, honorifics, speech verbs. General vocabulary, not names from any article.
 */

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Nouns that head a job title ("Director", "head", "spokeswoman"). Lower-case. */
export const TITLE_HEADS = set(`
  director president secretary minister chancellor governor senator commissioner administrator chief head
  chair chairman chairwoman chairperson commander manager officer spokesman spokeswoman spokesperson ambassador
  mayor judge attorney inspector superintendent supt detective professor founder co-founder cofounder editor
  executive ceo cfo coo cto leader speaker treasurer coordinator adviser advisor deputy representative
  congressman congresswoman councillor councilor constable lawmaker envoy counsel prosecutor sheriff
  commissioner governor-general premier president-elect chairman-elect principal dean provost rector
  analyst economist researcher lawyer lecturer strategist partner marshal general
  councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman selectman
  trustee comptroller controller registrar recorder magistrate justice solicitor barrister
  co-chair co-head co-founder vice-chair vice-president vice-chancellor scientist correspondent
  planner practitioner nurse teacher astronomer author firefighter defender member physician writer
  historian biologist physicist chemist geologist ecologist epidemiologist archaeologist paleontologist
  palaeontologist engineer architect surgeon pilot diplomat negotiator consultant curator investigator
  organizer organiser coach trooper agent auditor accountant librarian counselor counsellor economist
  meteorologist climatologist oceanographer virologist neuroscientist psychologist sociologist
  nominee candidate aide surrogate staffer activist official pollster host anchor columnist commentator reporter
  journalist critic laureate whip clerk pastor priest bishop rabbi imam chaplain lobbyist scholar expert specialist
  producer forecaster coroner pathologist paramedic photographer psychiatrist pharmacist dentist midwife
`);

/** Abbreviated titles before a name, written out ("Sen. X" → "Senator"). Lower-case, without the period. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: "Senator",
  rep: "Representative",
  gov: "Governor",
  "lt. gov": "Lieutenant Governor",
  atty: "Attorney",
  supt: "Superintendent",
  insp: "Inspector",
  det: "Detective",
  cllr: "Councillor",
  amb: "Ambassador",
  pres: "President",
  sec: "Secretary",
  comm: "Commissioner",
  assemb: "Assemblymember",
};

/** Words that may precede or sit inside a title ("Prime Minister", "Deputy Assistant Director"). */
export const TITLE_MODIFIERS = set(`
  prime deputy assistant vice executive general acting senior principal chief regional national special associate
  interim managing first lord home foreign shadow attorney solicitor surgeon press political operating financial
  technology information security lead former incoming outgoing permanent under junior high district
  state federal county city police fire public presiding retired lead trial commanding majority minority ranking poet
`);

/** A single portfolio word before a title belongs to it ("Home Secretary", "Health Minister"). */
export const PORTFOLIOS = set(`
  home foreign defence defense health education justice culture business transport treasury environment energy
  trade interior finance economy labour labor housing agriculture commerce immigration security transportation
  homeland veterans culture digital science technology cybersecurity cyber communications policy opposition
`);

/** Ranks and forms of address before a name: not a role (the military rank is not a position). */
export const HONORIFICS = set(`
  mr mrs ms miss mx dr prof sir dame lady lord rev reverend fr father sister brother cardinal archbishop
  baroness baron
  gen general adm admiral col colonel lt lieutenant maj major capt captain sgt sergeant cpl corporal pvt private
  cmdr brig brigadier hon rt honour honor excellency majesty highness worship lordship ladyship eminence holiness
`);

/** Last words of organisation names. */
export const ORG_HEADS = set(`
  agency agencies headquarters center centre council committee subcommittee office department ministry service services
  authority administration unit cell group institute institutes commission bureau court party university college
  school bank fund foundation association corporation company inc ltd corp plc llc organisation organization
  force forces command police army navy parliament congress senate assembly cabinet government board trust society
  federation union network division project directorate secretariat taskforce alliance coalition consortium
  league club team institution laboratory laboratories lab labs hospital clinic charity partnership program programme
  exchange times post journal news telegraph guardian herald tribune gazette register reuters press
  technologies systems holdings partners industries pharmaceuticals therapeutics robotics sensors networks
  solutions ventures capital airlines airways motors labs manufacturers producers growers dealers retailers
  exporters importers builders contractors foods brands electronics pictures studios records entertainment chemicals
  petroleum automotive logistics insurance bancorp financial securities investments properties hotels resorts
  restaurants apparel mills steel stores co
`);

/** Company-form suffixes written after a comma ("Acme, Inc.", "Widget Co., Ltd."). */
export const COMPANY_SUFFIX = /^,?\s*(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|plc|PLC|LP|L\.P|AG|SA|NV|GmbH)\.?(?=[\s,.;)]|$)/;

/** Common nouns that, after "the", refer back to an organisation ("the agency", "The cell"). */
export const ORG_NOUNS = set(`
  agency unit cell committee subcommittee body office department ministry service authority administration group
  institute commission bureau council organisation organization company firm center centre division team task force
  partnership network board union association district university hospital court newspaper coalition alliance
`);

/** Head nouns of an appositive that says what an organisation is ("a British-American non-profit", "the EU's executive arm"). */
export const ORG_KIND_NOUNS = set(`
  agency unit cell committee subcommittee body office department ministry service authority administration group
  institute commission bureau council organisation organization company firm center centre division team force
  partnership network board arm wing branch watchdog regulator charity nonprofit non-profit not-for-profit
  think-tank thinktank tank bank lender insurer broker fund provider maker manufacturer producer developer
  operator carrier retailer supplier publisher broadcaster platform startup start-up union association
  federation alliance coalition consortium league club society foundation trust party court university college
  school hospital laboratory outlet newspaper network giant conglomerate subsidiary owner chain airline
  exchange marketplace regulator body campaign campaigners lobby magazine paper tabloid daily weekly journal
  channel station website publication newswire studio label brand processor contractor distributor exporter
  importer vendor wholesaler refiner miner grocer automaker carmaker chipmaker drugmaker utility
`);

/** Verbs that introduce or close a quotation. */
export const SPEECH_VERBS = set(`
  said says say saying stated states stating told tells telling added adds adding warned warns warning
  explained explains noted notes noting continued continues concurred concurs argued argues insisted insists
  claimed claims wrote writes writing reads read announced announces commented comments remarked remarks
  stressed stresses emphasised emphasized emphasises emphasizes acknowledged acknowledges admitted admits
  declared declares asked asks replied replies responded responds recalled recalls observed observes
  suggested suggests predicted predicts promised promises vowed vows urged urges cautioned cautions
  tweeted tweets posted posts confirmed confirms denied denies conceded concedes described describes
  called calls
`);

export { isPlaceName, PLACE_ACRONYMS, PLACES } from "./places";

export const MONTH_OR_DAY = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Capitalised words that start sentences or headlines without naming anything. */
/** Departments and functions of an organisation, which a page may capitalise but which name no person. */
export const DEPARTMENT_WORDS = set(`
  operations finance marketing sales communications security engineering research development legal compliance
  procurement logistics personnel accounts admissions facilities planning treasury justice defense defence
  transport transportation education health housing payroll support management administration
`);

export const NOT_NAMES = set(`
  the a an this that these those it its he she they we i you his her their our my your there here
  but and or so if when while after before as at in on of for by with from to into over under about
  what who which where why how however meanwhile also regardless still yet back last next earlier later
  today yesterday tomorrow tonight speaking according within during under since until among between
  one two three four five six seven eight nine ten first second third new former many some all both each
  mr mrs ms dr
  olympic olympics paralympic paralympics commonwealth
`);

export const isTitleWord = (w: string) => TITLE_HEADS.has(w.toLowerCase()) || TITLE_MODIFIERS.has(w.toLowerCase());
export const isTitleHead = (w: string) => TITLE_HEADS.has(w.toLowerCase());
export const isHonorific = (w: string) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, ""));
export const isOrgHead = (w: string) => ORG_HEADS.has(w.toLowerCase());

/** "GCHQ", "NW3C", "IC3", "U.S." — at least two capitals, no lower-case letters. */
export function isAcronymWord(w: string): boolean {
  return /^(?:[A-Z][A-Z0-9&]{1,9}|(?:[A-Z]\.){2,4})$/.test(w) && /[A-Z].*[A-Z]|[A-Z]\./.test(w);
}

/** "Trump's", "Trump’s" and, as some wires type it, "Trump‘s" (an opening quotation mark for the apostrophe). */
export const stripPossessive = (w: string) => w.replace(/(?<=\w)['’‘]s$|(?<=s)['’‘]$/, "");
export const isPossessive = (w: string) => /\w['’‘]s$|s['’‘]$/.test(w);

/** Words that name a municipal or corporate function before a title ("Public Works Director", "Public Health Director"). */
export const FUNCTION_WORDS = set(`
  public works health safety parks recreation utilities planning transit water sanitation emergency management
  human resources community development economic affairs communications operations marketing sales engineering
  research product investor relations legal compliance risk information technology digital strategy
`);

/** Local governments that end in one of these words own the titles after them ("Harris County Fire Marshal"). */
export const LOCAL_GOVERNMENT = /^(?:County|City|Township|Parish|Borough)$/;

/** Plural collective nouns that follow "Member" and similar words as a common noun phrase ("Member States"): never a name. */
export const COLLECTIVE_PLURALS = set(`
  states nations countries parties governments members organisations organizations agencies authorities
  institutions regions territories bodies
`);

/** Nationality adjectives ("Egyptian Foreign Minister"): no organisation. */
export const isDemonym = (w: string) =>
  /^[A-Z][a-z]+(?:ian|ean|ese|ish|i)$/.test(w) ||
  /^(?:American|German|Mexican|African|Korean|Dutch|French|Swiss|Greek|Thai|Welsh|Cuban|Chilean|Moroccan|Kenyan|Ugandan|Sudanese|Tibetan|Afghan|Libyan|Kazakh|Uzbek|Tajik|Filipino|Argentine|Czech|Slovak|Kurd|Mongol|Zimbabwean|Rwandan|Tanzanian|Venezuelan|Peruvian)$/.test(
    w,
  );

/** Common nouns that, with "the" or "its", stand for an organisation, with the organisation head words each may refer to. */
export const ORG_NOUN_HEADS: Record<string, string[]> = {
  union: ["union", "association", "federation", "guild"],
  agency: [
    "agency",
    "administration",
    "commission",
    "authority",
    "department",
    "office",
    "bureau",
    "service",
    "ministry",
  ],
  department: ["department", "police", "office", "ministry"],
  ministry: ["ministry", "department", "office"],
  company: ["inc", "corp", "corporation", "company", "co", "ltd", "plc", "llc", "group", "holdings", "technologies"],
  firm: [
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "plc",
    "llc",
    "group",
    "holdings",
    "capital",
    "partners",
    "securities",
  ],
  group: [
    "group",
    "alliance",
    "coalition",
    "association",
    "network",
    "council",
    "project",
    "society",
    "foundation",
    "federation",
    "union",
    "campaign",
  ],
  district: ["district"],
  commission: ["commission"],
  board: ["board"],
  university: ["university", "college", "institute"],
};
