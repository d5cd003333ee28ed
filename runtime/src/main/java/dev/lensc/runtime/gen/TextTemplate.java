package dev.lensc.runtime.gen;

import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Splitting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A shape of text a lens reads specially: literal pieces with a random hole between each two
 * ({@code ["(", ") ", ""]} is {@code "(" hole ") " hole}). {@link #of} finds them in ops, so that
 * generated documents hold strings with a split's separator (at either end, too many or too few of
 * them) and strings a pattern's format writes: the edges where splits and merges lose.
 */
public record TextTemplate(List<String> literals) {
    public TextTemplate {
        literals = List.copyOf(literals);
        if (literals.isEmpty()) {
            throw new IllegalArgumentException("a template has at least one literal");
        }
    }

    /** The templates of the splits and merges among {@code ops}, nested ones included. */
    public static List<TextTemplate> of(List<LensOp> ops) {
        List<TextTemplate> out = new ArrayList<>();
        for (LensOp op : ops) {
            if (op instanceof LensOp.Split s) {
                out.addAll(of(s.parts().size(), s.splitting()));
            } else if (op instanceof LensOp.Merge m) {
                out.addAll(of(m.parts().size(), m.splitting()));
            } else if (op instanceof LensOp.In in) {
                out.addAll(of(in.ops()));
            } else if (op instanceof LensOp.Map map) {
                out.addAll(of(map.ops()));
            }
        }
        return out;
    }

    private static List<TextTemplate> of(int parts, Splitting splitting) {
        if (splitting instanceof Splitting.Separator s) {
            String sep = s.separator();
            List<TextTemplate> out = new ArrayList<>();
            out.add(joined(parts, sep));
            out.add(joined(parts + 1, sep));
            out.add(new TextTemplate(List.of(sep, "")));
            out.add(new TextTemplate(List.of("", sep)));
            out.add(new TextTemplate(List.of(sep, sep, "")));
            return out;
        }
        List<String> literals = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (Splitting.FormatPiece piece : ((Splitting.Pattern) splitting).pieces()) {
            if (piece.placeholder()) {
                literals.add(literal.toString());
                literal.setLength(0);
            } else {
                literal.append(piece.text());
            }
        }
        literals.add(literal.toString());
        return List.of(new TextTemplate(literals));
    }

    /** {@code n} holes with the separator between them. */
    private static TextTemplate joined(int n, String sep) {
        List<String> literals = new ArrayList<>(Collections.nCopies(n + 1, sep));
        literals.set(0, "");
        literals.set(n, "");
        return new TextTemplate(literals);
    }
}
