package dev.lensc.compiler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.laws.Counterexample;
import dev.lensc.runtime.laws.LawResult;
import dev.lensc.runtime.laws.Loss;
import dev.lensc.runtime.lens.LensOps;

/** Law check results as people read them, in the command line and the Maven log. */
public final class LawReports {
    private LawReports() {}

    /** One line: {@code TodoItem 1 -> 3  GetPut  passed (10000 tries)}. */
    public static String summary(LawResult r) {
        String outcome = switch (r.status()) {
            case PASSED -> "passed (" + r.tries() + " tries)";
            case FAILED -> "FAILED at try " + r.tries();
            case ACCEPTED_LOSS -> "breaks as declared (accepted loss, counterexample at try " + r.tries() + ")";
        };
        return String.format("%-28s %-20s %s", r.lens(), r.law().title(), outcome);
    }

    /** The summary and, for a failure, the shrunk counterexample and what explains it. */
    public static String format(LawResult r) {
        return format(r, "--seed " + r.seed());
    }

    /** As {@link #format(LawResult)}, with the replay line in the caller's syntax (e.g. {@code -Dlens.seed=1}). */
    public static String format(LawResult r, String replay) {
        StringBuilder sb = new StringBuilder(summary(r));
        Counterexample c = r.counterexample();
        if (c != null) {
            sb.append("\n    law:          ").append(r.law().equation());
            sb.append("\n    input:        ").append(text(c.input()));
            if (c.original() != null) {
                sb.append("\n    original:     ").append(text(c.original()));
            }
            sb.append("\n    translated:   ").append(text(c.translated()));
            sb.append("\n    round trip:   ").append(text(c.roundTripped()));
            sb.append("\n    differs at:   ").append(c.pointer() == null ? "-" : c.pointer().isEmpty() ? "/" : c.pointer());
            sb.append("\n    problem:      ").append(c.problem());
            for (String pointer : r.unexplained()) {
                sb.append("\n    unexplained:  ").append(pointer);
            }
            for (Loss loss : r.losses()) {
                sb.append("\n    because:      '").append(LensOps.describe(loss.op())).append("': ").append(loss.reason());
            }
            if (r.failed()) {
                sb.append("\n    replay with:  ").append(replay);
                sb.append("\n    or declare:   lossy ").append(r.law().dslName())
                        .append(" \"why this loss is acceptable\"  (inside the lens block)");
            }
        } else if (r.failed()) {
            // a loss a custom lens declares that the tries did not show
            for (String problem : r.unexplained()) {
                sb.append("\n    problem:      ").append(problem);
            }
            sb.append("\n    replay with:  ").append(replay);
        }
        return sb.toString();
    }

    private static String text(JsonNode n) {
        return n == null ? "(none)" : n.toString();
    }
}
