import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { readEnv } from "@/lib/env";

export function createPrismaClient(databaseFile: string, options: { readonly?: boolean } = {}): PrismaClient {
  const readonly = options.readonly ?? false;
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseFile, readonly, fileMustExist: readonly }) });
}

const globalForPrisma = globalThis as { prisma?: PrismaClient };

/**
 * The app's one client, kept on globalThis so dev-server reloads do not open a new connection each time.
 * Read-only: the web server never writes; db:setup and imports write through createPrismaClient.
 */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(readEnv().databaseFile, { readonly: true });
  return globalForPrisma.prisma;
}
