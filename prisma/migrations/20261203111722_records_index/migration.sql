-- CreateTable
CREATE TABLE "RecordsIndex" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "usdMids" BLOB NOT NULL,
    "labels" TEXT NOT NULL,
    "codes" BLOB NOT NULL
);
