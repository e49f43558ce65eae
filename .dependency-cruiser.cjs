/**
 * Boundaries checked in `npm run lint` (docs/decisions/009-one-data-layer.md): a wrong import fails
 * the build instead of waiting for review.
 * @type {import("dependency-cruiser").IConfiguration}
 */

// Frameworks and drivers: the pure core may import none of them (Node's own modules and the data layer: rules below).
const IO = [
  "(^|/)node_modules/(next|react|react-dom|@prisma/[^/]+|prisma|better-sqlite3|server-only|csv-parse)/",
  "^src/generated/",
];

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle means two modules cannot be understood, tested or changed apart.",
      from: {},
      to: { circular: true },
    },
    {
      name: "pure-core-no-io",
      severity: "error",
      comment: "salary-model and domain run in a test, a server component and the browser alike: no I/O, no framework.",
      from: { path: "^src/lib/(salary-model|domain)/" },
      to: { path: IO },
    },
    {
      name: "pure-core-no-core-modules",
      severity: "error",
      comment: "Node's built-in modules (node:fs, path, ...) are I/O too.",
      from: { path: "^src/lib/(salary-model|domain)/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "pure-modules-no-db",
      severity: "error",
      comment: "The logic the pages share takes the store's rows as arguments; it never reads them itself.",
      from: { path: "^src/lib/(salary-model|domain|explorer|estimate|records|claims|official)/" },
      to: { path: "^src/lib/db/" },
    },
    {
      name: "only-db-imports-the-driver",
      severity: "error",
      comment:
        "src/lib/db is the one data layer: nothing else talks to Prisma or SQLite. Tests that open the file " +
        "as another process would (to check what was written, to write while the server reads) use its openSqlite too.",
      from: { path: "^(src|scripts|bench|tests)/", pathNot: ["^src/lib/db/", "^src/generated/"] },
      to: { path: ["(^|/)node_modules/(@prisma/[^/]+|better-sqlite3)/", "^src/generated/prisma/"] },
    },
    {
      name: "components-no-db",
      severity: "error",
      comment: "Components render what pages hand them; their types come from src/lib/domain or the pure modules.",
      from: { path: "^src/components/" },
      to: { path: "^src/lib/db/" },
    },
  ],
  options: {
    // The generated client is Prisma's code, not ours: imports of it are checked, its own are not.
    doNotFollow: { path: ["node_modules", "^src/generated/"] },
    exclude: { path: ["^\\.next/", "^coverage/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
