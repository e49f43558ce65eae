-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "url" TEXT,
    "file" TEXT,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "Level" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Currency" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    CONSTRAINT "Country_currencyCode_fkey" FOREIGN KEY ("currencyCode") REFERENCES "Currency" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "City" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    CONSTRAINT "City_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Industry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Band" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roleId" TEXT NOT NULL,
    "levelId" TEXT,
    "yearsMin" INTEGER,
    "yearsMax" INTEGER,
    "countryCode" TEXT,
    "cityId" TEXT,
    "companyId" TEXT,
    "industryId" TEXT,
    "basis" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "min" INTEGER,
    "max" INTEGER,
    "openEnded" BOOLEAN NOT NULL,
    "average" INTEGER,
    "amountPhrase" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "note" TEXT,
    "sourceId" TEXT NOT NULL,
    CONSTRAINT "Band_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Band_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "Level" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Band_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Band_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Band_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Band_industryId_fkey" FOREIGN KEY ("industryId") REFERENCES "Industry" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Band_currencyCode_fkey" FOREIGN KEY ("currencyCode") REFERENCES "Currency" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Band_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BandFlag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bandId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "BandFlag_bandId_fkey" FOREIGN KEY ("bandId") REFERENCES "Band" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Factor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "lowPct" REAL NOT NULL,
    "highPct" REAL NOT NULL,
    "scope" TEXT NOT NULL,
    "country" TEXT,
    "amountPhrase" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "note" TEXT,
    "sourceId" TEXT NOT NULL,
    CONSTRAINT "Factor_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FactorFlag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "factorId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "FactorFlag_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "Factor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "currencyCode" TEXT NOT NULL PRIMARY KEY,
    "unitsPerUsd" REAL NOT NULL,
    "date" TEXT NOT NULL,
    "derivation" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    CONSTRAINT "ExchangeRate_currencyCode_fkey" FOREIGN KEY ("currencyCode") REFERENCES "Currency" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ExchangeRate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Level_rank_key" ON "Level"("rank");

-- CreateIndex
CREATE INDEX "Band_countryCode_idx" ON "Band"("countryCode");

-- CreateIndex
CREATE INDEX "Band_levelId_idx" ON "Band"("levelId");

-- CreateIndex
CREATE INDEX "Band_companyId_idx" ON "Band"("companyId");

-- CreateIndex
CREATE INDEX "Band_roleId_idx" ON "Band"("roleId");

-- CreateIndex
CREATE INDEX "Band_industryId_idx" ON "Band"("industryId");

-- CreateIndex
CREATE INDEX "Band_cityId_idx" ON "Band"("cityId");

-- CreateIndex
CREATE INDEX "Band_basis_idx" ON "Band"("basis");

-- CreateIndex
CREATE INDEX "Band_sourceId_idx" ON "Band"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "BandFlag_bandId_code_key" ON "BandFlag"("bandId", "code");

-- CreateIndex
CREATE INDEX "Factor_kind_idx" ON "Factor"("kind");

-- CreateIndex
CREATE INDEX "Factor_sourceId_idx" ON "Factor"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "FactorFlag_factorId_code_key" ON "FactorFlag"("factorId", "code");
