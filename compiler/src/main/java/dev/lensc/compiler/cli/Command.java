package dev.lensc.compiler.cli;

/**
 * One {@code lensc} command. {@link Lensc} parses its arguments with {@link #options()} (every
 * command also takes {@code --help}, printing {@link #help()}) and runs it.
 */
abstract class Command {
    private final String name;
    private final Options options;
    private final String help;

    /**
     * @param name the name on the command line: {@code apply}, {@code check}, ...
     * @param options the options it takes, besides {@code --help}
     * @param help the text {@code lensc help NAME} and {@code lensc NAME --help} print
     */
    Command(String name, Options options, String help) {
        this.name = name;
        this.options = options;
        this.help = help;
    }

    final String name() {
        return name;
    }

    final Options options() {
        return options;
    }

    final String help() {
        return help;
    }

    /**
     * Runs the command.
     *
     * @return the exit code ({@link Lensc#OK}, {@link Lensc#UNTRANSLATABLE}, {@link Lensc#USAGE})
     * @throws UsageException for arguments that do not fit
     */
    abstract int run(Arguments arguments, Context context);
}
