package dev.lensc.dsl.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of TextMate's tokenizing that a {@code .tmLanguage.json} grammar of plain rules uses:
 * {@code match} with {@code captures}, {@code begin}/{@code end} with {@code beginCaptures},
 * {@code endCaptures} and nested {@code patterns}, {@code include} of {@code #repository} entries
 * and {@code $self}; line by line, earliest match wins, the end pattern before the nested ones on a
 * tie (as VS Code does). The regexes are compiled with {@link Pattern}: the grammar keeps to the
 * syntax Oniguruma and Java share (the test fails on anything else).
 *
 * <p>The result is the scope stack of every character of the text (without the root scope).
 */
final class TextMateTokenizer {
    private record Rule(String name, Pattern match, Map<Integer, String> captures, Pattern begin, Pattern end,
            Map<Integer, String> beginCaptures, Map<Integer, String> endCaptures, List<Object> patterns) {}

    private final JsonNode grammar;
    private final Map<JsonNode, Rule> compiled = new HashMap<>();

    TextMateTokenizer(JsonNode grammar) {
        this.grammar = grammar;
    }

    /** Scopes per character offset of {@code text}; a character no rule names has an empty list. */
    List<List<String>> scopes(String text) {
        List<List<String>> out = new ArrayList<>(text.length());
        Deque<Rule> open = new ArrayDeque<>();
        Deque<List<String>> openScopes = new ArrayDeque<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            List<List<String>> lineScopes = new ArrayList<>(line.length());
            int pos = 0;
            while (pos <= line.length()) {
                List<String> base = openScopes.isEmpty() ? List.of() : openScopes.peek();
                Rule context = open.peek();
                List<Rule> candidates = flatten(context == null ? topPatterns() : context.patterns());
                Matcher best = null;
                Rule bestRule = null;
                boolean bestIsEnd = false;
                if (context != null) {
                    Matcher m = context.end().matcher(line);
                    if (m.find(pos)) {
                        best = m;
                        bestIsEnd = true;
                    }
                }
                for (Rule r : candidates) {
                    Matcher m = (r.match() != null ? r.match() : r.begin()).matcher(line);
                    if (m.find(pos) && (best == null || m.start() < best.start())) {
                        best = m;
                        bestRule = r;
                        bestIsEnd = false;
                    }
                }
                if (best == null) {
                    fill(lineScopes, line.length(), base);
                    break;
                }
                fill(lineScopes, best.start(), base);
                if (bestIsEnd) {
                    List<String> inside = base;
                    open.pop();
                    openScopes.pop();
                    paint(lineScopes, best, inside, context.endCaptures());
                } else if (bestRule.match() != null) {
                    List<String> scope = with(base, bestRule.name());
                    paint(lineScopes, best, scope, bestRule.captures());
                } else {
                    List<String> scope = with(base, bestRule.name());
                    paint(lineScopes, best, scope, bestRule.beginCaptures());
                    open.push(bestRule);
                    openScopes.push(scope);
                }
                if (best.end() == best.start()) {
                    // a zero-width match must not stall: the character goes with the enclosing scope
                    if (best.end() < line.length()) {
                        lineScopes.add(base);
                    }
                    pos = best.end() + 1;
                } else {
                    pos = best.end();
                }
            }
            out.addAll(lineScopes.subList(0, Math.min(lineScopes.size(), line.length())));
            if (nl < 0) {
                break;
            }
            out.add(openScopes.isEmpty() ? List.of() : openScopes.peek());
            lineStart = nl + 1;
        }
        return out;
    }

    private static void fill(List<List<String>> scopes, int upTo, List<String> scope) {
        while (scopes.size() < upTo) {
            scopes.add(scope);
        }
    }

    /** The match's characters get {@code scope}, each captured group its own scope on top. */
    private static void paint(List<List<String>> scopes, Matcher m, List<String> scope, Map<Integer, String> captures) {
        int first = scopes.size();
        for (int i = m.start(); i < m.end(); i++) {
            scopes.add(scope);
        }
        for (Map.Entry<Integer, String> c : captures.entrySet()) {
            int g = c.getKey();
            if (g <= m.groupCount() && m.start(g) >= 0) {
                for (int i = m.start(g); i < m.end(g); i++) {
                    scopes.set(first + i - m.start(), with(scopes.get(first + i - m.start()), c.getValue()));
                }
            }
        }
    }

    private static List<String> with(List<String> scopes, String name) {
        if (name == null) {
            return scopes;
        }
        List<String> out = new ArrayList<>(scopes);
        out.add(name);
        return List.copyOf(out);
    }

    private List<Object> topPatterns() {
        List<Object> out = new ArrayList<>();
        grammar.get("patterns").forEach(out::add);
        return out;
    }

    /** The rules a context tries, includes resolved (depth first, in order). */
    private List<Rule> flatten(List<Object> patterns) {
        List<Rule> out = new ArrayList<>();
        for (Object p : patterns) {
            JsonNode node = (JsonNode) p;
            if (node.has("include")) {
                String ref = node.get("include").asText();
                if (ref.equals("$self")) {
                    out.addAll(flatten(topPatterns()));
                } else if (ref.startsWith("#")) {
                    JsonNode target = grammar.get("repository").get(ref.substring(1));
                    if (target == null) {
                        throw new IllegalArgumentException("no repository entry " + ref);
                    }
                    out.addAll(target.has("patterns") && !target.has("begin") ? flatten(list(target.get("patterns")))
                            : List.of(rule(target)));
                } else {
                    throw new IllegalArgumentException("unsupported include " + ref);
                }
            } else if (node.has("match") || node.has("begin")) {
                out.add(rule(node));
            } else if (node.has("patterns")) {
                out.addAll(flatten(list(node.get("patterns"))));
            }
        }
        return out;
    }

    private Rule rule(JsonNode node) {
        return compiled.computeIfAbsent(node, n -> new Rule(text(n, "name"), pattern(n, "match"), captures(n, "captures"),
                pattern(n, "begin"), pattern(n, "end"), captures(n, n.has("beginCaptures") ? "beginCaptures" : "captures"),
                captures(n, n.has("endCaptures") ? "endCaptures" : "captures"),
                n.has("patterns") ? list(n.get("patterns")) : List.of()));
    }

    private static List<Object> list(JsonNode array) {
        List<Object> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asText() : null;
    }

    private static Pattern pattern(JsonNode n, String field) {
        return n.has(field) ? Pattern.compile(n.get(field).asText()) : null;
    }

    private static Map<Integer, String> captures(JsonNode n, String field) {
        Map<Integer, String> out = new HashMap<>();
        if (n.has(field)) {
            Iterator<Map.Entry<String, JsonNode>> it = n.get(field).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().has("name")) {
                    out.put(Integer.parseInt(e.getKey()), e.getValue().get("name").asText());
                }
            }
        }
        return out;
    }
}
