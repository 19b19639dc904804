-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teacherId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "factIds" TEXT NOT NULL,
    "itemTypes" TEXT NOT NULL,
    "questionsPerAttempt" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deck_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "maxAttempts" INTEGER,
    "scoring" TEXT NOT NULL,
    "answersVisible" TEXT NOT NULL,
    "allowLate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "sessionQuestionId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "timeTakenMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sessionId" TEXT NOT NULL,
    "assignmentId" TEXT,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_sessionQuestionId_fkey" FOREIGN KEY ("sessionQuestionId") REFERENCES "SessionQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Hand-edited: existing answers take their question's session (no assignments existed before).
INSERT INTO "new_Attempt" ("correct", "createdAt", "factId", "id", "itemId", "response", "sessionQuestionId", "timeTakenMs", "userId", "verdict", "sessionId") SELECT a."correct", a."createdAt", a."factId", a."id", a."itemId", a."response", a."sessionQuestionId", a."timeTakenMs", a."userId", a."verdict", q."sessionId" FROM "Attempt" a JOIN "SessionQuestion" q ON q."id" = a."sessionQuestionId";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE UNIQUE INDEX "Attempt_sessionQuestionId_key" ON "Attempt"("sessionQuestionId");
CREATE INDEX "Attempt_userId_factId_createdAt_idx" ON "Attempt"("userId", "factId", "createdAt");
CREATE INDEX "Attempt_userId_createdAt_idx" ON "Attempt"("userId", "createdAt");
CREATE INDEX "Attempt_gradebook_idx" ON "Attempt"("assignmentId", "sessionId", "correct", "timeTakenMs", "createdAt");
CREATE INDEX "Attempt_question_analysis_idx" ON "Attempt"("assignmentId", "itemId", "correct", "response", "sessionQuestionId");
CREATE TABLE "new_QuizSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "selection" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "assignmentId" TEXT,
    "assignmentAttempt" INTEGER,
    "questionCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "QuizSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizSession_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Hand-edited: existing sessions get their question count.
INSERT INTO "new_QuizSession" ("createdAt", "finishedAt", "id", "kind", "selection", "title", "userId", "questionCount") SELECT s."createdAt", s."finishedAt", s."id", s."kind", s."selection", s."title", s."userId", (SELECT COUNT(*) FROM "SessionQuestion" q WHERE q."sessionId" = s."id") FROM "QuizSession" s;
DROP TABLE "QuizSession";
ALTER TABLE "new_QuizSession" RENAME TO "QuizSession";
CREATE INDEX "QuizSession_userId_createdAt_idx" ON "QuizSession"("userId", "createdAt");
CREATE UNIQUE INDEX "QuizSession_assignmentId_userId_assignmentAttempt_key" ON "QuizSession"("assignmentId", "userId", "assignmentAttempt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Deck_teacherId_idx" ON "Deck"("teacherId");

-- CreateIndex
CREATE INDEX "Assignment_classId_dueAt_idx" ON "Assignment"("classId", "dueAt");

-- CreateIndex
CREATE INDEX "Assignment_deckId_idx" ON "Assignment"("deckId");

