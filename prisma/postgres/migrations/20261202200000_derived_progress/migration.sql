-- AlterTable
ALTER TABLE "QuizSession" ADD COLUMN     "answeredCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "correctCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "revealedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FactStanding" (
    "userId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "lastAttemptId" TEXT NOT NULL,
    "lastCorrect" BOOLEAN NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FactStanding_pkey" PRIMARY KEY ("userId","factId")
);

-- CreateTable
CREATE TABLE "StudyQuarter" (
    "userId" TEXT NOT NULL,
    "quarter" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "again" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StudyQuarter_pkey" PRIMARY KEY ("userId","quarter")
);

-- CreateIndex
CREATE INDEX "QuizSession_userId_revealedAt_idx" ON "QuizSession"("userId", "revealedAt");

-- AddForeignKey
ALTER TABLE "FactStanding" ADD CONSTRAINT "FactStanding_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyQuarter" ADD CONSTRAINT "StudyQuarter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

