// Writes a random AUTH_SECRET to .env.local when neither the environment nor
// .env.local has one, so `npm start` works on a fresh clone. A deployment that
// sets NODE_ENV=production itself must bring its own secret: the server
// refuses to start without one.
import { randomBytes } from "node:crypto";
import fs from "node:fs";

const file = ".env.local";
const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";

if (process.env.AUTH_SECRET || /^AUTH_SECRET=.+/m.test(existing)) process.exit(0);
if (process.env.NODE_ENV === "production") {
  console.error("AUTH_SECRET is not set and NODE_ENV=production: refusing to generate one. Set AUTH_SECRET.");
  process.exit(1);
}
const secret = randomBytes(33).toString("base64");
const sep = existing === "" || existing.endsWith("\n") ? "" : "\n";
fs.writeFileSync(
  file,
  `${existing}${sep}# Generated on first run; keep it secret, never commit it.\nAUTH_SECRET=${secret}\n`,
  { mode: 0o600 },
);
console.error(`[sourced] wrote a new AUTH_SECRET to ${file}`);
