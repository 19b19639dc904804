/**
 * Runs once when the server starts, before it answers requests: builds the library's corpus (items,
 * grading context, citations) so the first answers after a restart do not each wait for it.
 */
export async function register() {
  // Next's own runtime switch, read before any of our modules load (the one read of process.env
  // outside lib/env.server.ts: importing that here would bundle it for the edge runtime too).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ studyCorpus }, { libraryScope }] = await Promise.all([
    import("./lib/study/corpus.server"),
    import("./lib/articles/scope.server"),
  ]);
  const started = Date.now();
  try {
    const corpus = await studyCorpus(libraryScope);
    console.log(`✔ Study corpus ready: ${corpus.items.length} items (${Date.now() - started} ms)`);
  } catch (error) {
    // Not fatal: the first request builds it, and reports the database problem itself.
    console.error(`✖ Could not prepare the study corpus at start-up: ${(error as Error).message}`);
  }
}
