-- CreateTable
CREATE TABLE "DataPublication" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "schemaVersion" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "bands" INTEGER NOT NULL,
    "factors" INTEGER NOT NULL,
    "sources" INTEGER NOT NULL,
    "exchangeRates" INTEGER NOT NULL,
    "recordImports" INTEGER NOT NULL,
    "salaryRecords" INTEGER NOT NULL,
    "publishedAt" DATETIME NOT NULL
);
