/**
 * A QTI 3.0 content package: imsmanifest.xml (QTI 3.0 profile of IMS Content
 * Packaging), one qti-assessment-item file per question, and an assessment test
 * that lists them in order, so a system can import either the items into its
 * bank or the whole set as one test.
 */
import { strToU8, zipSync } from "fflate";
import { exportFileName, selectQuestions } from "./common";
import { QTI_NS, qtiIdentifier, qtiItemXml } from "./qti-item";
import type { ExportArticle, ExportInput, ExportResult } from "./types";
import { el, xmlDocument } from "./xml";

const CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
const CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export type QtiItemFile = { identifier: string; href: string; xml: string };

/** The item files of a package, as they go into it (also what the tests load into a QTI player). */
export function qtiItems(input: ExportInput): { items: QtiItemFile[]; notes: ExportResult["notes"] } {
  const { questions, notes } = selectQuestions(input);
  const used = new Set<string>();
  const items = questions.map((q) => {
    let identifier = qtiIdentifier(q.id);
    // Two ids can sanitise to one identifier; file names and manifest ids must stay unique.
    for (let n = 2; used.has(identifier); n++) identifier = `${qtiIdentifier(q.id)}_${n}`;
    used.add(identifier);
    return { identifier, href: `items/${identifier}.xml`, xml: qtiItemXml(q, input.article, identifier) };
  });
  return { items, notes };
}

function manifestXml(testId: string, items: QtiItemFile[]): string {
  const manifest = el(
    "manifest",
    { xmlns: CP_NS, "xmlns:xsi": XSI, "xsi:schemaLocation": `${CP_NS} ${CP_XSD}`, identifier: `MANIFEST-${testId}` },
    el("metadata", null, el("schema", null, "QTI Package"), el("schemaversion", null, "3.0.0")),
    el("organizations", null),
    el(
      "resources",
      null,
      el(
        "resource",
        { identifier: testId, type: "imsqti_test_xmlv3p0", href: "assessment-test.xml" },
        el("file", { href: "assessment-test.xml" }),
        items.map((i) => el("dependency", { identifierref: i.identifier })),
      ),
      items.map((i) =>
        el(
          "resource",
          { identifier: i.identifier, type: "imsqti_item_xmlv3p0", href: i.href },
          el("file", { href: i.href }),
        ),
      ),
    ),
  );
  return xmlDocument(manifest, { indent: true });
}

function testXml(article: ExportArticle, testId: string, items: QtiItemFile[]): string {
  const test = el(
    "qti-assessment-test",
    { xmlns: QTI_NS, identifier: testId, title: article.title },
    el(
      "qti-test-part",
      { identifier: "PART-1", "navigation-mode": "nonlinear", "submission-mode": "individual" },
      el(
        "qti-assessment-section",
        { identifier: "SECTION-1", title: article.title, visible: true },
        items.map((i) => el("qti-assessment-item-ref", { identifier: i.identifier, href: i.href })),
      ),
    ),
  );
  return xmlDocument(test, { indent: true });
}

/** A fixed time stamp keeps the zip a pure function of the questions (DOS dates start in 1980). */
const ZIP_DATE = new Date(Date.UTC(1980, 0, 1, 12));

/** The questions of one article as a QTI 3.0 package (.zip). */
export function toQtiPackage(input: ExportInput): ExportResult<Uint8Array> {
  const { items, notes } = qtiItems(input);
  const testId = qtiIdentifier(`TEST-${input.article.slug}`);
  const files: Record<string, Uint8Array> = {
    "imsmanifest.xml": strToU8(manifestXml(testId, items)),
    "assessment-test.xml": strToU8(testXml(input.article, testId, items)),
  };
  for (const i of items) files[i.href] = strToU8(i.xml);
  return {
    fileName: exportFileName(input.article, "qti3", "zip"),
    mimeType: "application/zip",
    content: zipSync(files, { level: 6, mtime: ZIP_DATE }),
    exported: items.length,
    notes,
  };
}
