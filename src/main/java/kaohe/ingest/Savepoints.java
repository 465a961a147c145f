package kaohe.ingest;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Work under a savepoint of the caller's transaction, rolled back to it when the work fails. MySQL answers a deadlock
 * by throwing the whole transaction away, savepoints and all; rolling back to the savepoint then fails too, and
 * Spring's TransactionTemplate logs that as an ERROR with both stack traces, though the chunk is simply written
 * again. Here the work's own failure goes up, with the failed rollback attached to it.
 */
final class Savepoints {

    private static final TransactionDefinition NESTED = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;

    Savepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    void run(Runnable work) {
        TransactionStatus savepoint = transactions.getTransaction(NESTED);
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            try {
                transactions.rollback(savepoint);
            } catch (TransactionException lost) {
                e.addSuppressed(lost);
            }
            throw e;
        }
        transactions.commit(savepoint);
    }
}
