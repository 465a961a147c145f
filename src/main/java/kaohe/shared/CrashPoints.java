package kaohe.shared;

/**
 * Named points between the steps of a command whose order makes it crash-safe (staged, recorded, in place).
 * Inert in use; a test that starts the jar with {@code -Dkaohe.test.halt-at=NAME} finds the process stopped
 * there, says so on standard error, and freezes and kills it to see exactly what a crash at that point leaves.
 */
public final class CrashPoints {

    public static final String PROPERTY = "kaohe.test.halt-at";

    private CrashPoints() {
    }

    public static void reach(String name) {
        if (!name.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.err.println("kaohe: halted at " + name);
        System.err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
