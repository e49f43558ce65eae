// Runs once when the server starts, before it answers a request (Next.js instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitUnlessServerDatabaseUsable } = await import("@/lib/db/schema/health");
    exitUnlessServerDatabaseUsable();
  }
}
