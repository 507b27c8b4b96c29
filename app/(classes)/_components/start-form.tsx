"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-fields";
import { startAssignmentAction } from "../actions";
import type { FormState } from "@/lib/form-state";

export function StartForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(startAssignmentAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Starting…" : label}
      </button>
    </form>
  );
}
