"use client";

import { useEffect } from "react";

/** Tells the server the browser's time zone, so streaks and daily charts follow the student's own days. */
export function TimeZoneCookie({ current }: { current: string | undefined }) {
  useEffect(() => {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz && tz !== current) document.cookie = `tz=${encodeURIComponent(tz)}; path=/; max-age=31536000; samesite=lax`;
  }, [current]);
  return null;
}
