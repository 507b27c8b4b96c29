/**
 * Checks for the two failures blind rounds 21 to 30 (docs/question-review.md) met most often, in words of their
 * own: a quotation whose "this", "that" or "it" stands for something said before it, and a true/false statement
 * on the title of someone the article names once, in passing.
 */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "./corpus";
import { fragmentProblem, joinDependentSentences, pointsOutside } from "./standalone";
import { article, factsOf } from "./test-fixtures";
import { roleTrueFalse } from "./true-false";

describe("a quotation that points to something said before it", () => {
  it.each([
    ["a demonstrative as the subject", "That tilts the field toward the incumbent, and against the voters."],
    ["a demonstrative after a verb of thinking", "I think this is a question of nerve for the whole board."],
    [
      "a demonstrative ending the first clause",
      "I blame the board partly for this, because it never asked the parents.",
    ],
    ["a demonstrative after an opening adverb", "Frankly, this will come up at every debate until November."],
    ["a question about what was said", "Why does that matter to the farmers in the valley?"],
    ["an answer to a question not shown", "Technically the answer is no, but the cost would be steep."],
    ["an “it” ending a clause with no noun before it", "If we learn that it was not allowed, we will give it back."],
    ["“that” after a verb of knowing", "I know that was hard for the families on the east side."],
  ])("drops %s", (_, text) => {
    expect(pointsOutside(text)).toMatch(/points to something said before|asks about something|answers a question/);
    expect(fragmentProblem(text)).toBeDefined();
  });

  it.each([
    [
      "a clause before it that it takes up",
      "We were wrong about the budget for the new school, and I apologize for that.",
    ],
    ["“that” opening a relative clause", "There is a wing of the party that's angry about the trade deal."],
    [
      "“that” opening a noun clause after an adjective",
      "I'm just thankful that, finally, the council is willing to listen.",
    ],
    ["“this” before a noun", "We want everyone who has worked on this campaign to have a vote on the platform."],
    [
      "“it” after a noun of its sentence",
      "The mayor signed the budget on Friday and the council will debate it again.",
    ],
    ["“believe it or not”", "Voters care about schools more than taxes, believe it or not, in this county."],
  ])("keeps %s", (_, text) => {
    expect(pointsOutside(text)).toBeUndefined();
  });

  it("shows a sentence that points back together with the sentence of the quotation before it", () => {
    const parts = ["The council cut the library budget twice in one year.", "I cannot accept that."];
    expect(joinDependentSentences(parts, 40)).toEqual([parts.join(" ")]);
  });
});

describe("a title of someone named once, in passing", () => {
  const a = article("levee", [
    "Engineers finished the new levee along the river on Monday after three years of work.",
    "The levee protects about 4,000 homes in the lower town.",
    "“We built it to hold a flood twice the size of the last one,” said Mara Quist, the project's chief engineer.",
    "Quist said the work came in under budget.",
    "The last flood came while Mayor Dale Venn was away on a trade visit.",
    "Ruth Okafor, chief financial officer of the Delta Water Authority, approved the final payment.",
  ]);
  const facts = factsOf(a, {
    people: [
      ["mq", "Mara Quist"],
      ["dv", "Dale Venn"],
      ["ro", "Ruth Okafor"],
    ],
    bodies: [["dwa", "Delta Water Authority"]],
    roles: [
      ["mq", "chief engineer", "Mara Quist"],
      ["dv", "Mayor", "Dale Venn"],
      ["ro", "chief financial officer", "Ruth Okafor", "dwa"],
    ],
  });
  const c = buildCorpus([facts], [a.context]);
  const problems = (i: number) => roleTrueFalse(c, c.roles[i]!).truth.problems.join();

  it("makes no true/false statement of a bare title given in an aside", () => {
    expect(problems(1)).toMatch(/Dale Venn is a passing mention/);
  });
  it("still states the title of someone the article names again", () => {
    expect(problems(0)).not.toMatch(/passing mention/);
  });
  it("still states a title at a named body, the article's fact about that body", () => {
    expect(problems(2)).not.toMatch(/passing mention/);
  });
});
