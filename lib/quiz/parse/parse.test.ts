import { describe, expect, it } from "vitest";
import { classifyParagraphs } from "./cruft";
import { FrontMatterError, parseArticle } from "./article";
import { splitSentences } from "./sentences";

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("does not split after titles, initials, No. before a number, or U.S. mid-sentence", () => {
    const t =
      "Det. Supt. Anna Reid of the Met said Gen. Mark A. Milley met U.S. officials at No. 10 Downing Street. They left.";
    expect(sentences(t)).toEqual([
      "Det. Supt. Anna Reid of the Met said Gen. Mark A. Milley met U.S. officials at No. 10 Downing Street.",
      "They left.",
    ]);
  });
  it("splits after a closing quote and keeps the quote mark with its sentence", () => {
    expect(sentences('“We are ready.” The minister left. "Really?" she asked.')).toEqual([
      "“We are ready.”",
      "The minister left.",
      '"Really?" she asked.',
    ]);
  });
  it("ends a sentence at U.S. when a usual sentence opener follows", () => {
    expect(sentences("The firm moved to the U.S. The move cost $2 million.")).toHaveLength(2);
  });
  it("gives offsets into the original text", () => {
    const t = "  First one.  Second one.";
    const spans = splitSentences(t);
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(["First one.", "Second one."]);
  });
});

describe("classifyParagraphs", () => {
  const body = [
    "This article is more than 2 years old",
    "Minister quits over leaked memo",
    "By Sarah Collins, Political Correspondent",
    "LONDON (Reuters) — The health minister resigned on Monday after a leaked memo showed she had ignored advice.",
    "Read more: Who could replace her?",
    "The minister leaves Downing Street on Monday. Photograph: Toby Melville/Reuters",
    "Her deputy will take over until a successor is named, officials said.",
    "Share on Facebook",
    "Topics",
  ].join("\n\n");
  const paras = classifyParagraphs(body);
  const text = (i: number) => body.slice(paras[i].start, paras[i].end);
  it("marks notices, headlines, bylines, related links, captions and share lines as cruft", () => {
    const cruft = paras.filter((p) => p.cruft).map((p) => body.slice(p.start, p.end));
    expect(cruft).toEqual([
      "This article is more than 2 years old",
      "Minister quits over leaked memo",
      "By Sarah Collins, Political Correspondent",
      "Read more: Who could replace her?",
      "The minister leaves Downing Street on Monday. Photograph: Toby Melville/Reuters",
      "Share on Facebook",
      "Topics",
    ]);
    expect(text(3)).toMatch(/^LONDON/);
  });
  it("joins a line wrapped inside a sentence, where the break keeps the space of the wrap", () => {
    const wrapped = [
      "Many cities, such as Leeds\n and York, are famous for their birds.",
      "'I've\n had people ask me what I'm photographing in an odd \nmanner because they wonder why.",
      "Headline line\nA new sentence starts on its own line.",
      "The photo was found when\npolice arrested him.",
    ].join("\n\n");
    expect(classifyParagraphs(wrapped).map((p) => wrapped.slice(p.start, p.end))).toEqual([
      "Many cities, such as Leeds\n and York, are famous for their birds.",
      "'I've\n had people ask me what I'm photographing in an odd \nmanner because they wonder why.",
      "Headline line",
      "A new sentence starts on its own line.",
      "The photo was found when\npolice arrested him.",
    ]);
  });
  it("marks a labelled picture caption with no full stop as cruft, not a line that introduces speech", () => {
    const t = [
      "Police found a knife under the floorboards of the house.",
      "Dangerous weapon: This picture shows a knife with his name engraved on the blade",
      "He said: That was the end of the matter for the whole family and for us",
      "Warning: The storm reached the coast on Monday.",
    ].join("\n\n");
    expect(classifyParagraphs(t).map((p) => p.cruft)).toEqual([false, true, false, false]);
    // a caption pointing at its picture, among paragraphs that end their sentences
    const story = [
      "Police were called to the house on Monday.",
      "They found the front door of the house open.",
      "Officers searched the rooms one by one.",
      "The body of the retired postmistress, pictured with her late husband Jack, was in the hallway",
      "Nothing had been taken from the house.",
      "Detectives are still appealing for witnesses.",
    ].join("\n\n");
    expect(classifyParagraphs(story).map((p) => p.cruft)).toEqual([false, false, false, true, false, false]);
  });
  it("keeps a footnote's text but not its marker", () => {
    const p = classifyParagraphs("The ABC1 Council met.\n\n1 :\n\nAlpha Beta Council");
    expect(p.map((x) => x.cruft)).toEqual([false, true, false]);
  });
});

describe("parseArticle", () => {
  it("reads front matter; offsets index the body after it", () => {
    const a = parseArticle({
      slug: "x",
      text: '---\ntitle: "Hello"\npublished: 2020-02-03\n---\n\nWASHINGTON (AP) — The vote passed. It was close.\n',
    });
    expect(a.meta).toEqual({ slug: "x", title: "Hello", published: "2020-02-03" });
    expect(a.sentences.map((s) => s.sentence)).toEqual(["The vote passed.", "It was close."]);
    for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.sentence);
  });
  it("takes the title from the first headline line and the date from a dateline", () => {
    const a = parseArticle({
      slug: "y",
      text: "Council approves new budget\n\nLeeds, 3 March 2019\n\nThe council approved the budget on Tuesday after a long debate.",
    });
    expect(a.meta.title).toBe("Council approves new budget");
    expect(a.meta.published).toBe("2019-03-03");
  });
  it("throws FrontMatterError with a line for an unclosed block, bad YAML or a non-string title", () => {
    const err = (text: string) => {
      try {
        parseArticle({ slug: "z", text });
      } catch (e) {
        return e;
      }
    };
    expect(err("---\ntitle: x\nbody")).toMatchObject({ line: 1, reason: expect.stringMatching(/never closed/) });
    expect(err("---\ntitle: x\nfoo: [1, 2\n---\nbody")).toBeInstanceOf(FrontMatterError);
    expect(err("---\nsource: s\ntitle: 42\n---\nbody")).toMatchObject({
      line: 3,
      reason: expect.stringMatching(/title/),
    });
  });
});
