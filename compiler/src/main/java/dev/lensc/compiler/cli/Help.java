package dev.lensc.compiler.cli;

/** The help texts: one per command and one overview. */
final class Help {
    private Help() {}

    static final String OVERVIEW = """
            lensc - translate JSON documents and patches between schema versions with lenses

            Usage:
              lensc apply  --lens FILE [--type NAME] [--from V --to V | --reverse]
                           [--base BASE.json] [--schema IN-SCHEMA.json] [IN.json]
              lensc apply  --jsonl --lens FILE ... [-o OUT.jsonl] [--rejects FILE]
                           [--fail-fast] [--resume] [--threads N] [IN.jsonl]
              lensc patch  --lens FILE [--type NAME] [--from V --to V | --reverse] [--strict]
                           [--doc DOC.json [--base BASE.json]] [--schema IN-SCHEMA.json]
                           [PATCH.json]
              lensc patch  --lens FILE.lens [--type NAME] [--epoch N] [--mode MODE]
                           [--doc STORED.json] [--to V] [OPS.jsonl]
              lensc schema --lens FILE [--type NAME] [--version V | --reverse]
                           [--schema IN-SCHEMA.json]
              lensc check  FILE.lens... [--tries N] [--seed S] [--no-laws]
              lensc graph  --lens FILE.lens [--type NAME] [--format dot|mermaid]
              lensc compile FILE.lens... -d OUTPUT-DIR [--package NAME] [--resources DIR]
              lensc doc    FILE.lens... -o OUTPUT-DIR
              lensc infer  DOCS... [--name NAME] [--enum-limit N] [--map-keys N]
              lensc fmt    FILE.lens... [--check | --stdout]
              lensc import-cambria LENS.yml (--schema IN-SCHEMA.json | --doc DOC.json)
                           [--name NAME]
              lensc suggest OLD NEW [--name NAME]
              lensc help [COMMAND]        (or: lensc COMMAND --help)

            Commands:
              apply    translate one JSON document (IN.json, or stdin) and print it,
                       or a JSON Lines file of many (--jsonl)
              patch    translate a JSON Patch (RFC 6902) and print the translated patch,
                       or decide operation envelopes and print each decision
              schema   print the JSON Schema (draft 2020-12) of one side of a lens
              check    check .lens files, then test the round-trip laws of every lens
              graph    print the version graph of a document type (Graphviz or Mermaid)
              compile  generate Java records and translators from .lens files
              doc      write an HTML page per schema: version graph, fields, lenses, laws
              infer    write a first .lens file from existing JSON documents
              fmt      format .lens files (--check: say which would change)
              import-cambria
                       turn a Cambria YAML lens into a .lens file
              suggest  propose a lens between two versions (documents, JSON Schemas
                       or FILE.lens@V)

            Lens files:
              *.lens          document types with numbered versions and lenses between
                              them; pick a translation with --from/--to (and --type when
                              the file defines several)
              *.yml, *.yaml   a Cambria lens: a list of ops with no versions; it goes
                              forward, or backward with --reverse

            Exit codes:
              0  success
              1  the document or patch cannot be read or translated (the message names
                 FILE:LINE:COL or its JSON pointer), a law check failed, or the heap ran
                 out (LENSC_JAVA_OPTS=-Xmx... gives more)
              2  usage error, or a lens file with errors (each printed as
                 FILE:LINE:COL: error: MESSAGE)
            """;

    static final String APPLY = """
            lensc apply - translate one JSON document, or a JSON Lines file of many

            Usage:
              lensc apply --lens FILE [--type NAME] [--from V --to V | --reverse]
                          [--base BASE.json] [--schema IN-SCHEMA.json] [IN.json]
              lensc apply --jsonl --lens FILE [--type NAME] [--from V --to V | --reverse]
                          [-o OUT.jsonl] [--rejects REJECTS.tsv] [--fail-fast] [--resume]
                          [--threads N] [--schema IN-SCHEMA.json] [IN.jsonl]

            Reads IN.json (or stdin when it is absent or '-'), translates it through the
            lens and prints the result as indented JSON on stdout.

            When the document type declares an envelope that carries the version (a
            version field, or an id such as "todo-item@1:KEY"), --to is enough: the version
            is read from the document, and its envelope is written again for --to with the
            same key. A document whose envelope names another type or an unknown version is
            refused (exit 1, naming the JSON pointer); --from, when given, must agree.

            With --jsonl, IN.jsonl (or stdin) holds one document per line; each is read
            strictly and its translation written as compact JSON on one line, in input
            order, to stdout or OUT.jsonl. Lines are translated in parallel (one thread
            per core) in constant memory, whatever the input's length. A line that
            cannot be read or translated never stops the rest: it goes to the rejects
            file as its line number, a tab, the reason (column, or JSON pointer,
            versions and op), a tab and the line as it was; without --rejects the first
            ones are reported on stderr. The counts (lines in = translated + rejected)
            end the run on stderr, after a progress bar when stderr is a terminal.
            Exit codes: 0 every line translated; 1 a line was rejected; 2 usage.

            Options:
              --lens FILE       the lens file (.lens, or .yml/.yaml: a Cambria lens)
              --from V --to V   the versions to translate between (.lens files); any two
                                versions the lenses connect, in either direction;
                                --to alone when the envelope gives the version
              --type NAME       the document type of a .lens file that defines several
              --reverse         run a Cambria lens backward
              --base BASE.json  an existing document of the target side: the result keeps
                                everything of it the input has no say about (fields the
                                input's side does not know, other items of a wrapped
                                array), so translating forward and then back with
                                --base ORIGINAL.json gives ORIGINAL.json back
              --schema FILE     the JSON Schema of the input (Cambria lenses); without it
                                the schema is inferred from the document. With a schema,
                                fields the input lacks get the output schema's defaults.

            JSON Lines options:
              --jsonl           one document per line in, one per line out
              -o, --output FILE write to FILE instead of stdout
              --rejects FILE    the lines that cannot be translated, with their reasons
              --fail-fast       stop at the first line that cannot be translated (exit 1);
                                the lines before it are written
              --resume          go on after an interrupted run with the same input, -o
                                and --rejects: the lines its output and rejects account
                                for are skipped, a torn last line is cut off, nothing is
                                written twice
              --threads N       workers translating lines (default: one per core)

            Examples:
              lensc apply --lens todo-item.lens --from 1 --to 3 todo-v1.json > todo-v3.json
              lensc apply --lens todo-item.lens --from 3 --to 1 --base todo-v1.json todo-v3.json
              lensc apply --lens issue-to-task.lens.yml issue.json > task.json
              lensc apply --lens issue-to-task.lens.yml --reverse --base issue.json task.json
              lensc apply --jsonl --lens todo-item.lens --from 1 --to 3 items-v1.jsonl \
                  -o items-v3.jsonl --rejects rejects.tsv
              lensc apply --lens todo-item.lens --to 3 chesterfield-v1.json
            """;

    static final String PATCH = """
            lensc patch - translate a JSON Patch to another version

            Usage:
              lensc patch --lens FILE [--type NAME] [--from V --to V | --reverse] [--strict]
                          [--doc DOC.json [--base BASE.json]] [--schema IN-SCHEMA.json]
                          [PATCH.json]

            Reads a JSON Patch (RFC 6902: an array of add, remove, replace, move, copy and
            test ops) from PATCH.json (or stdin when it is absent or '-') and prints the
            patch that makes the same change on the other side, as an indented JSON array.
            Applying the printed patch to the translated document gives the translation
            of the patched document.

            Without --doc, each op is translated from its path and value alone, as Cambria
            does (for edits that arrive without the document). Where what an op means
            depends on data the patch does not carry, the common reading is taken and said
            on stderr (warning: op N at /path: ...). With --doc (the document the patch
            applies to), the translation is exact for any data.

            An op with no counterpart on the other side (a write to a field the target
            version does not have) is left out and reported on stderr as
              warning: dropped op N at /path: reason
            and the exit code stays 0 (with --strict it is a rejection). An invalid edit (a
            path the source version does not have, a value of the wrong type, a value the
            lens cannot map) is rejected:
              error: rejected op N at /path: reason
            and nothing is printed; the exit code is 1.

            Options:
              --lens FILE       the lens file (.lens, or .yml/.yaml: a Cambria lens)
              --from V --to V   the patch is on version V (--from); print it for --to
              --type NAME       the document type of a .lens file that defines several
              --reverse         translate through a Cambria lens backward
              --strict          every dropped op is a rejection (exit 1)
              --doc DOC.json    the document (of the --from side) the patch applies to
              --base BASE.json  with --doc: the stored document of the target side the
                                printed patch will be applied to (default: the
                                translation of DOC)
              --schema FILE     the JSON Schema of the input side (Cambria lenses): ops
                                are checked against it

            Examples:
              echo '[{"op":"replace","path":"/isDone","value":true}]' |
                lensc patch --lens todo-item.lens --from 1 --to 3
              lensc patch --lens todo-item.lens --from 3 --to 1 --strict edit.json
              lensc patch --lens todo-item.lens --from 3 --to 1 --doc todo-v3.json edit.json

            Operation envelopes:
              lensc patch --lens FILE.lens [--type NAME] [--epoch N] [--mode MODE]
                          [--doc STORED.json] [--to V] [OPS.jsonl]

            When the input is operation envelopes, {"opId", "docType", "docId", "version",
            "epoch"?, "patch"} (one, or one a line), each is decided by the document type's
            sync rules (semantic fields, epochs, mode, gates): applied as it is, translated,
            buffered (waiting for the document, a later epoch or an upgrade) or rejected.
            Each decision is printed as one JSON line on stdout (opId, decision, docType,
            docId, version, epoch, toVersion, replicaEpoch, and the translated operation,
            what it waits for, or the reason, action and rule); each buffering is a warning
            and each rejection an error on stderr. The exit code is 1 when any is rejected.

              --epoch N         the epoch the replica is in (default: the latest declared)
              --mode MODE       the rollout mode instead of the declared one
                                (read-old-write-old, read-new-write-old,
                                read-new-write-both, read-new-write-new, compact-old)
              --doc STORED.json the stored document, with its envelope: each operation is
                                decided and applied on the document the one before left
                                (printed in each decision)
              --to V            without --doc: the version to decide for (default: the
                                newest; operations are translated from their paths and
                                values); with --doc: its version, if its envelope has none

              lensc patch --lens todo-item.lens ops.jsonl
              lensc patch --lens todo-item.lens --epoch 2 --doc chesterfield-v3.json ops.jsonl
            """;

    static final String SCHEMA = """
            lensc schema - print the JSON Schema of one side of a lens

            Usage:
              lensc schema --lens FILE [--type NAME] [--version V | --reverse]
                           [--schema IN-SCHEMA.json]

            For a .lens file: the schema of one version of a document type (default: the
            latest). For a Cambria lens: the schema of its output, derived from
            IN-SCHEMA.json (or from an empty object when no input schema is given); with
            --reverse, of the input side, derived from a schema of the output side.

            Options:
              --lens FILE       the lens file (.lens, or .yml/.yaml: a Cambria lens)
              --version V       the version whose schema to print (.lens files)
              --type NAME       the document type of a .lens file that defines several
              --reverse         derive through the reversed Cambria lens
              --schema FILE     the JSON Schema the Cambria lens starts from
            """;

    static final String CHECK = """
            lensc check - check .lens files and test the laws of their lenses

            Usage:
              lensc check FILE.lens... [--tries N] [--seed S] [--no-laws]

            First parses and checks every file and prints every problem of every file as
              FILE:LINE:COL: error: MESSAGE
                hint: ...
            (exit 2 when there is any error; warnings are printed and do not fail).

            Then tests the round-trip laws of every lens, in both directions and between
            every pair of versions, on documents generated from the version schemas:
              GetPut               backward(forward(a), a) == a
              PutGet (onto base)   forward(backward(b), b) == b
              PutGet               forward(backward(b, a)) == b
              CreateGet            forward(backward(b)) == b
            It prints one line per lens and law, the shrunk counterexample of every law
            that breaks, and a last line with the totals, tries, seed and time taken.
            Exit 1 when a law fails that the lens does not declare lossy.

            Options:
              --tries N    documents to try per lens and law (default 1000)
              --seed S     the seed of the generated documents (default 20240501, so
                           every run checks the same documents); a failure prints the
                           seed that replays it
              --no-laws    check the files only

            Example:
              lensc check src/main/lens/*.lens --tries 10000
            """;

    static final String GRAPH = """
            lensc graph - print the version graph of a document type

            Usage:
              lensc graph --lens FILE.lens [--type NAME] [--format dot|mermaid]

            Prints one node per version (the version number and how many fields its schema
            has) and one edge per lens (its description, or how many ops it has), in
            version order, so the output changes only when the lens file does.

            Options:
              --lens FILE.lens  the lens file
              --type NAME       the document type of a file that defines several
              --format F        dot (Graphviz, the default) or mermaid (a flowchart)

            Examples:
              lensc graph --lens todo-item.lens | dot -Tsvg > todo-item.svg
              lensc graph --lens todo-item.lens --format mermaid
            """;

    static final String COMPILE = """
            lensc compile FILE.lens... -d OUTPUT-DIR [--package NAME] [--resources DIR]

            Generates, for every schema of the files, a Java record per version, a <Type>Lenses
            class of typed and JsonNode translators between every pair of versions, a
            <Type>StreamTranslators class of streaming ones (JsonParser to JsonGenerator), and a
            <Type>Registration found by ServiceLoader (META-INF/services/... under --resources,
            default OUTPUT-DIR). Generated code needs lens-runtime and Jackson only.

              -d DIR          where the Java sources go (package folders are created)
              --package NAME  one Java package for all generated code (default: each file's
                              package line, or lensc.generated)
              --resources DIR where the ServiceLoader registration goes

            Any error in any file: every positioned error is printed, nothing is written, exit 2.
            Prints the files written, one a line.
            """;

    static final String DOC = """
            lensc doc FILE.lens... -o OUTPUT-DIR

            Writes a static HTML page per schema of the files (OUTPUT-DIR/<qualified name>.html)
            and an index.html: the version graph as an SVG picture, every version's fields
            (type, presence, default), every lens with its ops, the laws it keeps and the losses
            it declares, and an example document translated both ways. The pages are
            self-contained: no scripts, no fetches.

              -o DIR   where the pages go (created when missing)

            Any error in any file: every positioned error is printed, nothing is written, exit 2.
            Prints the files written, one a line.
            """;

    static String of(String command) {
        if (command == null) {
            return OVERVIEW;
        }
        return switch (command) {
            case "apply" -> APPLY;
            case "patch" -> PATCH;
            case "schema" -> SCHEMA;
            case "check" -> CHECK;
            case "graph" -> GRAPH;
            case "compile" -> COMPILE;
            case "doc" -> DOC;
            default -> null;
        };
    }
}
