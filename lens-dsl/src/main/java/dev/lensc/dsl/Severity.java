package dev.lensc.dsl;

/** How bad a diagnostic is: errors stop code generation, warnings do not. */
public enum Severity {
    ERROR("error"), WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** As printed: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
