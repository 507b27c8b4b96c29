/**
 * Page cruft: what a person copying a news page gets besides the article (headlines of other
 * stories, share buttons, captions, bylines, notices). Decided per paragraph by general shapes
 * of web pages, never by the wording of particular articles.
 */

export type Paragraph = { start: number; end: number; cruft: boolean; reason?: string };

/** Notices a site prints above an old or archived article; everything above them is page chrome too. */
const PAGE_NOTICE = [
  /^this (?:article|story|page|content) (?:is|was) (?:more than|over) \S+ \w+ old\b/i,
  /^this is archived (?:material|content)/i,
  /^this (?:was|page was|article was|story was) (?:published|first published|originally published) under\b/i,
  /^archived (?:content|article|material)\b/i,
];

const BOILERPLATE: [RegExp, string][] = [
  [/^(?:send us (?:news|a tip)|tip us off|contact us|got a (?:news )?tip)\b/i, "contact prompt"],
  [/^(?:videos?|photos?|images?|more|stories|presented|powered|sponsored) by\b[^.!?]*$/i, "site label"],
  [
    /^(?:read more|related(?: stories| articles| content| coverage)?|more about|more on this story|other stories you might like|you (?:may|might) (?:also )?like|recommended|most (?:read|popular|viewed)|see also|also read|watch|listen|trending|top stories|latest news|more from)\b\s*[:|–—-]?/i,
    "related links",
  ],
  [
    /^(?:share|share this|share on|tweet|email|print|copy link|follow us|follow|subscribe|sign up|sign in|log in|register|newsletter|join us|download the app|skip to|jump to|back to top|advertisement|advert|sponsored content|topics|tags|filed under|comments?)\b[^.!?]{0,60}$/i,
    "page control",
  ],
  [/^(?:©|copyright\b|\(c\) \d{4}|all rights reserved)/i, "copyright"],
  [/^(?:first published|last (?:modified|updated)|updated|published|posted)\b[^.!?]{0,60}$/i, "page date"],
  [/^(?:reporting|writing|editing|additional reporting|compiled|edited) by\b/i, "wire credit"],
  [/\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\b[^.!?]{0,40}[.!]?$/i, "wire credit"],
  [
    /^(?:our standards|explore more on these topics|reuse this content|image (?:caption|source)|related topics|more on this story|get in touch|have a (?:news )?tip)\b/i,
    "page control",
  ],
  [/^by\s+[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|&|de|van|von|al))*\s*(?:[,|–—-].{0,60})?$/, "byline"],
  [/^text only\b|^skip navigation|^(?:home|news)\s*[>|»]/i, "site navigation"],
  [/^(?:press|news|media) (?:release|statement|advisory)$/i, "page label"],
  [/^(?:for immediate release|contact|media contact|press office|press contact)\b/i, "press contact"],
];

const CAPTION = [
  /\b(?:photograph|photo|picture|image|illustration|credit|composite|video|graphic)s?\s*:\s*\S/i,
  /\/\s*(?:getty(?: images)?|ap|reuters|afp|pa(?: wire| media)?|epa|shutterstock|alamy|rex|bloomberg|sipa|zuma)\s*\)?\s*$/i,
  /\((?:photo|image|picture)s? (?:by|credit|courtesy)\b[^)]*\)\s*$/i,
  /^image (?:source|caption)\b/i,
];

/**
 * "Dangerous weapon: This picture shows a knife …": a short label, a colon and a capitalised line with no full
 * stop at its end, the way papers caption their pictures. Not "He said: 'We will …'" (a speech verb, or a
 * quotation after the colon).
 */
function labelledCaption(t: string): boolean {
  const m = /^([A-Z][A-Za-z'’ -]{0,30}):\s+[A-Z]/.exec(t);
  if (!m || SENTENCE_END.test(t) || m[1].trim().split(/\s+/).length > 4) return false;
  return !/\b(?:said|says|told|tells|added|adds|asked|wrote|writes|explained|warned|stated|insisted|replied)\b/i.test(
    m[1],
  );
}

/** Words with which a caption points at its picture. */
const PICTURE_WORDS = /\bpictured\b|\((?:left|right|centre|center|top|bottom|inset|above|below)\)/i;

const PHONE = /\(\d{3}\)\s*\d{3}[-\s]\d{4}|\+\d{1,3}[\s\d()-]{7,}/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** A line that is only a place and/or a date: "Brussels, 4 June 2011", "May 30, 2001", "Washington, D.C. December 23, 2003". */
export const DATELINE_ONLY = new RegExp(
  `^(?:[A-Z][\\w.,'’ -]{0,40}?,?\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}(?:\\s+\\d{1,2}[.:]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?$`,
  "i",
);
const FOOTNOTE_MARK = /^\[?\d{1,2}\]?\s*:?$/;

const SENTENCE_END = /[.!?…:;]["'”’)\]»]*\s*(?:®)?$/;
const INNER_SENTENCE_END = /[a-z0-9)][.!?]["'”’]?\s+["“]?[A-Z]/;
/** A quotation closed and signed with a dash, as testimonials and epigraphs are: "“…” ― Jane Roe, author of X". */
const SIGNED_QUOTE = /[.!?…,]?["”]\s*[―—–-]+\s*[A-Z][^“”"]{0,100}$/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’“”"']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Paragraph spans of the body: each non-blank line, with hard-wrapped continuation lines joined. */
export function splitParagraphs(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= body.length) {
    let nl = body.indexOf("\n", pos);
    if (nl < 0) nl = body.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(body[s])) s++;
    while (e > s && /\s/.test(body[e - 1])) e--;
    if (e > s) {
      const prev = out[out.length - 1];
      const prevText = prev ? body.slice(prev.start, prev.end) : "";
      const gap = prev ? body.slice(prev.end, s) : "";
      const joined = prev && gap.split("\n").length === 2; // no blank line between
      // A line wrapped inside a sentence: it goes on in lower case, or the break keeps the space of the wrap
      // ("such as Trafalgar\n Square in London", "in an accusatory \nmanner"), as text copied from a web page does.
      // ("was found when\npolice arrested": a line ending in a lower-case word goes on in lower case)
      const wrapped =
        /[ \t]\n|\n[ \t]/.test(gap) || (/^[a-z]/.test(body[s]) && (wordCount(prevText) > 8 || /[a-z]$/.test(prevText)));
      if (joined && wrapped && !SENTENCE_END.test(prevText)) prev.end = e;
      else out.push({ start: s, end: e });
    }
    pos = nl + 1;
  }
  return out;
}

/** Marks each paragraph as article text or page cruft, with the reason for cruft. */
export function classifyParagraphs(body: string, title?: string): Paragraph[] {
  const spans = splitParagraphs(body);
  const texts = spans.map((p) => body.slice(p.start, p.end));
  const paras: Paragraph[] = spans.map((p) => ({ ...p, cruft: false }));
  const mark = (i: number, reason: string) => {
    if (!paras[i].cruft) Object.assign(paras[i], { cruft: true, reason });
  };
  const titleNorm = title ? normalise(title) : "";
  const seen = new Set<string>();
  const footnoteText = new Set<number>();

  texts.forEach((t, i) => {
    const n = normalise(t);
    if (FOOTNOTE_MARK.test(t)) {
      mark(i, "footnote marker");
      if (i + 1 < texts.length) footnoteText.add(i + 1);
      return;
    }
    if (PAGE_NOTICE.some((r) => r.test(t))) {
      mark(i, "page notice");
      // A notice sits in the page header: what comes before it is header too.
      if (i < 8) for (let j = 0; j < i; j++) mark(j, "page header");
      return;
    }
    const bp = BOILERPLATE.find(([r]) => r.test(t));
    if (bp) return mark(i, bp[1]);
    if (CAPTION.some((r) => r.test(t)) || labelledCaption(t)) return mark(i, "photo caption or credit");
    if (PHONE.test(t) && wordCount(t) < 15) return mark(i, "contact line");
    if (URL_LINE.test(t) || (t.split(/\s[|•·]\s/).length >= 3 && !SENTENCE_END.test(t))) return mark(i, "link list");
    if (DATELINE_ONLY.test(t)) return mark(i, "dateline");
    if (
      n &&
      (n === titleNorm ||
        (titleNorm && n.endsWith(titleNorm) && wordCount(t) <= wordCount(title ?? "") + 8) ||
        seen.has(n))
    ) {
      return mark(i, "repeated headline");
    }
    if (n) seen.add(n);
  });

  // Short lines without sentence punctuation are headlines, section labels and link text.
  // At the edges of the body they are always cruft; inside it only when very short.
  const punctuated = (t: string) => SENTENCE_END.test(t) || INNER_SENTENCE_END.test(t) || SIGNED_QUOTE.test(t);
  const prose = (i: number) => !paras[i].cruft && punctuated(texts[i]) && wordCount(texts[i]) >= 6;
  let first = texts.findIndex((_, i) => prose(i));
  let last = texts.length - 1;
  while (last >= 0 && !prose(last)) last--;
  if (first < 0) first = texts.length;
  const proseCount = texts.filter((_, i) => prose(i)).length;
  texts.forEach((t, i) => {
    if (paras[i].cruft || footnoteText.has(i) || punctuated(t)) return;
    const words = wordCount(t);
    if ((i < first || i > last) && words <= 30) mark(i, "headline or label");
    else if (words <= 8) mark(i, "subheading or label");
    // "Police found the body of the postmistress, pictured with her late husband, in the hallway": a line that
    // points at a picture and ends no sentence, among paragraphs that end theirs, is the picture's caption
    else if (proseCount >= 5 && PICTURE_WORDS.test(t) && !/[,;]\s*$/.test(t)) mark(i, "photo caption or credit");
  });
  return paras;
}
