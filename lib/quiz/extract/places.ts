/** Places: a general gazetteer of countries, continents, capitals and US states, never names from an article. */

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Country and union short forms that prefix titles ("UK Prime Minister", "U.S. Secretary") but are places. */
export const PLACE_ACRONYMS = set(`uk u.k. us u.s. usa u.s.a. eu e.u. un u.n. uae`);

/**
 * Countries, continents, capitals and US states: places, never people. A general gazetteer (lower-case;
 * multi-word names as written), not names taken from any article.
 */
export const PLACES = set(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi
  cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark djibouti dominica
  ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
  grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
  jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
  liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
  micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua
  niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
  russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
  switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine
  uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales america
  europe asia africa antarctica oceania arctic
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
  london paris berlin madrid rome brussels moscow beijing tokyo delhi seoul kyiv kiev warsaw vienna prague budapest
  athens lisbon dublin edinburgh cardiff belfast amsterdam stockholm oslo copenhagen helsinki geneva zurich bern
  ankara istanbul tehran baghdad riyadh doha dubai cairo jerusalem beirut damascus amman nairobi lagos johannesburg
  ottawa toronto canberra sydney melbourne wellington beijing shanghai mumbai karachi islamabad kabul bangkok hanoi
  manila jakarta singapore caracas bogota lima santiago brasilia havana chicago boston houston
`);

for (const p of [
  "saudi arabia",
  "south korea",
  "north korea",
  "new zealand",
  "south africa",
  "united states",
  "united kingdom",
  "united arab emirates",
  "hong kong",
  "sri lanka",
  "costa rica",
  "el salvador",
  "czech republic",
  "ivory coast",
  "new york",
  "new jersey",
  "new mexico",
  "new hampshire",
  "north carolina",
  "south carolina",
  "north dakota",
  "south dakota",
  "west virginia",
  "rhode island",
  "northern ireland",
  "great britain",
  "latin america",
  "middle east",
  "south america",
  "north america",
  "los angeles",
  "san francisco",
  "new delhi",
  "buenos aires",
  "mexico city",
  "washington, d.c.",
  "horn of africa",
  "the sahel",
  "sahel",
  "balkans",
  "the balkans",
  "caribbean",
  "indo-pacific",
  "persian gulf",
  "the gulf",
  "gulf",
  "guam",
  "puerto rico",
  "the united states",
  "the uk",
  "the us",
  "the eu",
])
  PLACES.add(p);

export const isPlaceName = (name: string) =>
  PLACES.has(
    name
      .toLowerCase()
      .replace(/['’]s$|(?<=s)['’]$/, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
