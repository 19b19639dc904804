/**
 * Runs once when the server starts, before it answers requests: builds the study corpus (items,
 * grading context, citations) so the first answers after a restart do not each wait for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { studyCorpus } = await import("./lib/study/corpus.server");
  const started = Date.now();
  try {
    const corpus = await studyCorpus();
    console.log(`✔ Study corpus ready: ${corpus.items.length} items (${Date.now() - started} ms)`);
  } catch (error) {
    // Not fatal: the first request builds it, and reports the database problem itself.
    console.error(`✖ Could not prepare the study corpus at start-up: ${(error as Error).message}`);
  }
}
