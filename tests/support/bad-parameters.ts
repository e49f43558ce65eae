import { expect } from "vitest";
import type { IgnoredParam } from "@/lib/url-state/params";

/** Asserts the API's 400 for parameters it cannot use, and returns the parameters it names. */
export async function badParametersOf(response: Response): Promise<IgnoredParam[]> {
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: string; parameters: IgnoredParam[] };
  expect(body.error).toBe("invalid parameters");
  return body.parameters;
}
