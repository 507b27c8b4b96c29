import type { Metadata } from "next";
import { LTI_REFUSAL } from "@/lib/lti/refusals";
import { sessionTarget } from "@/server/lti/handoff";
import { LtiCard } from "../_components/lti-card";

export const metadata: Metadata = { title: "Open Sourced" };

type Params = { searchParams: Promise<{ t?: string }> };

/**
 * A launch validated inside the LMS's frame. Sourced's session lives in a
 * first-party cookie, which browsers keep apart from frames on other sites,
 * so Sourced carries on in a window of its own (docs/lms.md).
 */
export default async function OpenPage({ searchParams }: Params) {
  const { t } = await searchParams;
  const target = t && t.length <= 100 ? await sessionTarget(t) : null;
  if (!target) {
    const { title, message } = LTI_REFUSAL.handoff_used;
    return (
      <LtiCard title={title}>
        <p>{message}</p>
      </LtiCard>
    );
  }
  const what = target.startsWith("/teach/") ? "the class results" : "your assignment";
  return (
    <LtiCard title="Sourced opens in a new window">
      <p>
        Your LMS shows Sourced inside its own page, where browsers keep Sourced’s sign-in apart. Open {what} in a window
        of its own to carry on; this link works once, for two minutes.
      </p>
      <form method="post" action="/lti/session" target="_blank">
        <input type="hidden" name="token" value={t} />
        <button type="submit" className="btn-primary">
          Open Sourced in a new window
        </button>
      </form>
    </LtiCard>
  );
}
