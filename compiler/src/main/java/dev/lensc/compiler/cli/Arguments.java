package dev.lensc.compiler.cli;

import dev.lensc.runtime.schema.Hints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options and operands of one command: {@code --name VALUE}, {@code --name=VALUE}, flags. */
final class Arguments {
    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * @param withValue options that take a value
     * @param flags options that take none
     */
    static Arguments parse(String command, List<String> args, Set<String> withValue, Set<String> flags) {
        Arguments a = new Arguments(command);
        boolean onlyOperands = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyOperands || !arg.startsWith("--") && !arg.equals("-h")) {
                a.operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyOperands = true;
                continue;
            }
            String name = arg.equals("-h") ? "help" : arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (a.values.containsKey(name)) {
                throw new UsageException(command, "--" + name + " is given twice");
            }
            if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(command, "--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                a.values.put(name, value);
            } else if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException(command, "--" + name + " takes no value");
                }
                a.values.put(name, "");
            } else {
                List<String> known = new ArrayList<>(withValue);
                known.addAll(flags);
                String hint = Hints.closest(name, known).map(c -> " (did you mean '--" + c + "'?)").orElse("");
                throw new UsageException(command, "unknown option --" + name + hint);
            }
        }
        return a;
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

    List<String> operands() {
        return operands;
    }
}
