import type { Metadata } from "next";
import { LTI_REFUSAL } from "@/lib/lti/refusals";
import { openPick } from "@/server/lti/pick";
import { LtiCard } from "../../_components/lti-card";
import { PickForms } from "../../_components/pick-forms";

export const metadata: Metadata = { title: "Choose a Sourced assignment" };

type Params = { params: Promise<{ token: string }> };

/**
 * The instructor's choice inside the LMS's frame: for deep linking, the
 * assignment to place in the course; for an activity placed without deep
 * linking, the assignment it opens. The launch's one-time token authorizes it.
 */
export default async function PickPage({ params }: Params) {
  const { token } = await params;
  const pick = token.length <= 100 ? await openPick(token) : null;
  if (!pick) {
    const { title, message } = LTI_REFUSAL.handoff_used;
    return (
      <LtiCard title={title}>
        <p>{message}</p>
      </LtiCard>
    );
  }
  const deepLink = pick.kind === "deep_link";
  return (
    <LtiCard title={deepLink ? "Add a Sourced quiz to your course" : "Choose the assignment this activity opens"}>
      <p>
        Class <span className="font-semibold">{pick.klass.name}</span>, which Sourced keeps for this course. Students
        who open the activity join it and take the assignment; their scores go to the LMS gradebook.
      </p>
      <PickForms
        token={token}
        assignments={pick.assignments.map((a) => ({ id: a.id, title: a.title, questionCount: a.questionCount }))}
        verb={deepLink ? "Add to the course" : "Use this assignment"}
      />
    </LtiCard>
  );
}
