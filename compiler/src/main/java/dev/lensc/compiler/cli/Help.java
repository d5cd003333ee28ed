package dev.lensc.compiler.cli;

/** The help texts: one per command and one overview. */
final class Help {
    private Help() {}

    static final String OVERVIEW = """
            lensc - translate JSON documents between schema versions with lenses

            Usage:
              lensc apply  --lens FILE [--type NAME] [--from V --to V | --reverse]
                           [--base BASE.json] [--schema IN-SCHEMA.json] [IN.json]
              lensc schema --lens FILE [--type NAME] [--version V | --reverse]
                           [--schema IN-SCHEMA.json]
              lensc help [COMMAND]        (or: lensc COMMAND --help)

            Commands:
              apply    translate one JSON document (IN.json, or stdin) and print it
              schema   print the JSON Schema (draft 2020-12) of one side of a lens

            Lens files:
              *.yml, *.yaml   a Cambria lens: a list of ops with no versions; it goes
                              forward, or backward with --reverse

            Exit codes:
              0  success
              1  the document cannot be translated (the message names its JSON pointer)
              2  usage error, or a lens file that cannot be loaded
            """;

    static final String APPLY = """
            lensc apply - translate one JSON document

            Usage:
              lensc apply --lens FILE [--type NAME] [--from V --to V | --reverse]
                          [--base BASE.json] [--schema IN-SCHEMA.json] [IN.json]

            Reads IN.json (or stdin when it is absent or '-'), translates it through the
            lens and prints the result as indented JSON on stdout.

            Options:
              --lens FILE       the lens file (.yml/.yaml: a Cambria lens)
              --reverse         run a Cambria lens backward
              --type NAME       the document type of a file that defines several
              --from V --to V   the versions to translate between (document types)
              --base BASE.json  an existing document of the target side: the result keeps
                                everything of it the input has no say about (fields the
                                input's side does not know, other items of a wrapped
                                array), so translating forward and then back with
                                --base ORIGINAL.json gives ORIGINAL.json back
              --schema FILE     the JSON Schema of the input (Cambria lenses); without it
                                the schema is inferred from the document. With a schema,
                                fields the input lacks get the output schema's defaults.

            Examples:
              lensc apply --lens issue-to-task.lens.yml issue.json > task.json
              lensc apply --lens issue-to-task.lens.yml --reverse --base issue.json task.json
            """;

    static final String SCHEMA = """
            lensc schema - print the JSON Schema of one side of a lens

            Usage:
              lensc schema --lens FILE [--type NAME] [--version V | --reverse]
                           [--schema IN-SCHEMA.json]

            For a Cambria lens: the schema of its output, derived from IN-SCHEMA.json (or from
            an empty object when no input schema is given); with --reverse, of the input side,
            derived from a schema of the output side.

            Options:
              --lens FILE       the lens file (.yml/.yaml: a Cambria lens)
              --reverse         derive through the reversed lens
              --schema FILE     the JSON Schema the lens starts from
              --type NAME       the document type of a file that defines several
              --version V       the version whose schema to print (document types;
                                default: the latest)
            """;

    static String of(String command) {
        if (command == null) {
            return OVERVIEW;
        }
        return switch (command) {
            case "apply" -> APPLY;
            case "schema" -> SCHEMA;
            default -> null;
        };
    }
}
