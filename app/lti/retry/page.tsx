import type { Metadata } from "next";
import { findOpenLogin } from "@/db/queries/lti/logins";
import { LTI_REFUSAL } from "@/lib/lti/refusals";
import { LtiCard } from "../_components/lti-card";

export const metadata: Metadata = { title: "Open Sourced in a new window" };

type Params = { searchParams: Promise<{ state?: string }> };

/**
 * The launch came back without the cookie that binds it to this browser, as
 * happens in the LMS's frame when the browser blocks every third-party
 * cookie. The launch is not trusted; it can start again in a new window.
 */
export default async function RetryPage({ searchParams }: Params) {
  const { state } = await searchParams;
  const open = state && state.length <= 100 ? await findOpenLogin(state) : null;
  if (!open) {
    const { title, message } = LTI_REFUSAL.state_unknown;
    return (
      <LtiCard title={title}>
        <p>{message}</p>
      </LtiCard>
    );
  }
  return (
    <LtiCard title="Open Sourced in a new window">
      <p>
        Your browser did not keep Sourced’s launch cookie inside the LMS’s page, so Sourced cannot tell that this launch
        is yours. Start it again in a window of its own.
      </p>
      <form method="post" action="/lti/relogin" target="_blank">
        <input type="hidden" name="state" value={state} />
        <button type="submit" className="btn-primary">
          Open Sourced in a new window
        </button>
      </form>
    </LtiCard>
  );
}
