import type { IgnoredParam } from "./params";

/** The API's answer to parameters it cannot use: 400 naming each, with what it may hold. */
export function badParameters(ignored: readonly IgnoredParam[]): Response {
  return Response.json(
    {
      error: "invalid parameters",
      parameters: ignored.map(({ name, value, reason, allowed }) => ({ name, value, reason, ...(allowed ? { allowed } : {}) })),
    },
    { status: 400 },
  );
}
