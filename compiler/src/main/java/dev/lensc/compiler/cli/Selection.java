package dev.lensc.compiler.cli;

/**
 * Which translation or schema the command line asks a {@link LensSource} for. Absent options are
 * null (and {@code reverse} false); each source says which combinations it accepts.
 */
public record Selection(String type, Integer from, Integer to, Integer version, boolean reverse) {

    /**
     * The translation of {@code --type}, {@code --from}/{@code --to} or {@code --reverse}; {@code --to}
     * alone when the documents' envelope gives the source version.
     */
    static Selection translation(Arguments a) {
        Selection s = new Selection(a.value("type"), a.version("from"), a.version("to"), null, a.has("reverse"));
        if (s.reverse() && (s.from() != null || s.to() != null)) {
            throw new UsageException(a.command(), "give either --from/--to or --reverse, not both");
        }
        if (s.from() != null && s.to() == null) {
            throw new UsageException(a.command(), "--from needs --to");
        }
        return s;
    }

    public boolean hasVersions() {
        return from != null || to != null || version != null;
    }
}
