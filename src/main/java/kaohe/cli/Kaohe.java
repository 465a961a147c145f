package kaohe.cli;

/** Entry point of {@code java -jar target/kaohe.jar <command> [options]}. */
public final class Kaohe {

    private Kaohe() {
    }

    public static void main(String[] args) {
        System.exit(KaoheCommand.commandLine(args).execute(args));
    }
}
