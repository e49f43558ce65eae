-- AlterTable
ALTER TABLE "Source" ADD COLUMN "attribution" TEXT;
ALTER TABLE "Source" ADD COLUMN "coverage" TEXT;
ALTER TABLE "Source" ADD COLUMN "measures" TEXT;
ALTER TABLE "Source" ADD COLUMN "method" TEXT;
ALTER TABLE "Source" ADD COLUMN "referencePeriod" TEXT;
