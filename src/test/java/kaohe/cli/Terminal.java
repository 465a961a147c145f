package kaohe.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The command line as an operator's terminal sees it: what a command printed on each stream, and its exit status. */
final class Terminal {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command line as the jar builds it for these arguments. */
    int run(String... args) {
        CommandLine line = KaoheCommand.commandLine(args);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** The last one-line message the command gave ("kaohe: …"). */
    String lastError() {
        return err.toString().lines().filter(l -> l.startsWith("kaohe: ")).reduce((a, b) -> b).orElse("");
    }

    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
