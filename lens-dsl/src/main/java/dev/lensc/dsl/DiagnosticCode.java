package dev.lensc.dsl;

/**
 * Every problem the DSL front end reports, each with a stable code users can search for. Codes are
 * never reused or renumbered; new problems get new codes at the end.
 */
public enum DiagnosticCode {
    /** The text does not follow the grammar. */
    SYNTAX("LENS001"),
    /** A number where a version number belongs is not a whole number in range. */
    BAD_VERSION_NUMBER("LENS002"),
    /** An op names a field the schema does not have at that point. */
    UNKNOWN_FIELD("LENS003"),
    /** Two fields, schemas, versions, lenses or enum values share one name. */
    DUPLICATE("LENS004"),
    /** A default value does not fit the declared type. */
    DEFAULT_TYPE("LENS005"),
    /** A convert table entry is not a value of its side's type, or is misplaced. */
    CONVERT_ENTRY("LENS006"),
    /** A convert table has no way for an enum (or boolean) value to go. */
    CONVERT_MISSING_VALUE("LENS007"),
    /** A version no chain of lenses reaches from the first version. */
    VERSION_UNREACHABLE("LENS008"),
    /** Two lenses lead into the same version (or into the first one). */
    VERSION_TWO_WAYS_IN("LENS009"),
    /** A lens from a version to itself, or lenses in a cycle. */
    VERSION_CYCLE("LENS010"),
    /** A restated version differs from what the lenses derive. */
    RESTATED_VERSION_DIFFERS("LENS011"),
    /** The class of a custom op cannot be found or is not a usable CustomLens. */
    CUSTOM_CLASS("LENS012"),
    /** An op loses data on the way back. */
    LOSSY_OP("LENS013"),
    /** Valid syntax for a feature the compiler does not support yet. */
    NOT_SUPPORTED("LENS014"),
    /** Any other problem an op has with the schema it runs on. */
    INVALID_OP("LENS015"),
    /** A schema that declares no version, or a type that cannot be. */
    INVALID_SCHEMA("LENS016"),
    /** The file cannot be read. */
    IO("LENS017"),
    /** The package name is not a Java package name (a keyword such as {@code class}, or not an identifier). */
    JAVA_PACKAGE_NAME("LENS018"),
    /** Two schemas of one package would generate the same Java class names. */
    JAVA_CLASS_CLASH("LENS019");

    private final String code;

    DiagnosticCode(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code LENS003}. */
    public String code() {
        return code;
    }
}
