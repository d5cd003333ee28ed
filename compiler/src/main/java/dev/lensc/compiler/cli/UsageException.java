package dev.lensc.compiler.cli;

/** A command line that cannot be run as written (exit code 2). */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String command;

    /** @param command the command whose help the message points to, or null for the top-level help */
    public UsageException(String command, String message) {
        super(message);
        this.command = command;
    }

    public String command() {
        return command;
    }
}
