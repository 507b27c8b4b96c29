import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { clozeAnswers, feedbackParts, matchingPairs, orderedItems } from "./common";
import { QTI_NS } from "./qti-item";
import { toQtiPackage } from "./qti";
import {
  child,
  childrenNamed,
  contentInputs,
  nastyInput,
  parseStrictly,
  readXml,
  type XmlElement,
} from "./test-fixtures";
import type { ExportInput, ExportQuestion } from "./types";

const TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/";

/** Every element below e, depth first. */
const descendants = (e: XmlElement): XmlElement[] => e.children.flatMap((c) => [c, ...descendants(c)]);
const find = (e: XmlElement, name: string) => descendants(e).find((d) => d.name === name);
/** Text content, children included. */
const fullText = (e: XmlElement): string => e.text + e.children.map(fullText).join("");
const textById = (e: XmlElement, tag: string) =>
  new Map(
    descendants(e)
      .filter((d) => d.name === tag)
      .map((d) => [d.attrs.identifier, fullText(d)]),
  );

function expectItem(item: XmlElement, q: ExportQuestion) {
  expect(item.name).toBe("qti-assessment-item");
  const declaration = child(item, "qti-response-declaration")!;
  expect(declaration.attrs.identifier).toBe("RESPONSE");
  const correct = childrenNamed(child(declaration, "qti-correct-response")!, "qti-value").map((v) => v.text);
  const outcomes = childrenNamed(item, "qti-outcome-declaration").map((o) => o.attrs.identifier);
  expect(outcomes).toContain("SCORE");
  const template = child(item, "qti-response-processing")!.attrs.template;
  const body = child(item, "qti-item-body")!;

  switch (q.kind) {
    case "single_choice":
    case "true_false": {
      expect(declaration.attrs).toMatchObject({ cardinality: "single", "base-type": "identifier" });
      const texts = textById(body, "qti-simple-choice");
      const want =
        q.kind === "true_false"
          ? q.answer
            ? "True"
            : "False"
          : q.options!.find((o) => o.id === q.answer)!.text.trim();
      expect(correct.map((id) => texts.get(id))).toEqual([want]);
      expect(find(body, "qti-choice-interaction")!.attrs["max-choices"]).toBe("1");
      expect(template).toBe(`${TEMPLATES}match_correct.xml`);
      break;
    }
    case "cloze": {
      expect(declaration.attrs).toMatchObject({ cardinality: "single", "base-type": "string" });
      const entries = childrenNamed(child(declaration, "qti-mapping")!, "qti-map-entry");
      expect(entries.map((e) => e.attrs["map-key"])).toEqual(clozeAnswers(q));
      expect(entries.every((e) => e.attrs["mapped-value"] === "1" && e.attrs["case-sensitive"] === "false")).toBe(true);
      expect(correct).toEqual([clozeAnswers(q)[0]]);
      // The entry box stands where the blank was.
      const paragraph = descendants(body).find((d) => d.children.some((c) => c.name === "qti-text-entry-interaction"))!;
      expect(fullText(paragraph)).toBe(q.prompt.trim().replace(/_{3,}/, ""));
      expect(template).toBe(`${TEMPLATES}map_response.xml`);
      break;
    }
    case "matching": {
      expect(declaration.attrs).toMatchObject({ cardinality: "multiple", "base-type": "directedPair" });
      const texts = textById(body, "qti-simple-associable-choice");
      const pairs = correct.map((v) => v.split(" ").map((id) => texts.get(id)));
      expect(pairs).toEqual(matchingPairs(q).pairs.map((p) => [p.left.text.trim(), p.right.text.trim()]));
      expect(childrenNamed(child(declaration, "qti-mapping")!, "qti-map-entry").map((e) => e.attrs["map-key"])).toEqual(
        correct,
      );
      expect(outcomes).toContain("MAXSCORE");
      expect(template).toBe(`${TEMPLATES}map_response.xml`);
      break;
    }
    case "ordering": {
      expect(declaration.attrs).toMatchObject({ cardinality: "ordered", "base-type": "identifier" });
      const texts = textById(body, "qti-simple-choice");
      expect(correct.map((id) => texts.get(id))).toEqual(orderedItems(q).map((i) => i.text.trim()));
      expect(find(body, "qti-order-interaction")).toBeDefined();
      expect(template).toBe(`${TEMPLATES}match_correct.xml`);
      break;
    }
  }
  const feedback = child(item, "qti-modal-feedback")!;
  expect(feedback.attrs).toMatchObject({ "outcome-identifier": "FEEDBACK", "show-hide": "show" });
  const defaultFeedback = childrenNamed(item, "qti-outcome-declaration").find(
    (o) => o.attrs.identifier === "FEEDBACK",
  )!;
  expect(fullText(defaultFeedback)).toBe(feedback.attrs.identifier);
  expect(fullText(feedback)).toContain(feedbackParts(q).explanation);
  expect(fullText(feedback)).toContain(q.source.sentence.trim());
}

function unpack(input: ExportInput) {
  const result = toQtiPackage(input);
  const files = unzipSync(result.content);
  const text = (name: string) => strFromU8(files[name]);
  expect(parseStrictly(text("imsmanifest.xml"))).toEqual({
    root: "manifest",
    ns: "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1",
  });
  const manifest = readXml(text("imsmanifest.xml"));
  const resources = childrenNamed(child(manifest, "resources")!, "resource");
  const items = resources.filter((r) => r.attrs.type === "imsqti_item_xmlv3p0");
  const test = resources.find((r) => r.attrs.type === "imsqti_test_xmlv3p0")!;
  expect(items).toHaveLength(input.questions.length);
  expect(childrenNamed(test, "dependency").map((d) => d.attrs.identifierref)).toEqual(
    items.map((i) => i.attrs.identifier),
  );
  const testDoc = readXml(text(test.attrs.href));
  expect(
    descendants(testDoc)
      .filter((d) => d.name === "qti-assessment-item-ref")
      .map((r) => r.attrs.href),
  ).toEqual(items.map((i) => i.attrs.href));
  items.forEach((resource, i) => {
    expect(child(resource, "file")!.attrs.href).toBe(resource.attrs.href);
    const xml = text(resource.attrs.href);
    expect(parseStrictly(xml)).toEqual({ root: "qti-assessment-item", ns: QTI_NS });
    const item = readXml(xml);
    expect(item.attrs.identifier).toBe(resource.attrs.identifier);
    expectItem(item, input.questions[i]);
  });
  return result;
}

describe("toQtiPackage", () => {
  it("packs one well-formed item per question with the right response declaration, special characters included", () => {
    const result = unpack(nastyInput());
    expect(result.notes).toEqual([]);
    expect(result.fileName).toBe("sourced-nasty-article-qti3.zip");
  });

  it("packs the questions the pipeline writes for content/", () => {
    for (const input of contentInputs()) unpack(input);
  });

  it("is the same bytes for the same questions", () => {
    expect(toQtiPackage(nastyInput()).content).toEqual(toQtiPackage(nastyInput()).content);
  });

  it("keeps item identifiers unique and valid when question ids are not", () => {
    const [a, b] = nastyInput().questions;
    const result = unpack({
      article: nastyInput().article,
      questions: [
        { ...a, id: "1 x" },
        { ...b, id: "1:x" },
      ],
    });
    const names = Object.keys(unzipSync(result.content)).filter((n) => n.startsWith("items/"));
    expect(names.sort()).toEqual(["items/Q_1_x.xml", "items/Q_1_x_2.xml"]);
  });
});
