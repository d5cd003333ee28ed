package dev.lensc.dsl.cambria;

import static dev.lensc.dsl.cambria.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.parser.LensFormatter;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.JsonSchemas;
import dev.lensc.runtime.schema.SchemaInference;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CambriaImport}: the imported {@code .lens} file translates every ported Cambria case
 * (CambriaDocConversionTest, CambriaPitfallsTest) as the YAML lens does, forward and, where the
 * case has a base, backward onto it.
 */
class CambriaImportTest {

    /** A Cambria case: the lens, a document it reads, its JSON Schema (or null: inferred), an edit of the result to take back. */
    record Case(String name, String yaml, String doc, String schema, String editedView) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String PROJECT = String.join("\n", "lens:",
            "  - rename: { source: title, destination: name }",
            "  - add: { name: description, type: string, default: '' }",
            "  - convert:",
            "      name: complete",
            "      sourceType: boolean",
            "      destinationType: string",
            "      mapping:",
            "        - { false: todo, true: done }",
            "        - { todo: false, inProgress: false, done: true }");
    private static final String PROJECT_SCHEMA = "{'type':'object','additionalProperties':false,'properties':{"
            + "'title':{'type':'string'},"
            + "'tasks':{'type':'array','items':{'type':'object','properties':{'title':{'type':'string'}}}},"
            + "'complete':{'type':'boolean'},"
            + "'metadata':{'type':'object','properties':{'createdAt':{'type':'number','default':123},"
            + "'updatedAt':{'type':'number','default':123}}}}}";
    private static final String ARTHROPOD = String.join("\n", "lens:",
            "  - rename: { source: title, destination: name }",
            "  - head: { name: labels }",
            "  - in: { name: labels, lens: [ { rename: { source: name, destination: category } } ] }",
            "  - hoist: { host: labels, name: category }",
            "  - remove: { name: labels, type: [object, 'null'] }");
    private static final String TAGS_V1 = String.join("\n", "lens:",
            "  - add: { name: tags, type: array, items: { type: object }, default: [] }",
            "  - in:",
            "      name: tags",
            "      lens:",
            "        - map:",
            "            lens:",
            "              - add: { name: name, type: string, default: '' }",
            "              - add: { name: color, type: string, default: '#ffffff' }",
            "  - add: { name: metadata, type: object, default: {} }",
            "  - in:",
            "      name: metadata",
            "      lens:",
            "        - add: { name: title, type: string, default: '' }",
            "        - add: { name: flags, type: object, default: {} }",
            "        - in: { name: flags, lens: [ { add: { name: O_CREATE, type: boolean, default: true } } ] }",
            "  - add: { name: assignee, type: [string, 'null'] }");

    static Stream<Case> cases() {
        return Stream.of(
                new Case("project, schema given", PROJECT, "{'title':'hello'}", PROJECT_SCHEMA,
                        "{'name':'x','description':'d','complete':'done'}"),
                new Case("project, inferred", PROJECT, "{'title':'x','complete':true}", null,
                        "{'name':'x','complete':'inProgress','description':''}"),
                new Case("nested rename, schema given",
                        "lens:\n  - in: { name: metadata, lens: [ { rename: { source: title, destination: name } } ] }",
                        "{'metadata':{'title':'hello'}}",
                        "{'type':'object','additionalProperties':false,'properties':{"
                                + "'metadata':{'type':'object','properties':{'title':{'type':'string'}}},"
                                + "'otherparent':{'type':'object','properties':{'title':{'type':'string','default':''}}}}}",
                        null),
                new Case("rename inside an object",
                        "lens:\n  - in: { name: details, lens: [ { rename: { source: height, destination: heightInches } } ] }",
                        "{'name':'hello','details':{'age':23,'height':64}}", null,
                        "{'name':'hello','details':{'age':24,'heightInches':65}}"),
                new Case("defaults filled recursively", TAGS_V1, "{}", null, null),
                new Case("github to arthropod", ARTHROPOD, "{'id':7,'title':'Crash','state':'open','labels':["
                        + "{'id':1,'name':'bug','color':'red'},{'id':2,'name':'ui','color':'blue'}],'user':{'login':'ann'}}",
                        null, "{'id':7,'name':'Changed the name','state':'open','user':{'login':'ann'},'category':'Bug'}"),
                new Case("wrap matches the whole name", "lens:\n  - wrap: { name: tag }", "{'tag':'a','tagline':'b'}", null,
                        "{'tag':['z'],'tagline':'b'}"),
                new Case("in matches the whole name",
                        "lens:\n  - in: { name: meta, lens: [ { rename: { source: a, destination: b } } ] }",
                        "{'meta':{'a':1},'metadata':{'a':2}}", null, "{'meta':{'b':5},'metadata':{'a':2}}"),
                new Case("plunge, host first", "lens:\n  - plunge: { host: tags, name: color }",
                        "{'tags':{'size':1},'color':'orange'}", null, "{'tags':{'size':2,'color':'red'}}"),
                new Case("plunge, field first", "lens:\n  - plunge: { host: tags, name: color }",
                        "{'color':'orange','tags':{'size':1}}", null, null),
                new Case("head onto a base", "lens:\n  - head: { name: names }", "{'names':['a','b']}", null,
                        "{'names':'z'}"),
                new Case("falsy defaults", String.join("\n", "lens:",
                        "  - add: { name: count, type: number, default: 0 }",
                        "  - add: { name: flag, type: [boolean, 'null'], default: false }",
                        "  - add: { name: note, type: [string, 'null'], default: '' }"), "{}", null,
                        "{'count':3,'flag':null,'note':'n'}"),
                new Case("head of an empty array", "lens:\n  - head: { name: labels }", "{'labels':[]}", null, null),
                new Case("map inside in, then head", String.join("\n", "lens:",
                        "  - in: { name: labels, lens: [ { map: { lens: [ { rename: { source: name, destination: title } } ] } } ] }",
                        "  - head: { name: tags }"),
                        "{'tags':['a','b','c'],'labels':[{'name':'x'},{'name':'y','color':'red'},{'name':'z'}],"
                                + "'counts':{'a':1,'b':2,'c':3}}", null,
                        "{'tags':'q','labels':[{'title':'x'},{'title':'w'}],'counts':{'a':1,'b':2,'c':4}}"),
                new Case("convert with null entry", String.join("\n", "lens:",
                        "  - convert:",
                        "      name: state",
                        "      mapping:",
                        "        - { 'null': unknown, open: todo }",
                        "        - { unknown: 'null', todo: open }"), "{'state':'open'}", null, "{'state':'todo'}"),
                new Case("plunge an object", "lens:\n  - plunge: { host: meta, name: author }",
                        "{'author':{'name':'ann','id':7},'meta':{'at':1}}", null, null),
                new Case("convert numbers", "lens:\n  - convert: { name: level, sourceType: number, mapping: [ { 1: low }, { low: 1 } ] }",
                        "{'level':1}", null, "{'level':'low'}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importedLensFile_translatesAsTheYamlLens(Case c) {
        CambriaLens yaml = CambriaLensReader.parse(c.yaml(), "case.lens.yml");
        JsonNode doc = json(c.doc());
        JsonNode schema = c.schema() == null ? null : json(c.schema());
        Type.ObjectType input = (Type.ObjectType) (schema != null ? JsonSchemas.fromJsonSchema(schema) : SchemaInference.infer(doc));
        DocumentType imported = load(CambriaImport.toLensFile(yaml, input, "Case", List.of("case " + c.name())));

        JsonNode forward = imported.translate(doc, 1, 2, null);
        // with an input schema, Cambria's whole-document conversion also fills what the output schema defaults
        JsonNode comparable = schema == null ? forward : CambriaDefaults.fill(forward, yaml.outputType(input));
        assertEquals(yaml.applyToDoc(doc, schema, null), comparable);
        if (c.editedView() != null) {
            JsonNode edited = json(c.editedView());
            assertEquals(yaml.reverse().applyToDoc(edited, null, doc), imported.translate(edited, 2, 1, doc));
        }
    }

    @Test
    void importedLensFile_isFormatted_andDeclaresTheLossesCambriaAccepts() {
        CambriaLens yaml = CambriaLensReader.parse(ARTHROPOD, "arthropod.lens.yml");
        Type.ObjectType input = (Type.ObjectType) SchemaInference.infer(json("{'title':'t','labels':[{'name':'n'}]}"));
        String text = CambriaImport.toLensFile(yaml, input, "Arthropod", List.of("from arthropod.lens.yml"));
        assertEquals(text, LensFormatter.format("a.lens", text).text());
        assertTrue(text.contains("\n    remove labels: { }? = null\n") || text.contains("\n    remove labels: {}? = null\n"), text);
        assertTrue(text.contains("    lossy "), text);
        LensFileResult result = LensFiles.parse("a.lens", text);
        assertTrue(result.warnings().isEmpty(), result.formatDiagnostics());
    }

    @Test
    void aLensThatDoesNotFitTheInput_failsWithThePointer() {
        CambriaLens yaml = CambriaLensReader.parse("lens:\n  - in: { name: user, lens: [ { rename: { source: nme, destination: login } } ] }",
                "bad.lens.yml");
        Type.ObjectType input = (Type.ObjectType) SchemaInference.infer(json("{'user':{'name':'ann'}}"));
        LensException e = assertThrows(LensException.class, () -> CambriaImport.toLensFile(yaml, input, "Bad", List.of()));
        assertEquals("/user", e.pointer());
    }

    private static DocumentType load(String text) {
        LensFileResult result = LensFiles.parse("imported.lens", text);
        assertFalse(result.hasErrors(), () -> text + result.formatDiagnostics());
        return result.schemas().get(0).toDocumentType();
    }
}
