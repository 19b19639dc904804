-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "kind" TEXT;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "distractors" TEXT NOT NULL DEFAULT '[]';

