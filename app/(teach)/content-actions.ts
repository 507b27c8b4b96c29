"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import {
  approveQuestions,
  articleSlugOfQuestion,
  editQuestion,
  insertUploadedArticle,
  regenerateQuestion,
  setQuestionStatus,
  type QuestionEdit,
} from "@/db/queries/curation";
import { queueRegeneration } from "@/db/queries/content-jobs";
import { dismissReports } from "@/db/queries/reports";
import { slugify, uploadFileName, type ArticlePreview } from "@/lib/teach/article-preview";
import { takeContentWork } from "@/server/auth/rate-limit";
import { CONTENT_LIMITS } from "@/lib/teach/content-limits";
import { wakeContentJobs } from "@/server/content/jobs";
import { ContentFileError, articleFromText } from "@/server/content/load";
import { PipelineTimeoutError, previewInWorker } from "@/server/content/worker";
import { hiddenOr404, parseForm, type FormState } from "@/server/form";
import { requireInstructor } from "@/server/session";

// Question curation and adding articles. Every instructor reads the whole
// library; an article's questions are changed by the instructor who added it,
// or by any instructor for the shared library from the content folder. The
// queries hold the rule and record each change (db/queries/curation.ts).

const questionId = z.string().regex(/^[\w-]{1,80}$/);

async function afterCuration(id: string) {
  const slug = await articleSlugOfQuestion(id);
  if (!slug) notFound();
  revalidatePath(`/teach/content/${slug}`);
  return slug;
}

const curateSchema = z.object({ intent: z.enum(["approve", "retire", "restore", "regenerate"]), questionId });

export async function curateAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const { intent, questionId: id } = hiddenOr404(curateSchema, form);
  if (intent === "approve") await approveQuestions([id], user.id);
  else if (intent === "retire") await setQuestionStatus(id, "retired", user.id);
  else if (intent === "restore") await setQuestionStatus(id, "draft", user.id);
  else await regenerateQuestion(id, user.id);
  await afterCuration(id);
}

export async function approveAllAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const { questionIds } = hiddenOr404(z.object({ questionIds: z.array(questionId).min(1).max(1000) }), form);
  await approveQuestions(questionIds, user.id);
  await afterCuration(questionIds[0]!);
}

/** The question stays as it is; the students' reports this instructor sees are closed, and it returns to their practice. */
export async function dismissReportsAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const { questionId: id } = hiddenOr404(z.object({ questionId }), form);
  await dismissReports({ questionId: id, instructorId: user.id });
  await afterCuration(id);
}

const text = (max: number, empty: string, tooLong: string) => z.string().trim().min(1, empty).max(max, tooLong);
const editCommon = {
  questionId,
  prompt: text(1000, "The question needs a prompt.", "Use at most 1,000 characters."),
  explanation: text(2000, "Explain the answer: students see this after answering.", "Use at most 2,000 characters."),
};

/** What an instructor may change, per kind: the words always; the key where the kind has one to type. */
const editSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("single_choice"),
      ...editCommon,
      options: z
        .array(text(300, "An option cannot be empty.", "Use at most 300 characters per option."))
        .min(2, "A multiple-choice question needs at least two options."),
      optionIds: z.array(z.string()),
      correct: z.string().default(""),
    })
    .superRefine((v, ctx) => {
      if (v.options.length !== v.optionIds.length)
        ctx.addIssue({ code: "custom", path: ["form"], message: "The options do not match this question." });
      if (new Set(v.options.map((o) => o.toLowerCase())).size !== v.options.length)
        ctx.addIssue({ code: "custom", path: ["options"], message: "Two options have the same text." });
      if (!v.optionIds.includes(v.correct))
        ctx.addIssue({ code: "custom", path: ["correct"], message: "Choose the correct option." });
    }),
  z.object({
    kind: z.literal("true_false"),
    ...editCommon,
    tfAnswer: z.enum(["true", "false"], { error: "Choose true or false." }),
  }),
  z.object({
    kind: z.literal("cloze"),
    ...editCommon,
    clozeAnswer: z.string().trim().min(1, "Enter the answer that fills the blank.").max(200),
    accept: z.string().max(1000).default(""),
  }),
  z.object({ kind: z.literal("matching"), ...editCommon }),
  z.object({ kind: z.literal("ordering"), ...editCommon }),
]);

/** The stored edit for a parsed form: the key in the shape the grader reads. */
function toEdit(v: z.output<typeof editSchema>): QuestionEdit {
  const edit: QuestionEdit = { prompt: v.prompt, explanation: v.explanation };
  if (v.kind === "single_choice") {
    edit.options = v.options.map((t, i) => ({ id: v.optionIds[i]!, text: t }));
    edit.answer = v.correct;
  } else if (v.kind === "true_false") edit.answer = v.tfAnswer === "true";
  else if (v.kind === "cloze") {
    const alternatives = v.accept.split(/\n|;/).map((s) => s.trim());
    edit.answer = v.clozeAnswer;
    edit.accept = [...new Set([v.clozeAnswer, ...alternatives.filter(Boolean)])];
  }
  return edit;
}

export async function editQuestionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireInstructor();
  const parsed = parseForm(editSchema, form);
  if (!parsed.ok) return parsed.state;
  const { questionId: id } = parsed.data;
  const version = await editQuestion({ questionId: id, userId: user.id, edit: toEdit(parsed.data) });
  if (version === null) notFound();
  const slug = await afterCuration(id);
  redirect(`/teach/content/${slug}?edited=${id}#q-${id}`);
}

export type AddArticleState = FormState<{ preview: ArticlePreview; text: string; fileName: string; fromFile: boolean }>;

// The byte limit stays under Next's 1 MB server-action body limit, with room for the form around it.
const { maxBytes, maxWords } = CONTENT_LIMITS;
const TOO_BIG = `larger than ${maxBytes / 1000} KB`;
const TOO_LONG = `longer than ${maxWords.toLocaleString("en")} words`;
const wordsIn = (bytes: Buffer) => bytes.toString("utf8").match(/\S+/g)?.length ?? 0;
const BUSY =
  "You have checked or added several articles in the last minute. Wait a minute, then try again: nothing was lost.";

/** The article's bytes and file name, from an upload or pasted text; or the problem, worded for the form. */
async function articleBytes(
  form: FormData,
): Promise<{ bytes: Buffer; fileName: string; fromFile: boolean } | { error: Record<string, string> }> {
  const file = form.get("file");
  const pasted = String(form.get("text") ?? "");
  if (file instanceof File && file.size > 0) {
    if (!/\.(md|txt)$/i.test(file.name)) return { error: { file: "Upload a .md or .txt file." } };
    if (file.size > maxBytes) return { error: { file: `The file is ${TOO_BIG}.` } };
    const bytes = Buffer.from(await file.arrayBuffer());
    if (wordsIn(bytes) > maxWords) return { error: { file: `The file is ${TOO_LONG}.` } };
    return { bytes, fileName: uploadFileName(file.name), fromFile: true };
  }
  if (!pasted.trim()) return { error: { text: "Paste the article text, or choose a file to upload." } };
  if (Buffer.byteLength(pasted) > maxBytes) return { error: { text: `The text is ${TOO_BIG}.` } };
  if (wordsIn(Buffer.from(pasted, "utf8")) > maxWords) return { error: { text: `The text is ${TOO_LONG}.` } };
  const fileName = uploadFileName(String(form.get("fileName") ?? "") || "pasted-article.md");
  return { bytes: Buffer.from(pasted, "utf8"), fileName, fromFile: form.get("fromFile") === "1" };
}

/** "Check article": the preview, with what the save form sends back. */
export async function addArticleAction(_prev: AddArticleState, form: FormData): Promise<AddArticleState> {
  return checkOrSave(form, "preview");
}

/**
 * "Add to library", an action of its own: its previous state (which React
 * posts back with each call) is then a message at most, never the preview of
 * a long article, which would not fit in a request.
 */
export async function saveArticleAction(_prev: AddArticleState, form: FormData): Promise<AddArticleState> {
  return checkOrSave(form, "save");
}

async function checkOrSave(form: FormData, intent: "preview" | "save"): Promise<AddArticleState> {
  const user = await requireInstructor();
  // the save form's text is the preview's, still on the page: no need to send it back
  const values = { text: intent === "save" ? "" : String(form.get("text") ?? "") };
  const input = await articleBytes(form);
  if ("error" in input) return { status: "error", fieldErrors: input.error, values };
  let record;
  try {
    record = articleFromText(input.fileName, input.bytes);
  } catch (e) {
    if (!(e instanceof ContentFileError)) throw e;
    const where = e.line ? ` (line ${e.line})` : "";
    return { status: "error", message: `This article cannot be read${where}: ${e.reason}. Nothing was saved.`, values };
  }
  // Only work that runs the pipeline counts: a file refused above cost nothing.
  if (!(await takeContentWork(user.id, new Date()))) return { status: "error", message: BUSY, values };
  // Pasted text has no file name: its title names it.
  if (!input.fromFile) record = { ...record, slug: slugify(record.title) || record.slug };
  const articleText = input.bytes.toString("utf8");
  if (intent === "preview") {
    let preview;
    try {
      preview = await previewInWorker(
        { slug: record.slug, text: articleText, title: record.title },
        CONTENT_LIMITS.timeLimitMs,
      );
    } catch (e) {
      if (!(e instanceof PipelineTimeoutError)) throw e;
      return { status: "error", message: `Checking this article ${e.message}. Nothing was saved.`, values };
    }
    return { status: "ok", preview, text: articleText, fileName: input.fileName, fromFile: input.fromFile, values };
  }
  // Stored with its job; the questions are written off the request thread,
  // and the article's page shows them once they are.
  const slug = await insertUploadedArticle(record, user.id);
  wakeContentJobs();
  revalidatePath("/teach/content");
  redirect(`/teach/content/${slug}?added=1`);
}

/** Has an article's questions written again from its text, against the library as it is now. */
export async function regenerateArticleAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const { slug } = hiddenOr404(
    z.object({
      slug: z
        .string()
        .max(300)
        .regex(/^[a-z0-9][a-z0-9_-]*$/),
    }),
    form,
  );
  if (!(await takeContentWork(user.id, new Date()))) redirect(`/teach/content/${slug}?busy=1`);
  if ((await queueRegeneration(slug, user.id)) === null) notFound();
  wakeContentJobs();
  revalidatePath(`/teach/content/${slug}`);
  redirect(`/teach/content/${slug}`);
}
