// Lint holds the layers apart (HOUSE-STYLE.md): app → server → db → lib, and lib
// knows nothing of the others. A module the rules would have to except is in the
// wrong folder.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const outside = (message, ...groups) => ({ group: groups, message });

/** What lib/ may not import: the database, the server layer, the framework, the runtime. */
const LIB_BANS = [
  outside(
    "lib/ is pure: the database belongs to db/ and server/.",
    "@/db",
    "@/db/*",
    "**/db/*",
    "drizzle-orm",
    "drizzle-orm/*",
    "pg",
    "@electric-sql/*",
  ),
  outside(
    "lib/ is pure: request, session and file-system code belongs to server/.",
    "@/server",
    "@/server/*",
    "**/server/*",
    "@/auth",
    "@/auth.*",
    "@/env.js",
    "server-only",
  ),
  outside("lib/ is pure: routes and UI belong to app/ and components/.", "@/app/*", "@/components/*"),
  outside(
    "lib/ is pure: no framework imports.",
    "next",
    "next/*",
    "next-auth",
    "next-auth/*",
    "react",
    "react/*",
    "react-dom",
    "react-dom/*",
  ),
  outside(
    "lib/ is pure: no Node.js built-ins (take what you need as an argument).",
    "node:*",
    "fs",
    "fs/*",
    "path",
    "crypto",
    "os",
    "child_process",
    "worker_threads",
  ),
];

const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".data/**",
      ".worker/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "db/migrations/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    // Async server components render once per request: reading the clock there is not a re-render hazard.
    files: ["app/**/page.tsx", "app/**/layout.tsx"],
    rules: { "react-hooks/purity": "off" },
  },
  {
    // No React in lib/: a function named use…() is not a hook.
    files: ["lib/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts", "lib/**/test-fixtures.ts", "lib/**/fixtures/**"],
    rules: { "no-restricted-imports": ["error", { patterns: LIB_BANS }] },
  },
  {
    // Tests of pure modules (and their fixture helpers) may read fixtures from disk, nothing else.
    files: ["lib/**/*.test.ts", "lib/**/test-fixtures.ts", "lib/**/fixtures/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: LIB_BANS.slice(0, 4) }] },
  },
  {
    files: ["db/**/*.ts"],
    ignores: ["db/**/*.test.ts", "db/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            outside(
              "db/ is below server/ and app/: it may import lib/ only.",
              "@/app/*",
              "@/server",
              "@/server/*",
              "@/components/*",
              "@/auth",
              "next",
              "next/*",
              "react",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            outside("server/ is below app/: routes import it, not the other way.", "@/app/*", "@/components/*"),
          ],
        },
      ],
    },
  },
];

export default config;
