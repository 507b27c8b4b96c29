"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-fields";
import { startReviewAction, type StartState } from "../actions";

export function StartReviewButton({ count }: { count: number }) {
  const [state, action, pending] = useActionState<StartState, FormData>(startReviewAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <button type="submit" className="btn-primary px-5 py-3 text-base" disabled={pending}>
        {pending ? "Preparing…" : `Review now (${count})`}
      </button>
    </form>
  );
}
