package dev.lensc.runtime.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document id spells the type, the version and the key: {@code "{type}@{version}:{key}"}.
 * {@code {key}} (exactly once) is what identifies the document across versions; {@code {type}}
 * and {@code {version}} are optional. Everything else is literal text.
 */
public record IdPattern(String text) {
    public static final List<String> PLACEHOLDERS = List.of("type", "version", "key");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** What is wrong with the pattern, one message each; empty when it is usable. */
    public static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                out.add("unknown placeholder '{" + name + "}' (known: {type}, {version}, {key})");
            } else if (seen.contains(name)) {
                out.add("'{" + name + "}' appears twice");
            }
            seen.add(name);
        }
        if (!seen.contains("key")) {
            out.add("the pattern has no '{key}': nothing would identify the document across versions");
        }
        String stripped = PLACEHOLDER.matcher(text).replaceAll("\0");
        if (stripped.contains("\0\0")) {
            out.add("two placeholders touch: put a separator between them");
        }
        return out;
    }

    public IdPattern {
        List<String> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("id pattern \"" + text + "\": " + String.join("; ", problems));
        }
    }

    public boolean hasVersion() {
        return text.contains("{version}");
    }

    public boolean hasType() {
        return text.contains("{type}");
    }

    /** The id of the document with that key, of that type and version. */
    public String format(String type, int version, String key) {
        return text.replace("{type}", type).replace("{version}", Integer.toString(version)).replace("{key}", key);
    }

    /** The parts of an id, or empty when the id does not follow the pattern. */
    public Optional<Parts> parse(String id) {
        StringBuilder regex = new StringBuilder("^");
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        List<String> order = new ArrayList<>();
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(last, m.start())));
            String name = m.group(1);
            regex.append(name.equals("version") ? "(0|[1-9][0-9]{0,8})" : name.equals("key") ? "(.+?)" : "(.*?)");
            order.add(name);
            last = m.end();
        }
        regex.append(Pattern.quote(text.substring(last))).append('$');
        Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(id);
        if (!match.matches()) {
            return Optional.empty();
        }
        String type = null;
        OptionalInt version = OptionalInt.empty();
        String key = null;
        for (int i = 0; i < order.size(); i++) {
            String value = match.group(i + 1);
            switch (order.get(i)) {
                case "type" -> type = value;
                case "version" -> version = OptionalInt.of(Integer.parseInt(value));
                default -> key = value;
            }
        }
        return Optional.of(new Parts(Optional.ofNullable(type), version, key));
    }

    /** What an id says: the type and version where the pattern has them, and always the key. */
    public record Parts(Optional<String> type, OptionalInt version, String key) {}

    @Override
    public String toString() {
        return text;
    }
}
