package dev.lensc.runtime.json;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointer (RFC 6901) text: escaping of {@code ~} and {@code /}, parsing into tokens. */
public final class JsonPointers {
    private JsonPointers() {}

    public static String child(String pointer, String name) {
        return pointer + "/" + escape(name);
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The reference tokens of a pointer; {@code ""} is the whole document (no tokens). */
    public static List<String> parse(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        int start = 1;
        for (int i = 1; i <= pointer.length(); i++) {
            if (i == pointer.length() || pointer.charAt(i) == '/') {
                tokens.add(unescape(pointer.substring(start, i)));
                start = i + 1;
            }
        }
        return tokens;
    }

    public static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append('/').append(escape(t));
        }
        return sb.toString();
    }
}
