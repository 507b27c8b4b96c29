/**
 * One QTI 3.0 assessment item per question (1EdTech QTI 3.0 ASI,
 * namespace imsqtiasi_v3p0). Scoring uses the standard response processing
 * templates: match_correct for choices and orders, map_response for typed
 * answers (every accepted answer mapped, case aside) and for matching (a point
 * per right pair, with MAXSCORE, as 1EdTech's own match example does).
 *
 * The explanation and source are modal feedback tied to a FEEDBACK outcome
 * whose default is the feedback's identifier: outcomes are reset to their
 * defaults before every response processing, so the feedback shows after each
 * answer and never before one, with no processing rules of our own.
 */
import type { Option } from "@/lib/quiz/types";
import { clozeAnswers, feedbackParts, matchingPairs, orderedItems, questionName, sourceTitle } from "./common";
import type { ExportArticle, ExportQuestion } from "./types";
import { el, xmlDocument, type XmlNode } from "./xml";

export const QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const QTI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
const TEMPLATE = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates";
const BLANK = /_{3,}/;

/** QTI identifiers are XML names; question ids are already, but an edited id may not be. */
export function qtiIdentifier(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, "_");
  return /^[A-Za-z_]/.test(safe) ? safe : `Q_${safe}`;
}

const value = (v: string) => el("qti-value", null, v);

function responseDeclaration(cardinality: string, baseType: string, correct: string[], mapping?: XmlNode): XmlNode {
  return el(
    "qti-response-declaration",
    { identifier: "RESPONSE", cardinality, "base-type": baseType },
    el("qti-correct-response", null, correct.map(value)),
    mapping,
  );
}

function outcome(identifier: string, baseType: string, initial: string): XmlNode {
  return el(
    "qti-outcome-declaration",
    { identifier, cardinality: "single", "base-type": baseType },
    el("qti-default-value", null, value(initial)),
  );
}

const prompt = (q: ExportQuestion) => el("qti-prompt", null, q.prompt.trim());

/** Our option ids become positional identifiers: unique within the item, and valid whatever an edit did. */
function choices(tag: string, prefix: string, options: readonly Option[], extra: Record<string, string> = {}) {
  const ids = new Map(options.map((o, i) => [o.id, `${prefix}${i + 1}`]));
  const nodes = options.map((o) => el(tag, { identifier: ids.get(o.id)!, ...extra }, o.text.trim()));
  return { ids, nodes };
}

type Parts = { declarations: XmlNode[]; body: XmlNode[]; template: "match_correct" | "map_response" };

function choiceParts(q: ExportQuestion): Parts {
  const options =
    q.kind === "true_false"
      ? [
          { id: "true", text: "True" },
          { id: "false", text: "False" },
        ]
      : q.options!;
  const answer = q.kind === "true_false" ? String(q.answer) : (q.answer as string);
  const { ids, nodes } = choices("qti-simple-choice", "C", options);
  return {
    declarations: [responseDeclaration("single", "identifier", [ids.get(answer)!])],
    body: [
      el(
        "qti-choice-interaction",
        { "response-identifier": "RESPONSE", "max-choices": 1, shuffle: false },
        prompt(q),
        nodes,
      ),
    ],
    template: "match_correct",
  };
}

function clozeParts(q: ExportQuestion): Parts {
  const answers = clozeAnswers(q);
  const mapping = el(
    "qti-mapping",
    { "default-value": 0, "lower-bound": 0, "upper-bound": 1 },
    answers.map((a) => el("qti-map-entry", { "map-key": a, "mapped-value": 1, "case-sensitive": false })),
  );
  const entry = el("qti-text-entry-interaction", {
    "response-identifier": "RESPONSE",
    "expected-length": Math.max(...answers.map((a) => a.length)) + 5,
  });
  const text = q.prompt.trim();
  const at = text.match(BLANK);
  // The entry box goes where the blank is; a prompt without one gets the box after it.
  const body = at
    ? [el("p", null, text.slice(0, at.index), entry, text.slice(at.index! + at[0].length))]
    : [el("p", null, text), el("p", null, entry)];
  return {
    declarations: [responseDeclaration("single", "string", [answers[0]], mapping)],
    body,
    template: "map_response",
  };
}

function matchingParts(q: ExportQuestion): Parts {
  const { pairs } = matchingPairs(q);
  const left = choices("qti-simple-associable-choice", "L", q.left!, { "match-max": "1" });
  const right = choices("qti-simple-associable-choice", "R", q.right!, { "match-max": "1" });
  const keys = pairs.map((p) => `${left.ids.get(p.left.id)} ${right.ids.get(p.right.id)}`);
  const mapping = el(
    "qti-mapping",
    { "default-value": 0, "lower-bound": 0, "upper-bound": keys.length },
    keys.map((k) => el("qti-map-entry", { "map-key": k, "mapped-value": 1, "case-sensitive": true })),
  );
  const interaction = el(
    "qti-match-interaction",
    { "response-identifier": "RESPONSE", "max-associations": pairs.length, shuffle: false },
    prompt(q),
    el("qti-simple-match-set", null, left.nodes),
    el("qti-simple-match-set", null, right.nodes),
  );
  return {
    declarations: [
      responseDeclaration("multiple", "directedPair", keys, mapping),
      outcome("MAXSCORE", "float", String(keys.length)),
    ],
    body: [interaction],
    template: "map_response",
  };
}

function orderingParts(q: ExportQuestion): Parts {
  const { ids, nodes } = choices("qti-simple-choice", "I", q.items!);
  return {
    declarations: [
      responseDeclaration(
        "ordered",
        "identifier",
        orderedItems(q).map((i) => ids.get(i.id)!),
      ),
    ],
    // Our item order is already a deliberate non-answer order; the player keeps it.
    body: [el("qti-order-interaction", { "response-identifier": "RESPONSE", shuffle: false }, prompt(q), nodes)],
    template: "match_correct",
  };
}

function parts(q: ExportQuestion): Parts {
  switch (q.kind) {
    case "single_choice":
    case "true_false":
      return choiceParts(q);
    case "cloze":
      return clozeParts(q);
    case "matching":
      return matchingParts(q);
    case "ordering":
      return orderingParts(q);
  }
}

function feedback(q: ExportQuestion, article: ExportArticle): XmlNode {
  const { explanation, source } = feedbackParts(q);
  return el(
    "qti-modal-feedback",
    { "outcome-identifier": "FEEDBACK", identifier: "SOURCE", "show-hide": "show", title: "Explanation and source" },
    el(
      "qti-content-body",
      null,
      el("p", null, explanation),
      el("p", null, "Source: ", el("cite", null, sourceTitle(q, article)), source ? `: “${source}”` : ""),
    ),
  );
}

/** The item document for one (already checked) question. */
export function qtiItemXml(q: ExportQuestion, article: ExportArticle, identifier = qtiIdentifier(q.id)): string {
  const { declarations, body, template } = parts(q);
  const item = el(
    "qti-assessment-item",
    {
      xmlns: QTI_NS,
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": `${QTI_NS} ${QTI_XSD}`,
      identifier,
      title: questionName(q),
      adaptive: false,
      "time-dependent": false,
      "xml:lang": "en",
    },
    declarations,
    outcome("SCORE", "float", "0"),
    outcome("FEEDBACK", "identifier", "SOURCE"),
    el("qti-item-body", null, body),
    el("qti-response-processing", { template: `${TEMPLATE}/${template}.xml` }),
    feedback(q, article),
  );
  return xmlDocument(item, { indent: false });
}
