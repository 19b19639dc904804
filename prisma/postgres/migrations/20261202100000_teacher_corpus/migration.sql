-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "author" TEXT,
ADD COLUMN     "bodyStart" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "licence" TEXT,
ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'library',
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "sourceUrl" TEXT,
ADD COLUMN     "textHash" TEXT,
ALTER COLUMN "file" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ClaimGroup" ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "lineageId" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "supersededById" TEXT;

-- CreateTable
CREATE TABLE "ArticleShare" (
    "articleId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleShare_pkey" PRIMARY KEY ("articleId","classId")
);

-- CreateTable
CREATE TABLE "CorpusVersion" (
    "part" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CorpusVersion_pkey" PRIMARY KEY ("part")
);

-- CreateTable
CREATE TABLE "FactSuggestion" (
    "id" TEXT NOT NULL,
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
    "score" DOUBLE PRECISION NOT NULL,
    "factId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FactSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleShare_classId_idx" ON "ArticleShare"("classId");

-- CreateIndex
CREATE INDEX "FactSuggestion_articleId_state_idx" ON "FactSuggestion"("articleId", "state");

-- CreateIndex
CREATE INDEX "Article_ownerId_retiredAt_idx" ON "Article"("ownerId", "retiredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Article_ownerId_textHash_key" ON "Article"("ownerId", "textHash");

-- CreateIndex
CREATE INDEX "Entity_ownerId_idx" ON "Entity"("ownerId");

-- CreateIndex
CREATE INDEX "Fact_ownerId_retiredAt_idx" ON "Fact"("ownerId", "retiredAt");

-- CreateIndex
CREATE INDEX "Fact_lineageId_idx" ON "Fact"("lineageId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleShare" ADD CONSTRAINT "ArticleShare_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleShare" ADD CONSTRAINT "ArticleShare_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactSuggestion" ADD CONSTRAINT "FactSuggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

