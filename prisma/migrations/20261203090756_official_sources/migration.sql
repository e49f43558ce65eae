-- CreateTable
CREATE TABLE "OfficialImport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT,
    "file" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "rowsRead" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "replaced" INTEGER NOT NULL,
    CONSTRAINT "OfficialImport_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OccupationWage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "occCode" TEXT NOT NULL,
    "occTitle" TEXT NOT NULL,
    "oGroup" TEXT NOT NULL,
    "employment" INTEGER,
    "mean" INTEGER,
    "meanTopCoded" BOOLEAN NOT NULL,
    "p10" INTEGER,
    "p10TopCoded" BOOLEAN NOT NULL,
    "p25" INTEGER,
    "p25TopCoded" BOOLEAN NOT NULL,
    "median" INTEGER,
    "medianTopCoded" BOOLEAN NOT NULL,
    "p75" INTEGER,
    "p75TopCoded" BOOLEAN NOT NULL,
    "p90" INTEGER,
    "p90TopCoded" BOOLEAN NOT NULL,
    "hourlyMean" REAL,
    "hourlyMeanTopCoded" BOOLEAN NOT NULL,
    CONSTRAINT "OccupationWage_importId_fkey" FOREIGN KEY ("importId") REFERENCES "OfficialImport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LcaFiling" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "srcIndex" INTEGER NOT NULL,
    "employerName" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "socCodeRaw" TEXT NOT NULL,
    "socCode" TEXT NOT NULL,
    "socTitle" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "wageFrom" REAL NOT NULL,
    "wageUnit" TEXT NOT NULL,
    "prevailingWage" REAL NOT NULL,
    "prevailingWageUnit" TEXT NOT NULL,
    "annualWage" REAL NOT NULL,
    "annualPrevailingWage" REAL NOT NULL,
    CONSTRAINT "LcaFiling_importId_fkey" FOREIGN KEY ("importId") REFERENCES "OfficialImport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PppValue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "countryIso3" TEXT NOT NULL,
    "countryIso2" TEXT NOT NULL,
    "countryName" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "value" REAL NOT NULL,
    CONSTRAINT "PppValue_importId_fkey" FOREIGN KEY ("importId") REFERENCES "OfficialImport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OfficialImport_kind_fileSha256_idx" ON "OfficialImport"("kind", "fileSha256");

-- CreateIndex
CREATE INDEX "OfficialImport_sourceId_idx" ON "OfficialImport"("sourceId");

-- CreateIndex
CREATE INDEX "OccupationWage_importId_idx" ON "OccupationWage"("importId");

-- CreateIndex
CREATE INDEX "OccupationWage_occCode_idx" ON "OccupationWage"("occCode");

-- CreateIndex
CREATE UNIQUE INDEX "OccupationWage_year_occCode_oGroup_key" ON "OccupationWage"("year", "occCode", "oGroup");

-- CreateIndex
CREATE INDEX "LcaFiling_importId_idx" ON "LcaFiling"("importId");

-- CreateIndex
CREATE INDEX "LcaFiling_socCode_idx" ON "LcaFiling"("socCode");

-- CreateIndex
CREATE INDEX "LcaFiling_state_idx" ON "LcaFiling"("state");

-- CreateIndex
CREATE UNIQUE INDEX "LcaFiling_period_srcIndex_key" ON "LcaFiling"("period", "srcIndex");

-- CreateIndex
CREATE INDEX "PppValue_importId_idx" ON "PppValue"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "PppValue_countryIso2_year_indicator_key" ON "PppValue"("countryIso2", "year", "indicator");
