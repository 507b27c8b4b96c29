import { describe, expect, it } from "vitest";
import { extractFacts } from "./extract";
import { matchLongForm } from "./extract/acronyms";
import { normalise } from "./extract/events";
import type { ArticleFacts } from "./types";

const facts = (text: string, published?: string): ArticleFacts => {
  const fm = published ? `---\ntitle: "T"\npublished: "${published}"\n---\n` : "";
  return extractFacts([{ slug: "a", text: fm + text }])[0];
};
const name = (f: ArticleFacts, id: string | null | undefined) => f.entities.find((e) => e.id === id)?.name ?? id;

describe("acronyms", () => {
  it("finds Long (LF), LF (Long), 'Long, or LF' and a bare follower", () => {
    const f = facts(
      "The World Health Organization (WHO) met. The IMF (International Monetary Fund) agreed. " +
        "The Office for National Statistics, or ONS, published data. The European Medicines Agency EMA approved it.",
    );
    expect(f.acronyms.map((a) => `${a.short}=${a.long}`)).toEqual([
      "WHO=World Health Organization",
      "IMF=International Monetary Fund",
      "ONS=Office for National Statistics",
      "EMA=European Medicines Agency",
    ]);
  });
  it("drops a country prefix and a possessive from the long form", () => {
    expect(matchLongForm("FDA", "the U.S. Food and Drug Administration")).toBe("Food and Drug Administration");
    expect(facts("Officials at the Transport Security Administration's (TSA) office spoke.").acronyms[0].long).toBe(
      "Transport Security Administration",
    );
  });
  it("does not invent definitions for acronyms that are only used", () => {
    const f = facts(
      "The FBI said NATO allies and the BBC were told. Prices rose (see chart). He called 911 (emergency).",
    );
    expect(f.acronyms).toEqual([]);
  });
});

describe("roles", () => {
  const roles = (text: string) => {
    const f = facts(text);
    return f.roles.map((r) => `${name(f, r.person)} | ${r.title} | ${r.organization ? name(f, r.organization) : ""}`);
  };
  it("splits organisation and title before a name", () => {
    expect(roles("The Bank of England (BoE) said BoE Deputy Governor Sarah Breeden would speak.")).toEqual([
      "Sarah Breeden | Deputy Governor | Bank of England",
    ]);
  });
  it("reads 'X, a spokesman for Y' and 'said X, chief executive of Y'", () => {
    expect(roles('"We regret it," said Tom Harris, a spokesman for Network Rail.')).toEqual([
      "Tom Harris | spokesman | Network Rail",
    ]);
    expect(roles('"Sales fell," said Priya Shah, chief executive of Acme Holdings.')).toEqual([
      "Priya Shah | chief executive | Acme Holdings",
    ]);
  });
  it("reads a possessive organisation before the title", () => {
    expect(
      roles("The council's leader, Maria Gonzalez, rejected the claim. The Guardian's editor, Kath Viner, agreed."),
    ).toContain("Kath Viner | editor | Guardian");
  });
  it("keeps portfolio titles whole and drops military ranks", () => {
    expect(roles("Secretary of State Antony Blinken and Home Secretary Priti Patel met Gen. Mark Milley.")).toEqual([
      "Antony Blinken | Secretary of State | ",
      "Priti Patel | Home Secretary | ",
    ]);
  });
  it("makes no person out of a bare title", () => {
    const f = facts("The Director General said the Attorney General would decide.");
    expect(f.entities.filter((e) => e.kind === "person")).toEqual([]);
    expect(f.roles).toEqual([]);
  });
});

describe("quotes", () => {
  it("attributes inverted, preposed and pronoun cues, and carries a follow-on paragraph", () => {
    const f = facts(
      [
        "Mayor Linda Park spoke on Friday.",
        "“We will rebuild,” said Mayor Linda Park. “It will take years.”",
        "“Nobody will be left behind.”",
        "Later she said that “the money is already there.”",
        'Police Chief Omar Reed told reporters: "We have made four arrests."',
      ].join("\n\n"),
    );
    expect(f.quotes.map((q) => `${name(f, q.speaker)}: ${q.text}`)).toEqual([
      "Linda Park: We will rebuild",
      "Linda Park: It will take years.",
      "Linda Park: Nobody will be left behind.",
      "Linda Park: the money is already there.",
      "Omar Reed: We have made four arrests.",
    ]);
  });
  it("joins a quote that runs over paragraphs without a closing mark", () => {
    const f = facts("Jo Bell said: “First part of it.\n\n“Second part of it.”\n\nThe end came.");
    expect(f.quotes.map((q) => q.text)).toEqual(["First part of it.", "Second part of it."]);
    expect(new Set(f.quotes.map((q) => name(f, q.speaker)))).toEqual(new Set(["Jo Bell"]));
  });
  it("resolves a surname and a document source to the full entity", () => {
    const f = facts(
      "Finance Minister Karl Weber arrived. Weber said the plan would “cut waste across every department.” " +
        "“The review is complete,” a Treasury Department statement reads.",
    );
    expect(f.quotes.map((q) => name(f, q.speaker))).toEqual(["Karl Weber", "Treasury Department"]);
  });
  it("ignores scare quotes and quoted titles", () => {
    const f = facts(
      'The so-called "smart" meters failed. She signed the order "Protecting the Rights of American Workers and Families Act."',
    );
    expect(f.quotes).toEqual([]);
  });
});

describe("descriptions", () => {
  it("reads appositions and copulas about organisations", () => {
    const f = facts(
      "The country's top health body, the National Health Council (NHC), met. The NHC is the government’s adviser on public health. " +
        "Ofcom, the communications regulator, disagreed.",
    );
    const d = f.descriptions.map((x) => `${name(f, x.subject)}: ${x.text}`);
    expect(d).toContain("National Health Council: The country's top health body");
    expect(d).toContain("National Health Council: the government’s adviser on public health");
  });
});

describe("events", () => {
  it("keeps the phrase as written and dates it from the article date, past-biased", () => {
    const f = facts(
      "The plant closed on Friday. It opened in 1998. Talks began last year. The law takes effect on July 2, officials said.",
      "2024-03-13",
    );
    expect(f.events.map((e) => `${e.when}=${e.date}`)).toEqual([
      "Friday=2024-03-08",
      "1998=1998",
      "last year=2023",
      "July 2=2024-07-02",
    ]);
  });
  it("skips dates inside quotations, 'since YEAR' and attributive years", () => {
    const f = facts('He said "we meet tomorrow" again. Output is the highest since 1991. The 2019 report was late.');
    expect(f.events).toEqual([]);
  });
  it("normalises weekday dates to the year that fits the weekday", () => {
    expect(normalise("Monday 6th June", new Date("2011-06-04T00:00:00Z"), false)).toBe("2011-06-06");
  });
});

describe("entities across articles", () => {
  it("is one entity across articles, with stable ids", () => {
    const run = () =>
      extractFacts([
        { slug: "one", text: "Interpol Secretary General Jürgen Stock said the police body would act." },
        { slug: "two", text: "Stock told reporters the plan was ready." },
      ]);
    const [a, b] = run();
    const id = a.roles[0].person;
    expect(b.entities.map((e) => e.id)).toContain(id);
    expect(JSON.stringify(run())).toBe(JSON.stringify([a, b]));
  });
});
