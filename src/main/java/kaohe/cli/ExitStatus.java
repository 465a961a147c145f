package kaohe.cli;

/** Exit status of every command, as INTERFACE.md fixes it. */
final class ExitStatus {

    static final int DONE = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    private ExitStatus() {
    }
}
