package dev.lensc.dsl.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.lens.Steps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A string field of one version that is string fields of the other joined at a separator: cut into
 * them going forward (a {@code split}, the whole in the older version) or joined from them (a
 * {@code merge}, the whole in the newer). Paired examples show it: the separator is read off them,
 * and the op must give every example's values. Without them only names can suggest it ({@code name}
 * into {@code first} and {@code last}), with low confidence.
 */
final class JoinedFields {
    private static final int MAX_PARTS = 4;
    private static final int MAX_CANDIDATES = 8;
    /** Examples the search reads (the first ones): enough to tell, bounded on large inputs. */
    private static final int MAX_EXAMPLES = 200;

    /** Words that name a person's whole name, and the parts a name splits into, in the order they are written. */
    private static final Set<String> WHOLE_NAMES = Set.of("name", "fullname", "displayname", "personname", "contactname");
    private static final Map<String, Integer> NAME_PARTS = Map.ofEntries(
            Map.entry("first", 0), Map.entry("firstname", 0), Map.entry("given", 0), Map.entry("givenname", 0),
            Map.entry("forename", 0), Map.entry("middle", 1), Map.entry("middlename", 1), Map.entry("last", 2),
            Map.entry("lastname", 2), Map.entry("family", 2), Map.entry("familyname", 2), Map.entry("surname", 2));

    /**
     * The whole, its parts in order, the separator, how sure, why, and what the user must check;
     * {@code separator} is null when only a decision is proposed (no op).
     */
    record Found(String whole, List<String> parts, String separator, double confidence, String why,
            List<String> decisions) {
        Found {
            parts = List.copyOf(parts);
            decisions = List.copyOf(decisions);
        }
    }

    /** One field's example values by document (null where absent). */
    record Values(String name, List<JsonNode> values) {}

    private JoinedFields() {}

    /**
     * The parts among {@code candidates} that the whole's values are joined from in every example
     * that has all of them as strings, and the separator; the op ({@code cut}: split, else merge)
     * must give the examples' values going forward.
     */
    static Optional<Found> fromExamples(Values whole, List<Values> candidates, boolean cut) {
        List<Values> kept = new ArrayList<>();
        for (Values c : candidates) {
            if (kept.size() < MAX_CANDIDATES && containedIn(c, whole)) {
                kept.add(c);
            }
        }
        Fit best = null;
        List<Fit> tied = new ArrayList<>();
        for (int size = Math.min(MAX_PARTS, kept.size()); size >= 2; size--) {
            for (List<Values> parts : orderedSubsets(kept, size)) {
                Fit fit = fit(whole, parts, cut);
                if (fit == null) {
                    continue;
                }
                if (best == null || fit.reproduced() > best.reproduced()) {
                    best = fit;
                    tied.clear();
                } else if (fit.reproduced() == best.reproduced() && fit.parts().size() == best.parts().size()
                        && !Set.copyOf(fit.parts()).equals(Set.copyOf(best.parts()))) {
                    tied.add(fit);
                }
            }
        }
        return Optional.ofNullable(best).map(f -> found(whole.name(), f, tied, cut));
    }

    /**
     * From names alone: a person's name and its parts ({@code name} into {@code first}, {@code last}),
     * proposed with low confidence at a space; other parts whose names start with the whole's are
     * only a decision.
     */
    static Optional<Found> fromNames(String whole, List<String> candidates, boolean cut) {
        String w = normal(whole);
        if (WHOLE_NAMES.contains(w)) {
            List<String> parts = candidates.stream().filter(c -> NAME_PARTS.containsKey(normal(c)))
                    .sorted(java.util.Comparator.comparingInt(c -> NAME_PARTS.get(normal(c)))).toList();
            Set<Integer> ranks = Set.copyOf(parts.stream().map(c -> NAME_PARTS.get(normal(c))).toList());
            if (parts.size() >= 2 && parts.size() <= MAX_PARTS && ranks.size() == parts.size()
                    && ranks.contains(0) && ranks.contains(2)) {
                return Optional.of(new Found(whole, parts, " ", 0.3, "the names of a person's name and its parts; no"
                        + " example shows the separator", List.of("'" + whole + "' " + (cut ? "is split into " : "is merged from ")
                                + String.join(", ", parts) + " at a space from the names alone: check the separator"
                                + " against real documents")));
            }
        }
        List<String> prefixed = candidates.stream().filter(c -> normal(c).startsWith(w) && normal(c).length() > w.length())
                .limit(MAX_PARTS).toList();
        if (w.length() >= 2 && prefixed.size() >= 2) {
            String op = cut ? "split " + whole + " -> " + String.join(", ", prefixed)
                    : "merge " + String.join(", ", prefixed) + " -> " + whole;
            return Optional.of(new Found(whole, prefixed, null, 0, "", List.of("'" + whole + "' may have been "
                    + (cut ? "cut into " : "joined from ") + String.join(", ", prefixed) + " (their names start with"
                    + " its name); no example shows it: if so, write '" + op + " by \"SEPARATOR\"' instead of the"
                    + " remove and adds")));
        }
        return Optional.empty();
    }

    /**
     * How one ordering of parts fits: every example with the whole and all parts as strings is
     * the parts joined at one separator, or what the op makes of it going forward.
     *
     * @param reproduced the examples the op gives exactly going forward
     */
    private record Fit(List<String> parts, String separator, int examples, int reproduced, String counterexample) {}

    private static Fit fit(Values whole, List<Values> parts, boolean cut) {
        String separator = null;
        int examples = 0;
        int reproduced = 0;
        String counterexample = null;
        List<Splitting.Part> named = Splitting.Part.named(parts.stream().map(Values::name).toList());
        int n = Math.min(MAX_EXAMPLES, whole.values().size());
        for (int i = 0; i < n; i++) {
            String text = text(whole.values().get(i));
            List<String> values = new ArrayList<>(parts.size());
            for (Values p : parts) {
                values.add(i < p.values().size() ? text(p.values().get(i)) : null);
            }
            if (text == null || values.contains(null)) {
                continue;
            }
            if (separator == null) {
                separator = separator(text, values);
                if (separator == null) {
                    return null;
                }
            }
            Splitting.Separator by = new Splitting.Separator(separator);
            boolean forward = cut ? values.equals(Steps.splitText(text, named, by, whole.name(), null))
                    : text.equals(Steps.mergeText(values, named, by, null));
            if (!forward && !text.equals(String.join(separator, values))) {
                return null;
            }
            examples++;
            if (forward) {
                reproduced++;
            } else if (counterexample == null) {
                counterexample = JsonValues.brief(TextNode.valueOf(text)) + " comes out otherwise than the example's "
                        + String.join(", ", values.stream().map(v -> JsonValues.brief(TextNode.valueOf(v))).toList());
            }
        }
        return examples == 0 || separator == null ? null
                : new Fit(parts.stream().map(Values::name).toList(), separator, examples, reproduced, counterexample);
    }

    /** The separator that joins {@code values} (none empty) into {@code text}, or null. */
    private static String separator(String text, List<String> values) {
        if (values.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        int joints = values.size() - 1;
        int rest = text.length() - values.stream().mapToInt(String::length).sum();
        if (rest <= 0 || rest % joints != 0 || !text.startsWith(values.get(0))) {
            return null;
        }
        String separator = text.substring(values.get(0).length(), values.get(0).length() + rest / joints);
        return text.equals(String.join(separator, values)) ? separator : null;
    }

    private static Found found(String whole, Fit fit, List<Fit> tied, boolean cut) {
        List<String> decisions = new ArrayList<>();
        String op = cut ? "split" : "merge";
        double confidence;
        String why = "the examples' values joined at " + JsonValues.brief(TextNode.valueOf(fit.separator()));
        if (fit.reproduced() == fit.examples()) {
            confidence = fit.examples() >= 3 ? 0.9 : fit.examples() == 2 ? 0.8 : 0.7;
            why += " (" + fit.examples() + " example" + (fit.examples() == 1 ? "" : "s") + ")";
        } else {
            confidence = 0.5;
            why += ", but the " + op + " gives " + fit.reproduced() + " of " + fit.examples() + " examples";
            decisions.add("'" + whole + "': " + (cut ? "the split cuts at the first separators, so "
                    : "the merge leaves empty last parts out, so ") + fit.counterexample() + ": keep the " + op
                    + " if such values are rare, else write a custom op");
        }
        for (Fit other : tied) {
            decisions.add("'" + whole + "': the examples fit " + (cut ? "splitting it into " : "merging ")
                    + String.join(", ", other.parts()) + " as well: choose the parts");
        }
        return new Found(whole, fit.parts(), fit.separator(), confidence, why, decisions);
    }

    /** Whether, in every example with both, the candidate's text occurs in the whole's. */
    private static boolean containedIn(Values part, Values whole) {
        boolean any = false;
        int n = Math.min(MAX_EXAMPLES, Math.min(part.values().size(), whole.values().size()));
        for (int i = 0; i < n; i++) {
            String p = text(part.values().get(i));
            String w = text(whole.values().get(i));
            if (p != null && w != null) {
                if (!w.contains(p)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Every ordering of every {@code size} of {@code items}, in their order first. */
    private static List<List<Values>> orderedSubsets(List<Values> items, int size) {
        List<List<Values>> out = new ArrayList<>();
        permutations(items, size, new ArrayList<>(), new boolean[items.size()], out);
        return out;
    }

    private static void permutations(List<Values> items, int size, List<Values> prefix, boolean[] used,
            List<List<Values>> out) {
        if (prefix.size() == size) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                prefix.add(items.get(i));
                permutations(items, size, prefix, used, out);
                prefix.remove(prefix.size() - 1);
                used[i] = false;
            }
        }
    }

    private static String text(JsonNode v) {
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
    }
}
