package dev.lensc.compiler.cli;

/**
 * Which translation or schema the command line asks a {@link LensSource} for. Absent options are
 * null (and {@code reverse} false); each source says which combinations it accepts.
 */
public record Selection(String type, Integer from, Integer to, Integer version, boolean reverse) {

    public boolean hasVersions() {
        return from != null || to != null || version != null;
    }
}
