package kaohe.shared;

/**
 * A failure the operator must put right before the command can work (a seal key missing or too short),
 * said in one complete Chinese line: the command line prints it as it stands and exits 3 (failure), with
 * no stack trace on the terminal. Unlike a {@link Refusal}, the input was not wrong; the installation is.
 */
public class OperatorFailure extends RuntimeException {

    public OperatorFailure(String message) {
        super(message);
    }
}
