// Lighthouse on Debian's Chromium, launched by chrome-launcher (no browser download), for
// bench:pages: one audit of a page, and the figures the benchmark prints from it.
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Result } from "lighthouse";

export type Preset = "desktop" | "mobile";

// As the e2e browser (docs STACK-NOTES P13): loopback only, so Chromium's own calls home go nowhere.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-domain-reliability",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

export type Audit = {
  performance: number;
  accessibility: number;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  scripts: string[];
  failedA11y: string[];
};

/** One Lighthouse run (a fresh Chromium each time, so no cache is shared between runs). */
export async function audit(url: string, opts: { preset: Preset; cookie?: string }): Promise<Audit> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const config: Config | undefined = opts.preset === "desktop" ? desktopConfig : undefined;
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: opts.cookie ? { Cookie: opts.cookie } : null,
      },
      config,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return summarise(result.lhr);
  } finally {
    chrome.kill();
  }
}

function summarise(lhr: Result): Audit {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const landed = new URL(lhr.finalDisplayedUrl);
  const origin = landed.origin;
  const requests = (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
  const scripts = requests
    .filter((r) => r.resourceType === "Script" && r.url.startsWith(origin))
    .map((r) => r.url)
    .sort();
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const a11y = lhr.categories.accessibility!;
  const failedA11y = a11y.auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
    .map((ref) => ref.id);
  return {
    performance: Math.round((lhr.categories.performance!.score ?? 0) * 100),
    accessibility: Math.round((a11y.score ?? 0) * 100),
    metrics: {
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
    },
    scripts,
    failedA11y,
  };
}

type NetworkItem = { url: string; resourceType?: string };

/** The gzip size of each script the page loaded, fetched again (gzip level 9). */
export async function gzipSizes(urls: string[], cookie?: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const url of urls) {
    const res = await fetch(url, { headers: cookie ? { cookie } : {} });
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    sizes.set(url, gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length);
  }
  return sizes;
}

export const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
