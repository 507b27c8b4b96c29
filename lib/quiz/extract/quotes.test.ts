import { describe, expect, it } from "vitest";
import { isScareOrTitle } from "./quotes";
import { facts, name, quotes, speakers } from "./test-helpers";

describe("quotation spans", () => {
  it("joins a quote that runs over paragraphs without a closing mark", () => {
    const f = facts("Jo Bell said: “First part of it.\n\n“Second part of it.”\n\nThe end came.");
    expect(f.quotes.map((q) => q.text)).toEqual(["First part of it.", "Second part of it."]);
    expect(new Set(f.quotes.map((q) => name(f, q.speaker)))).toEqual(new Set(["Jo Bell"]));
  });
  it("ignores scare quotes and quoted titles", () => {
    expect(
      facts(
        'The so-called "smart" meters failed. She signed the order "Protecting the Rights of American Workers and Families Act."',
      ).quotes,
    ).toEqual([]);
  });
  it("takes short title-case quoted names as titles, not speech", () => {
    expect(isScareOrTitle("The Salt Road,")).toBe(true);
    expect(isScareOrTitle("War and Peace.")).toBe(true);
    expect(isScareOrTitle("We Will Win This.")).toBe(true);
    expect(isScareOrTitle("We will win this fight.")).toBe(false);
  });
});

describe("single quotation marks", () => {
  it("reads British single-mark quotations introduced by a colon or closed by a cue, across apostrophes", () => {
    expect(
      quotes(
        "Sentencing him on Friday, Judge Catherine Hale said: 'You targeted people who trusted you. They didn't deserve it.'\n\n" +
          "'We would urge anyone who was a victim to come forward,' she added.",
      ),
    ).toEqual([
      "Catherine Hale: You targeted people who trusted you. They didn't deserve it.",
      "Catherine Hale: We would urge anyone who was a victim to come forward",
    ]);
  });
  it("closes a single-marked term at a spaced dash: the narration after it is no quotation", () => {
    expect(
      quotes(
        "Health officials last night said Mr Pooley was 'not seriously unwell' – a factor which will boost his chance of survival. Most patients die of dehydration.",
      ),
    ).toEqual([]);
  });
  it("does not take apostrophes or single-marked terms as quotes", () => {
    expect(
      quotes(
        "The victims' homes were searched. Officers called it 'Operation Bluebird' and the 'dark web' was cited. It's the firm's 'best year'.",
      ),
    ).toEqual([]);
  });
  it("a single-marked term in a headline is no quote; single-marked speech still is", () => {
    expect(
      facts(
        "Ofcom's age checks: 'Highly effective' or highly theatrical?\n\nThe regulator published its code on Tuesday.",
      ).quotes,
    ).toEqual([]);
    expect(facts("'We will not back down on this at all,' the minister said.").quotes.map((q) => q.text)).toEqual([
      "We will not back down on this at all",
    ]);
  });
});

describe("found on news7 (Daily Mail copies)", () => {
  it("reads a whole paragraph of single-marked sentences as a quotation, and goes on past a picture caption", () => {
    expect(
      facts(
        [
          "Midfielder Dan Orrell has praised his goalkeeper, Alan Greer.",
          "'He's been inspirational since day one. He works really hard on penalties with the other keepers.'",
          "The defender was speaking after the match.",
        ].join("\n\n"),
      ).quotes.map((q) => q.text),
    ).toEqual(["He's been inspirational since day one. He works really hard on penalties with the other keepers."]);
    // a pull quote (no full stop) is no quotation of its own
    expect(facts("Police praised the result.\n\n'Thankfully, these weapons are now off our streets'").quotes).toEqual(
      [],
    );
    // "Dangerous weapon: This picture shows …" between two paragraphs of one quotation does not end it
    expect(
      speakers(
        [
          "DC Gary Noble of the city police said after the case: ‘When we examined the phone, we found the pictures.",
          "Dangerous weapon: This picture shows a knife with his name engraved on the blade",
          "‘That, alongside the same watch in every picture, was enough evidence to put him behind bars.’",
        ].join("\n\n"),
      ),
    ).toEqual(["Gary Noble", "Gary Noble"]);
  });
});

describe("quotation marks damaged or nested", () => {
  it("starts a new segment of the same quotation at a mark opening a sentence inside an open quotation", () => {
    expect(
      quotes(
        '"The first part of the plan is ready now. "The second part will follow in the spring. "The rest comes later," Jane Roe said.',
      ),
    ).toEqual([
      "Jane Roe: The first part of the plan is ready now.",
      "Jane Roe: The second part will follow in the spring.",
      "Jane Roe: The rest comes later",
    ]);
  });
  it("keeps a short term quoted inside a quotation in it", () => {
    expect(quotes('"He wants what he calls "order" rather than any real reform," said Tom Fry.')).toEqual([
      'Tom Fry: He wants what he calls "order" rather than any real reform',
    ]);
  });
  it("still reads two quoted phrases side by side as two", () => {
    expect(
      quotes('Tom Fry called it "a real disgrace for us" and "a shame for the whole country and beyond."'),
    ).toEqual(["Tom Fry: a real disgrace for us", "Tom Fry: a shame for the whole country and beyond."]);
  });
});

describe("testimonials signed with a dash", () => {
  it("keeps a signed quotation paragraph and gives it to the name after the dash", () => {
    expect(
      quotes(
        "Readers wrote to us about the book.\n\n“This book changed the way I think about money and about my work.” ― Jane Roe\n",
      ),
    ).toEqual(["Jane Roe: This book changed the way I think about money and about my work."]);
  });
  it("reads no signature from a dash followed by no name", () => {
    expect(speakers("The banner read: “We will not stop until the work is done.” — and the crowd cheered.")).toEqual([
      null,
    ]);
  });
});

describe("found in blind round 63", () => {
  it("takes no words quoted inside a single-marked quotation as the speaker's own", () => {
    const text = [
      "Lawyer Ann Pryor spoke to reporters on Tuesday.",
      "The ministry, she said in a separate interview, has 'had two letters from the chairman, one in April and one in May, that plainly say, \"We want you to explain the process for clearing a lawyer.\"'",
      "Mark Peters, the union leader, said: \"The minister told us, 'We will never close the plant,' and then closed it within a year.\"",
    ].join("\n\n");
    expect(facts(text).quotes.map((q) => q.text)).toEqual([
      "The minister told us, 'We will never close the plant,' and then closed it within a year.",
    ]);
  });
});

describe("found in blind round 66", () => {
  it("keeps only the first sentence of a quotation whose closing mark was lost (the next paragraph does not reopen it)", () => {
    const text = [
      'Ian Fogg, an analyst, thinks there is money in it. "It is a nascent area but quite exciting," he says.',
      "\"Podcasting is one of those areas that bridges home and the road. Audiences are in the 10s and 100s rather than millions. Curry's daily show, which he makes every day, has thousands of listeners.",
      "But Dave Winer is doubtful about the whole idea.",
    ].join("\n\n");
    expect(quotes(text)).toEqual([
      "Ian Fogg: It is a nascent area but quite exciting",
      "Ian Fogg: Podcasting is one of those areas that bridges home and the road.",
    ]);
    // a paragraph that reopens the quotation goes on with it
    const reopened = [
      'Ian Fogg, an analyst, thinks there is money in it. "It is a nascent area but quite exciting," he says.',
      '"Podcasting is one of those areas that bridges home and the road. Audiences are in the 10s and 100s rather than millions.',
      '"It will grow as the players get cheaper," he said.',
    ].join("\n\n");
    expect(quotes(reopened)[1]).toMatch(/rather than millions\.$/);
  });
});

describe("found in blind round 67", () => {
  it("takes no text between two quotations, read from a mark whose twin was lost, as a quotation", () => {
    const text =
      'Michael Ancram said lifting the embargo would be "irresponsible". The French want to sell arms to China; the Chinese want to buy arms from Europe." Later Nobutaka Machimura said the plan was " a worrying issue for all of East Asia". Washington argues that if the embargo is lifted, it could lead to a buying spree.';
    expect(facts(text).quotes.some((q) => /^[.,;:]/.test(q.text))).toBe(false);
  });
});
