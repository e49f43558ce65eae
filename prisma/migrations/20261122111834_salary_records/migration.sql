-- CreateTable
CREATE TABLE "RecordDataset" (
    "id" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "RecordImport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "datasetId" TEXT NOT NULL,
    "sourceId" TEXT,
    "file" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "rowsRead" INTEGER NOT NULL,
    "rowsInvalid" INTEGER NOT NULL,
    "pairs" INTEGER NOT NULL,
    "observations" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "alreadyPresent" INTEGER NOT NULL,
    CONSTRAINT "RecordImport_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "RecordDataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecordImport_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SalaryRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "datasetId" TEXT NOT NULL,
    "importId" INTEGER NOT NULL,
    "identity" TEXT NOT NULL,
    "lineFrom" INTEGER NOT NULL,
    "lineTo" INTEGER NOT NULL,
    "isPair" BOOLEAN NOT NULL,
    "workYear" INTEGER NOT NULL,
    "experienceLevel" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "employmentType" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "salaryMin" INTEGER NOT NULL,
    "salaryMax" INTEGER NOT NULL,
    "salaryCurrency" TEXT NOT NULL,
    "usdMin" INTEGER NOT NULL,
    "usdMax" INTEGER NOT NULL,
    "usdMid" REAL NOT NULL,
    "employeeResidence" TEXT NOT NULL,
    "remoteRatio" INTEGER NOT NULL,
    "companyLocation" TEXT NOT NULL,
    "companySize" TEXT NOT NULL,
    CONSTRAINT "SalaryRecord_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "RecordDataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SalaryRecord_importId_fkey" FOREIGN KEY ("importId") REFERENCES "RecordImport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RecordImport_datasetId_fileSha256_idx" ON "RecordImport"("datasetId", "fileSha256");

-- CreateIndex
CREATE INDEX "RecordImport_sourceId_idx" ON "RecordImport"("sourceId");

-- CreateIndex
CREATE INDEX "SalaryRecord_importId_idx" ON "SalaryRecord"("importId");

-- CreateIndex
CREATE INDEX "SalaryRecord_jobTitle_idx" ON "SalaryRecord"("jobTitle");

-- CreateIndex
CREATE INDEX "SalaryRecord_level_idx" ON "SalaryRecord"("level");

-- CreateIndex
CREATE INDEX "SalaryRecord_companyLocation_idx" ON "SalaryRecord"("companyLocation");

-- CreateIndex
CREATE INDEX "SalaryRecord_workYear_idx" ON "SalaryRecord"("workYear");

-- CreateIndex
CREATE INDEX "SalaryRecord_employmentType_idx" ON "SalaryRecord"("employmentType");

-- CreateIndex
CREATE INDEX "SalaryRecord_remoteRatio_idx" ON "SalaryRecord"("remoteRatio");

-- CreateIndex
CREATE INDEX "SalaryRecord_companySize_idx" ON "SalaryRecord"("companySize");

-- CreateIndex
CREATE UNIQUE INDEX "SalaryRecord_datasetId_identity_key" ON "SalaryRecord"("datasetId", "identity");
