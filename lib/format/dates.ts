/** "2015-11-06" → "6 November 2015"; other strings are shown as they are. */
export function formatPublished(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) return published;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
