-- AlterTable
ALTER TABLE "ClaimGroup" ADD COLUMN "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "lineageId" TEXT;
ALTER TABLE "Fact" ADD COLUMN "ownerId" TEXT;
ALTER TABLE "Fact" ADD COLUMN "supersededById" TEXT;

-- CreateTable
CREATE TABLE "ArticleShare" (
    "articleId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("articleId", "classId"),
    CONSTRAINT "ArticleShare_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleShare_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorpusVersion" (
    "part" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FactSuggestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "answerType" TEXT NOT NULL,
    "attribution" TEXT,
    "score" REAL NOT NULL,
    "factId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FactSuggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "file" TEXT,
    "ownerId" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'library',
    "sourceUrl" TEXT,
    "author" TEXT,
    "licence" TEXT,
    "bodyStart" INTEGER NOT NULL DEFAULT 0,
    "textHash" TEXT,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "outletNote" TEXT,
    "date" TEXT,
    "dateText" TEXT NOT NULL,
    "dateline" TEXT,
    "text" TEXT NOT NULL,
    "boilerplate" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("boilerplate", "contentHash", "createdAt", "date", "dateText", "dateline", "file", "id", "outlet", "outletNote", "retiredAt", "text", "title", "updatedAt") SELECT "boilerplate", "contentHash", "createdAt", "date", "dateText", "dateline", "file", "id", "outlet", "outletNote", "retiredAt", "text", "title", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_file_key" ON "Article"("file");
CREATE INDEX "Article_ownerId_retiredAt_idx" ON "Article"("ownerId", "retiredAt");
CREATE UNIQUE INDEX "Article_ownerId_textHash_key" ON "Article"("ownerId", "textHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ArticleShare_classId_idx" ON "ArticleShare"("classId");

-- CreateIndex
CREATE INDEX "FactSuggestion_articleId_state_idx" ON "FactSuggestion"("articleId", "state");

-- CreateIndex
CREATE INDEX "Entity_ownerId_idx" ON "Entity"("ownerId");

-- CreateIndex
CREATE INDEX "Fact_ownerId_retiredAt_idx" ON "Fact"("ownerId", "retiredAt");

-- CreateIndex
CREATE INDEX "Fact_lineageId_idx" ON "Fact"("lineageId");

