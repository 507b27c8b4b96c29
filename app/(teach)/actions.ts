"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { createAssignment, setAttemptPolicy } from "@/db/queries/assignments";
import { createClass, getClassForInstructor, removeStudent } from "@/db/queries/classes";
import {
  approveQuestions,
  articleSlugOfQuestion,
  editQuestion,
  insertUploadedArticle,
  regenerateQuestion,
  setQuestionStatus,
} from "@/db/queries/curation";
import { QUESTION_KINDS } from "@/db/schema";
import { ContentFileError, articleFromText } from "@/lib/content/load";
import { regenerateQuestions } from "@/lib/content/questions";
import { requireInstructor } from "@/lib/session";
import { ATTEMPT_POLICIES } from "@/lib/teach/attempt-policy";
import { previewArticle, slugify, uploadFileName, type ArticlePreview } from "@/lib/teach/article-preview";

export type ActionState = {
  status: "idle" | "error" | "ok";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}

const uuid = z.uuid();

// ---------------------------------------------------------------------------
// Classes

const classSchema = z.object({ name: z.string().trim().min(1, "Give the class a name.").max(100, "Use at most 100 characters.") });

export async function createClassAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const values = { name: String(form.get("name") ?? "") };
  const parsed = classSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
  const created = await createClass({ instructorId: user.id, name: parsed.data.name });
  revalidatePath("/teach");
  redirect(`/teach/classes/${created.id}`);
}

export async function removeStudentAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const classId = uuid.safeParse(form.get("classId"));
  const userId = uuid.safeParse(form.get("userId"));
  if (!classId.success || !userId.success) notFound();
  await removeStudent({ classId: classId.data, userId: userId.data, instructorId: user.id });
  revalidatePath(`/teach/classes/${classId.data}`);
}

// ---------------------------------------------------------------------------
// Assignments

/** A datetime-local value in the instructor's zone; `offset` is the browser's getTimezoneOffset() in minutes. */
function localToDate(value: string, offset: number): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) + offset * 60_000;
  return Number.isFinite(utc) ? new Date(utc) : null;
}

const assignmentSchema = z
  .object({
    classId: uuid,
    title: z.string().trim().min(1, "Give the assignment a title.").max(120, "Use at most 120 characters."),
    scope: z.enum(["all", "some"]),
    articleIds: z.array(uuid),
    kinds: z.array(z.enum(QUESTION_KINDS)).min(1, "Choose at least one kind of question."),
    questionCount: z.coerce.number({ error: "Enter a number." }).int("Enter a whole number.").min(1, "At least 1 question.").max(100, "At most 100 questions."),
    // Empty: open now.
    opensAt: z.string(),
    dueAt: z.string(),
    tzOffset: z.coerce.number().int().min(-900).max(900).catch(0),
    attemptsAllowed: z.string().regex(/^(|[1-9]|1[0-9]|20)$/, "Choose 1 to 20 attempts, or unlimited."),
    feedbackTiming: z.enum(["immediate", "after_due"]),
    attemptPolicy: z.enum(ATTEMPT_POLICIES),
    useAllGenerated: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.scope === "some" && v.articleIds.length === 0) ctx.addIssue({ code: "custom", path: ["articleIds"], message: "Choose at least one article, or all articles." });
    const opens = v.opensAt ? localToDate(v.opensAt, v.tzOffset) : new Date();
    if (!opens) ctx.addIssue({ code: "custom", path: ["opensAt"], message: "Enter a date and time." });
    if (v.dueAt) {
      const due = localToDate(v.dueAt, v.tzOffset);
      if (!due) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Enter a date and time." });
      else if (opens && due <= opens) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the opening date." });
      else if (due <= new Date()) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date is in the past." });
    }
    if (v.feedbackTiming === "after_due" && !v.dueAt) ctx.addIssue({ code: "custom", path: ["feedbackTiming"], message: "Feedback after the due date needs a due date." });
  });

export async function createAssignmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const values: Record<string, string | string[]> = {
    classId: String(form.get("classId") ?? ""),
    title: String(form.get("title") ?? ""),
    scope: String(form.get("scope") ?? "all"),
    articleIds: form.getAll("articleIds").map(String),
    kinds: form.getAll("kinds").map(String),
    questionCount: String(form.get("questionCount") ?? ""),
    opensAt: String(form.get("opensAt") ?? ""),
    dueAt: String(form.get("dueAt") ?? ""),
    tzOffset: String(form.get("tzOffset") ?? "0"),
    attemptsAllowed: String(form.get("attemptsAllowed") ?? ""),
    feedbackTiming: String(form.get("feedbackTiming") ?? "immediate"),
    attemptPolicy: String(form.get("attemptPolicy") ?? "first"),
    useAllGenerated: form.get("useAllGenerated") === "on" ? "on" : "",
  };
  const parsed = assignmentSchema.safeParse({ ...values, useAllGenerated: values.useAllGenerated === "on" });
  if (!parsed.success) {
    return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error), values };
  }
  const v = parsed.data;
  if (!(await getClassForInstructor({ classId: v.classId, instructorId: user.id }))) notFound();
  const result = await createAssignment({
    instructorId: user.id,
    classId: v.classId,
    title: v.title,
    articleIds: v.scope === "all" ? null : v.articleIds,
    kinds: v.kinds,
    questionCount: v.questionCount,
    opensAt: (v.opensAt && localToDate(v.opensAt, v.tzOffset)) || new Date(),
    dueAt: v.dueAt ? localToDate(v.dueAt, v.tzOffset) : null,
    attemptsAllowed: v.attemptsAllowed ? Number(v.attemptsAllowed) : null,
    feedbackTiming: v.feedbackTiming,
    attemptPolicy: v.attemptPolicy,
    useAllGenerated: v.useAllGenerated,
  });
  if (result.status === "not_found") notFound();
  if (result.status === "not_enough") {
    const which = v.useAllGenerated ? "generated" : "approved";
    const message =
      result.available === 0
        ? `No ${which} questions match these articles and kinds.${v.useAllGenerated ? "" : " Approve some in the content library, or tick “Use all generated questions”."}`
        : `Only ${result.available} ${which} question${result.available === 1 ? "" : "s"} match these articles and kinds.`;
    return { status: "error", message, fieldErrors: { questionCount: `At most ${result.available} with these choices.` }, values };
  }
  revalidatePath(`/teach/classes/${v.classId}`);
  redirect(`/teach/classes/${v.classId}?created=${result.assignmentId}`);
}

export async function setPolicyAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const classId = uuid.safeParse(form.get("classId"));
  const assignmentId = uuid.safeParse(form.get("assignmentId"));
  const policy = z.enum(ATTEMPT_POLICIES).safeParse(form.get("policy"));
  if (!classId.success || !assignmentId.success || !policy.success) notFound();
  if (!(await setAttemptPolicy({ assignmentId: assignmentId.data, instructorId: user.id, policy: policy.data }))) notFound();
  const path = `/teach/classes/${classId.data}/assignments/${assignmentId.data}`;
  revalidatePath(path);
  redirect(path);
}

// ---------------------------------------------------------------------------
// Question curation

const questionId = z.string().regex(/^[\w-]{1,80}$/);

async function afterCuration(id: string) {
  const slug = await articleSlugOfQuestion(id);
  if (!slug) notFound();
  revalidatePath(`/teach/content/${slug}`);
  return slug;
}

export async function curateAction(form: FormData): Promise<void> {
  await requireInstructor();
  const intent = z.enum(["approve", "retire", "restore", "regenerate"]).safeParse(form.get("intent"));
  const id = questionId.safeParse(form.get("questionId"));
  if (!intent.success || !id.success) notFound();
  if (intent.data === "approve") await approveQuestions([id.data]);
  else if (intent.data === "retire") await setQuestionStatus(id.data, "retired");
  else if (intent.data === "restore") await setQuestionStatus(id.data, "draft");
  else await regenerateQuestion(id.data);
  await afterCuration(id.data);
}

export async function approveAllAction(form: FormData): Promise<void> {
  await requireInstructor();
  const ids = z.array(questionId).min(1).max(1000).safeParse(form.getAll("questionIds"));
  if (!ids.success) notFound();
  await approveQuestions(ids.data);
  await afterCuration(ids.data[0]!);
}

const editSchema = z.object({
  questionId,
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string().trim().min(1, "The question needs a prompt.").max(1000, "Use at most 1,000 characters."),
  explanation: z.string().trim().min(1, "Explain the answer: students see this after answering.").max(2000, "Use at most 2,000 characters."),
  options: z.array(z.string().trim().min(1, "An option cannot be empty.").max(300, "Use at most 300 characters per option.")),
  optionIds: z.array(z.string()),
  correct: z.string(),
  tfAnswer: z.string(),
  clozeAnswer: z.string().trim().max(200),
  accept: z.string().max(1000),
});

export async function editQuestionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const values: Record<string, string | string[]> = {
    questionId: String(form.get("questionId") ?? ""),
    kind: String(form.get("kind") ?? ""),
    prompt: String(form.get("prompt") ?? ""),
    explanation: String(form.get("explanation") ?? ""),
    options: form.getAll("options").map(String),
    optionIds: form.getAll("optionIds").map(String),
    correct: String(form.get("correct") ?? ""),
    tfAnswer: String(form.get("tfAnswer") ?? ""),
    clozeAnswer: String(form.get("clozeAnswer") ?? ""),
    accept: String(form.get("accept") ?? ""),
  };
  const parsed = editSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error), values };
  const v = parsed.data;
  const edit: Parameters<typeof editQuestion>[0]["edit"] = { prompt: v.prompt, explanation: v.explanation };
  if (v.kind === "single_choice") {
    if (v.options.length !== v.optionIds.length || v.options.length < 2) return { status: "error", message: "A multiple-choice question needs at least two options.", values };
    if (new Set(v.options.map((o) => o.toLowerCase())).size !== v.options.length) {
      return { status: "error", fieldErrors: { options: "Two options have the same text." }, values };
    }
    if (!v.optionIds.includes(v.correct)) return { status: "error", fieldErrors: { correct: "Choose the correct option." }, values };
    edit.options = v.options.map((text, i) => ({ id: v.optionIds[i]!, text }));
    edit.answer = v.correct;
  } else if (v.kind === "true_false") {
    if (v.tfAnswer !== "true" && v.tfAnswer !== "false") return { status: "error", fieldErrors: { tfAnswer: "Choose true or false." }, values };
    edit.answer = v.tfAnswer === "true";
  } else if (v.kind === "cloze") {
    if (!v.clozeAnswer) return { status: "error", fieldErrors: { clozeAnswer: "Enter the answer that fills the blank." }, values };
    edit.answer = v.clozeAnswer;
    edit.accept = [v.clozeAnswer, ...v.accept.split(/\n|;/).map((s) => s.trim()).filter(Boolean)].filter((s, i, all) => all.indexOf(s) === i);
  }
  const version = await editQuestion({ questionId: v.questionId, userId: user.id, edit });
  if (version === null) notFound();
  const slug = await afterCuration(v.questionId);
  redirect(`/teach/content/${slug}?edited=${v.questionId}#q-${v.questionId}`);
}

// ---------------------------------------------------------------------------
// Adding an article

export type AddArticleState = ActionState & { preview?: ArticlePreview; text?: string; fileName?: string; fromFile?: boolean };

// Under Next's 1 MB server-action body limit, with room for the form around it.
const MAX_ARTICLE_BYTES = 500_000;

export async function addArticleAction(_prev: AddArticleState, form: FormData): Promise<AddArticleState> {
  const user = await requireInstructor();
  const intent = form.get("intent") === "save" ? "save" : "preview";
  const file = form.get("file");
  const pasted = String(form.get("text") ?? "");
  const values = { text: pasted };
  let bytes: Buffer;
  let fileName: string;
  if (file instanceof File && file.size > 0) {
    if (!/\.(md|txt)$/i.test(file.name)) {
      return { status: "error", fieldErrors: { file: "Upload a .md or .txt file." }, values };
    }
    if (file.size > MAX_ARTICLE_BYTES) return { status: "error", fieldErrors: { file: "The file is larger than 500 KB." }, values };
    bytes = Buffer.from(await file.arrayBuffer());
    fileName = uploadFileName(file.name);
  } else if (pasted.trim()) {
    if (Buffer.byteLength(pasted) > MAX_ARTICLE_BYTES) return { status: "error", fieldErrors: { text: "The text is longer than 500 KB." }, values };
    bytes = Buffer.from(pasted, "utf8");
    fileName = uploadFileName(String(form.get("fileName") ?? "") || "pasted-article.md");
  } else {
    return { status: "error", fieldErrors: { text: "Paste the article text, or choose a file to upload." }, values };
  }
  let record;
  try {
    record = articleFromText(fileName, bytes);
  } catch (e) {
    if (e instanceof ContentFileError) {
      const where = e.line ? ` (line ${e.line})` : "";
      return { status: "error", message: `This article cannot be read${where}: ${e.reason}. Nothing was saved.`, values };
    }
    throw e;
  }
  // Pasted text has no file name: its title names it.
  const fromFile = (file instanceof File && file.size > 0) || form.get("fromFile") === "1";
  if (!fromFile) record = { ...record, slug: slugify(record.title) || record.slug };
  const text = bytes.toString("utf8");
  if (intent === "preview") {
    return { status: "ok", preview: previewArticle(record.slug, text, record.title), text, fileName, fromFile, values };
  }
  const slug = await insertUploadedArticle(record, user.id);
  await regenerateQuestions();
  revalidatePath("/teach/content");
  redirect(`/teach/content/${slug}?added=1`);
}
