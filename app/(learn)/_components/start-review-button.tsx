"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-fields";
import { startReviewAction } from "../actions";
import type { FormState } from "@/lib/form-state";

export function StartReviewButton({ count }: { count: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(startReviewAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <button type="submit" className="btn-primary px-5 py-3 text-base" disabled={pending}>
        {pending ? "Preparing…" : `Review now (${count})`}
      </button>
    </form>
  );
}
