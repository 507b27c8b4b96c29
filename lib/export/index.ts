/** Question exports for learning-management systems: plain data in, file content out. */
export { toGift, giftEscape, type GiftOptions } from "./gift";
export { toMoodleXml } from "./moodle-xml";
export { toQtiPackage, qtiItems, type QtiItemFile } from "./qti";
export { toQuestionCsv } from "./csv";
export type { ExportArticle, ExportInput, ExportNote, ExportQuestion, ExportResult } from "./types";
export { EXPORT_FORMATS, EXPORT_FORMAT_LABEL, exportQuestions, isExportFormat, type ExportFormat } from "./formats";
export { sourceTitle } from "./common";
