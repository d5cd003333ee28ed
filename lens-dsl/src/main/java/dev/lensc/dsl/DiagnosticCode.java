package dev.lensc.dsl;

/**
 * Every problem the DSL front end reports, each with a stable code users can search for and one
 * fixed severity (as ANTLR's {@code ErrorType}): a code never means an error in one place and a
 * warning in another. Codes are never reused or renumbered; new problems get new codes at the end.
 */
public enum DiagnosticCode {
    /** The text does not follow the grammar. */
    SYNTAX("LENS001", Severity.ERROR),
    /** A number where a version number belongs is not a whole number in range. */
    BAD_VERSION_NUMBER("LENS002", Severity.ERROR),
    /** An op names a field the schema does not have at that point. */
    UNKNOWN_FIELD("LENS003", Severity.ERROR),
    /** Two fields, schemas, versions, lenses, enum values or fallbacks share one name or place. */
    DUPLICATE("LENS004", Severity.ERROR),
    /** A default value does not fit the declared type (a {@code remove}'s default included: it could not restore the field). */
    DEFAULT_TYPE("LENS005", Severity.ERROR),
    /** A convert table entry is not a value of its side's type, or is misplaced. */
    CONVERT_ENTRY("LENS006", Severity.ERROR),
    /** A convert table has no way for an enum (or boolean) value to go. */
    CONVERT_MISSING_VALUE("LENS007", Severity.ERROR),
    /** A version no chain of lenses reaches from the first version. */
    VERSION_UNREACHABLE("LENS008", Severity.ERROR),
    /** Two lenses lead into the same version (or into the first one). */
    VERSION_TWO_WAYS_IN("LENS009", Severity.ERROR),
    /** A lens from a version to itself, or lenses in a cycle. */
    VERSION_CYCLE("LENS010", Severity.ERROR),
    /** A restated version differs from what the lenses derive. */
    RESTATED_VERSION_DIFFERS("LENS011", Severity.ERROR),
    /** The class of a custom op cannot be found or is not a usable CustomLens. */
    CUSTOM_CLASS("LENS012", Severity.ERROR),
    /** An op breaks a law (loses data one way or the other) and the lens does not declare it. */
    LOSSY_OP("LENS013", Severity.WARNING),
    /** Valid syntax for a feature the compiler does not support yet. */
    NOT_SUPPORTED("LENS014", Severity.ERROR),
    /** Any other problem an op has with the schema it runs on. */
    INVALID_OP("LENS015", Severity.ERROR),
    /** A schema that declares no version, or a type that cannot be. */
    INVALID_SCHEMA("LENS016", Severity.ERROR),
    /** The file cannot be read. */
    IO("LENS017", Severity.ERROR),
    /** A convert table entry that repeats an earlier one: harmless, but one of them is noise. */
    REPEATED_ENTRY("LENS018", Severity.WARNING),
    /** A field name an earlier lens removed comes back with another type, and the lens does not declare the reuse. */
    REUSED_NAME("LENS019", Severity.WARNING),
    /** The package name is not a Java package name (a keyword such as {@code class}, or not an identifier). */
    JAVA_PACKAGE_NAME("LENS020", Severity.ERROR),
    /** Two schemas of one package would generate the same Java class names. */
    JAVA_CLASS_CLASH("LENS021", Severity.ERROR),
    /** A sync rule (epoch, gate) or an assembly names a version the schema does not have. */
    UNKNOWN_VERSION("LENS022", Severity.ERROR),
    /** Epochs are not written in increasing order. */
    EPOCH_ORDER("LENS023", Severity.ERROR),
    /** A sync declaration that cannot work: an unknown mode or envelope role, a bad id pattern, a reject rule without a reason. */
    INVALID_SYNC_RULE("LENS024", Severity.ERROR),
    /** The key of {@code map f by key} cannot identify the items: no such field, not a scalar, optional, or changed inside the map. */
    MAP_KEY("LENS025", Severity.ERROR),
    /** A split's or merge's parts do not fit its rule: a pattern's groups and the parts differ in number, a part named twice, an empty separator. */
    SPLIT_PARTS("LENS026", Severity.ERROR),
    /** The pattern of a split or merge is not a valid Java regex. */
    INVALID_REGEX("LENS027", Severity.ERROR),
    /** A split's format cannot write the parts back: a placeholder that names no part, a part it leaves out, a stray brace, no format for a pattern. */
    SPLIT_FORMAT("LENS028", Severity.ERROR),
    /** A split's else rule names no part, a part twice, or a field other than the split one; or it follows a literal separator. */
    SPLIT_ELSE("LENS029", Severity.ERROR),
    /** An {@code assemble} input names a schema the file does not declare. */
    UNKNOWN_SCHEMA("LENS030", Severity.ERROR),
    /**
     * An assembled version that cannot work: a reference field that is not a string, a supplied field
     * whose type or presence differs from the target's, a version assembled from no input, or a schema
     * every version of which is assembled.
     */
    INVALID_ASSEMBLY("LENS031", Severity.ERROR),
    /** Assembled versions that take fields from each other in a cycle (a schema assembled from itself included). */
    ASSEMBLY_CYCLE("LENS032", Severity.ERROR);

    private final String code;
    private final Severity severity;

    DiagnosticCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** Every diagnostic of this code has this severity. */
    public Severity severity() {
        return severity;
    }

    /** The stable code, e.g. {@code LENS003}. */
    public String code() {
        return code;
    }
}
