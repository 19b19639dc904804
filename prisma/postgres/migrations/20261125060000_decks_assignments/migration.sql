-- AlterTable (hand-edited: existing answers take their question's session before NOT NULL)
ALTER TABLE "Attempt" ADD COLUMN     "assignmentId" TEXT,
ADD COLUMN     "sessionId" TEXT;
UPDATE "Attempt" a SET "sessionId" = q."sessionId" FROM "SessionQuestion" q WHERE q."id" = a."sessionQuestionId";
ALTER TABLE "Attempt" ALTER COLUMN "sessionId" SET NOT NULL;

-- AlterTable (hand-edited: existing sessions get their question count)
ALTER TABLE "QuizSession" ADD COLUMN     "assignmentAttempt" INTEGER,
ADD COLUMN     "assignmentId" TEXT,
ADD COLUMN     "questionCount" INTEGER NOT NULL DEFAULT 0;
UPDATE "QuizSession" s SET "questionCount" = (SELECT COUNT(*) FROM "SessionQuestion" q WHERE q."sessionId" = s."id");

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "factIds" TEXT NOT NULL,
    "itemTypes" TEXT NOT NULL,
    "questionsPerAttempt" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "maxAttempts" INTEGER,
    "scoring" TEXT NOT NULL,
    "answersVisible" TEXT NOT NULL,
    "allowLate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Deck_teacherId_idx" ON "Deck"("teacherId");

-- CreateIndex
CREATE INDEX "Assignment_classId_dueAt_idx" ON "Assignment"("classId", "dueAt");

-- CreateIndex
CREATE INDEX "Assignment_deckId_idx" ON "Assignment"("deckId");

-- CreateIndex
CREATE INDEX "Attempt_gradebook_idx" ON "Attempt"("assignmentId", "sessionId", "correct", "timeTakenMs", "createdAt");

-- CreateIndex
CREATE INDEX "Attempt_question_analysis_idx" ON "Attempt"("assignmentId", "itemId", "correct", "response", "sessionQuestionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizSession_assignmentId_userId_assignmentAttempt_key" ON "QuizSession"("assignmentId", "userId", "assignmentAttempt");

-- AddForeignKey
ALTER TABLE "QuizSession" ADD CONSTRAINT "QuizSession_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

