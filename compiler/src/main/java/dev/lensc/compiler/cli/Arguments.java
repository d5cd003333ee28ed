package dev.lensc.compiler.cli;

import dev.lensc.runtime.schema.Hints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options and operands of one command: {@code --name VALUE}, {@code --name=VALUE}, flags,
 * one-letter aliases ({@code -d DIR}); {@code --} ends the options and {@code -} is an operand
 * (stdin).
 */
final class Arguments {
    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Arguments(String command) {
        this.command = command;
    }

    static Arguments parse(String command, List<String> args, Options options) {
        Arguments a = new Arguments(command);
        boolean onlyOperands = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyOperands || !arg.startsWith("-") || arg.equals("-")) {
                a.operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyOperands = true;
                continue;
            }
            String name;
            String value = null;
            if (arg.startsWith("--")) {
                name = arg.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
            } else if (arg.equals("-h")) {
                name = "help";
            } else if (options.aliases().containsKey(arg)) {
                name = options.aliases().get(arg);
            } else {
                throw new UsageException(command, "unknown option " + arg);
            }
            if (a.values.containsKey(name)) {
                throw new UsageException(command, "--" + name + " is given twice");
            }
            if (options.withValue().contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(command, arg + " needs a value");
                    }
                    value = args.get(++i);
                }
                a.values.put(name, value);
            } else if (options.flags().contains(name) || name.equals("help")) {
                if (value != null) {
                    throw new UsageException(command, "--" + name + " takes no value");
                }
                a.values.put(name, "");
            } else {
                List<String> known = new ArrayList<>(options.withValue());
                known.addAll(options.flags());
                known.add("help");
                String hint = Hints.closest(name, known).map(c -> " (did you mean '--" + c + "'?)").orElse("");
                throw new UsageException(command, "unknown option --" + name + hint);
            }
        }
        return a;
    }

    String command() {
        return command;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String value(String name) {
        return values.get(name);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException(command, "--" + name + " is required");
        }
        return v;
    }

    Integer version(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new UsageException(command, "--" + name + " takes a version number, not '" + v + "'");
        }
    }

    /** A whole number option from {@code min} to {@code max}, or {@code absent} when it is not given. */
    long number(String name, long min, long max, long absent) {
        String v = values.get(name);
        if (v == null) {
            return absent;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(command, "--" + name + " takes a whole number"
                + (min > Long.MIN_VALUE ? " of at least " + min : "") + ", not '" + v + "'");
    }

    List<String> operands() {
        return operands;
    }

    /** At most {@code max} operands; {@code what} names them in the message ("input document"). */
    List<String> operands(int max, String what) {
        if (operands.size() > max) {
            throw new UsageException(command, (max == 0 ? "unexpected argument '" + operands.get(0) + "'"
                    : "one " + what + " at most, found " + operands.size() + ": " + String.join(" ", operands)));
        }
        return operands;
    }
}
