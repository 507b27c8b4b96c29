import type { Metadata } from "next";
import { isRefusalCode, LTI_REFUSAL } from "@/lib/lti/refusals";
import { LtiCard } from "../_components/lti-card";

export const metadata: Metadata = { title: "Launch refused" };

type Params = { searchParams: Promise<{ reason?: string; detail?: string }> };

/** Why an LMS launch was refused. Nothing was created: no account, class or link. */
export default async function RefusedPage({ searchParams }: Params) {
  const { reason, detail } = await searchParams;
  const code = isRefusalCode(reason) ? reason : "state_unknown";
  const { title, message } = LTI_REFUSAL[code];
  return (
    <LtiCard title={title}>
      <p>{message}</p>
      {detail && (
        <p className="text-sm">
          <span className="font-semibold">Details:</span> {detail.slice(0, 200)}
        </p>
      )}
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Sourced did not sign anyone in and created nothing for this launch. (Reason code: {code}.)
      </p>
    </LtiCard>
  );
}
