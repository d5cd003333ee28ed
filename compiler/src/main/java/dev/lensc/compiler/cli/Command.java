package dev.lensc.compiler.cli;

/**
 * One {@code lensc} command. {@link Lensc} parses its arguments with {@link #options()} (every
 * command also takes {@code --help}, printing {@link #help()}) and runs it.
 */
interface Command {
    /** The name on the command line: {@code apply}, {@code check}, ... */
    String name();

    /** The options it takes, besides {@code --help}. */
    Options options();

    /** The text {@code lensc help NAME} and {@code lensc NAME --help} print. */
    String help();

    /**
     * Runs the command.
     *
     * @return the exit code ({@link Lensc#OK}, {@link Lensc#UNTRANSLATABLE}, {@link Lensc#USAGE})
     * @throws UsageException for arguments that do not fit
     */
    int run(Arguments arguments, Context context);
}
