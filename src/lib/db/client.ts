import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { readEnv } from "@/lib/env";

export function createPrismaClient(databaseFile: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseFile }) });
}

const globalForPrisma = globalThis as { prisma?: PrismaClient };

/** The app's one client, kept on globalThis so dev-server reloads do not open a new connection each time. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(readEnv().databaseFile);
  return globalForPrisma.prisma;
}
