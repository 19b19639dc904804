import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * better-sqlite3 gives a process one connection. The Prisma adapter serialises interactive
 * transactions among themselves, but a plain statement from another request, issued while a
 * transaction is open (its body awaits), runs inside that transaction: a rollback (a retried
 * flashcard review) or a crash before COMMIT then takes an already acknowledged answer with it.
 * Here plain statements wait while a transaction is open or waiting to open.
 */
export function gateSqliteAdapter(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => gate(await connect());
  return factory;
}

function gate(adapter: SqliteAdapter): SqliteAdapter {
  let transactions = 0;
  let idle: Promise<void> = Promise.resolve();
  let becomeIdle = () => {};
  const enter = () => {
    if (transactions++ === 0) idle = new Promise((resolve) => (becomeIdle = resolve));
  };
  const leave = () => {
    if (--transactions === 0) becomeIdle();
  };
  // better-sqlite3 runs a statement synchronously once called, so passing this check is enough.
  const outsideTransactions = async () => {
    while (transactions > 0) await idle;
  };

  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = async (query) => (await outsideTransactions(), queryRaw(query));
  adapter.executeRaw = async (query) => (await outsideTransactions(), executeRaw(query));
  adapter.executeScript = async (script) => (await outsideTransactions(), executeScript(script));
  adapter.startTransaction = async (isolationLevel) => {
    // Counted before it waits for the adapter's own lock: from here on, plain statements hold back.
    enter();
    let transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      leave();
      throw error;
    }
    let open = true;
    const finish =
      <T>(end: () => Promise<T>) =>
      async () => {
        try {
          return await end();
        } finally {
          if (open) leave();
          open = false;
        }
      };
    transaction.commit = finish(transaction.commit.bind(transaction));
    transaction.rollback = finish(transaction.rollback.bind(transaction));
    return transaction;
  };
  return adapter;
}
