"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A date in the reader's own time zone. The server renders it in UTC (it
 * cannot know the zone); the browser re-renders it in local time after hydration.
 */
export function LocalTime({ date, withTime = true }: { date: Date | string; withTime?: boolean }) {
  const d = typeof date === "string" ? new Date(date) : date;
  const local = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const text = d.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    ...(local ? {} : { timeZone: "UTC" }),
  });
  return (
    <time dateTime={d.toISOString()}>
      {text}
      {!local && withTime ? " UTC" : ""}
    </time>
  );
}
