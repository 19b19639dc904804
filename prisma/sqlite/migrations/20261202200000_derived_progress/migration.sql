-- CreateTable
CREATE TABLE "FactStanding" (
    "userId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "lastAttemptId" TEXT NOT NULL,
    "lastCorrect" BOOLEAN NOT NULL,
    "lastAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "factId"),
    CONSTRAINT "FactStanding_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyQuarter" (
    "userId" TEXT NOT NULL,
    "quarter" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "again" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("userId", "quarter"),
    CONSTRAINT "StudyQuarter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (added columns: no table copy)
ALTER TABLE "QuizSession" ADD COLUMN "answeredCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "QuizSession" ADD COLUMN "correctCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "QuizSession" ADD COLUMN "revealedAt" DATETIME;

-- CreateIndex
CREATE INDEX "QuizSession_userId_revealedAt_idx" ON "QuizSession"("userId", "revealedAt");
