-- AlterTable
ALTER TABLE "Entity" ADD COLUMN "kind" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "answerType" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "attribution" TEXT,
    "claimGroup" TEXT,
    "distractors" TEXT NOT NULL DEFAULT '[]',
    "entities" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Fact" ("aliases", "answer", "answerType", "articleId", "attribution", "claimGroup", "contentHash", "createdAt", "entities", "id", "question", "quote", "quoteEnd", "quoteStart", "retiredAt", "statement", "topics", "updatedAt") SELECT "aliases", "answer", "answerType", "articleId", "attribution", "claimGroup", "contentHash", "createdAt", "entities", "id", "question", "quote", "quoteEnd", "quoteStart", "retiredAt", "statement", "topics", "updatedAt" FROM "Fact";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE INDEX "Fact_articleId_idx" ON "Fact"("articleId");
CREATE INDEX "Fact_claimGroup_idx" ON "Fact"("claimGroup");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

