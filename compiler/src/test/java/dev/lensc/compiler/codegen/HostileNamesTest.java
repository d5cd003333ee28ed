package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.graph.DocumentType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keywords, symbols, unicode, names that collide after camel-casing and names of java.lang types
 * compile (with -Xlint:all -Werror, see {@link Fixtures}) and keep their JSON names exactly.
 */
class HostileNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hostileFieldNames_becomeDistinctLegalComponents_aJsonNameThatIsAJavaNameKeepingIt() throws Exception {
        Class<?> v1 = Fixtures.loader().loadClass("gen.hostile.StringV1");
        List<String> components = Arrays.stream(v1.getRecordComponents()).map(RecordComponent::getName).toList();
        assertEquals(List.of("class_", "default_", "ref", "aB", "ünïcödé", "field", "createdAt2",
                "createdAt", "createdAt3", "hashCode_", "u0022", "string", "jsonProperty", "list2", "list"), components);
    }

    @Test
    void hostileRecord_roundTripsItsJsonExactly() throws Exception {
        JsonNode doc = JSON.readTree("{\"class\":\"c\",\"default\":1,\"$ref\":\"r\",\"a\\\"b\":\"q\",\"ünïcödé\":true,"
                + "\"_\":\"u\",\"created_at\":\"1\",\"createdAt\":\"2\",\"created-at\":null,"
                + "\"hashCode\":3,\"*/ \\\\u0022\":\"s\",\"string\":{\"String\":\"S\",\"Object\":4},"
                + "\"JsonProperty\":{\"value\":\"v\"},\"List\":\"IN_PROGRESS\",\"list\":[{\"Override\":false}]}");
        Class<?> v1 = Fixtures.loader().loadClass("gen.hostile.StringV1");
        Object record = JSON.treeToValue(doc, v1);
        assertEquals(doc.toString(), JSON.valueToTree(record).toString());
    }

    @Test
    void hostileLenses_translateLikeTheInterpreter() throws Exception {
        JsonNode doc = JSON.readTree("{\"class\":\"c\",\"default\":1,\"$ref\":\"r\",\"a\\\"b\":\"q\",\"ünïcödé\":true,"
                + "\"_\":\"u\",\"created_at\":\"1\",\"createdAt\":\"2\",\"created-at\":null,"
                + "\"hashCode\":3,\"*/ \\\\u0022\":\"s\",\"string\":{\"String\":\"S\",\"Object\":4},"
                + "\"JsonProperty\":{\"value\":\"v\"},\"List\":\"class\",\"list\":[{\"Override\":false}]}");
        DocumentType type = HostileTypes.strings();
        Generated generated = Fixtures.lenses("gen.hostile.StringLenses");
        JsonNode up = generated.translate(doc, 1, 2, null);
        assertEquals(type.translate(doc, 1, 2).toString(), up.toString());
        assertEquals("*/ \"yes\" \\u0041", up.get("ünïcödé").textValue());
        assertEquals(doc.toString(), generated.translate(up, 2, 1, doc).toString());
    }

    @Test
    void emptyFieldName_isRejectedWithTheReason() {
        DocumentType type = DocumentType.builder("Empty").version(1, SampleTypes.object(
                SampleTypes.field("", SampleTypes.STRING))).build();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new JavaGenerator("gen.empty").generate(type));
        assertEquals("the field name \"\" in EmptyV1 cannot become a record component: Jackson treats an empty"
                + " @JsonProperty as unnamed", e.getMessage());
    }

    @Test
    void typesNamedLikeJavaLangTypes_compileAndTranslate() throws Exception {
        JsonNode doc = JSON.readTree("{\"Record\":{\"Object\":\"o\"},\"Integer\":5}");
        JsonNode up = Fixtures.lenses("gen.hostile.RecordLenses").translate(doc, 1, 2, null);
        assertEquals("{\"Record\":{},\"int\":5,\"Object\":\"o\"}", up.toString());
        assertEquals(HostileTypes.record().translate(doc, 1, 2).toString(), up.toString());
        Class<?> v2 = Fixtures.loader().loadClass("gen.hostile.RecordV2");
        assertEquals(doc.toString(), JSON.valueToTree(JSON.treeToValue(
                Fixtures.lenses("gen.hostile.RecordLenses").translate(up, 2, 1, null), Fixtures.loader()
                        .loadClass("gen.hostile.RecordV1"))).toString());
        assertEquals(List.of("record_", "int_", "object"),
                Arrays.stream(v2.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void nestedTypesOfFieldsWithoutCase_areNotTakenForTheComponentOfTheSameName(@TempDir Path dir) throws Exception {
        // 日付 and 1st have no upper case: a nested type named like its component was read as the component
        DocumentType type = DocumentType.builder("Caseless").version(1, SampleTypes.object(
                SampleTypes.field("日付", SampleTypes.object(SampleTypes.field("年", SampleTypes.INT))),
                SampleTypes.field("区分", new dev.lensc.runtime.schema.Type.EnumType(List.of("a", "b"))),
                SampleTypes.field("1st", SampleTypes.object(SampleTypes.field("x", SampleTypes.STRING))))).build();
        ClassLoader loader = InProcessCompiler.compile(new JavaGenerator("gen.caseless").generate(List.of(type)), dir);
        Class<?> v1 = loader.loadClass("gen.caseless.CaselessV1");
        JsonNode doc = JSON.readTree("{\"日付\":{\"年\":2026},\"区分\":\"b\",\"1st\":{\"x\":\"y\"}}");
        assertEquals(doc.toString(), JSON.valueToTree(JSON.treeToValue(doc, v1)).toString());
        assertEquals(List.of("日付", "区分", "_1st"),
                Arrays.stream(v1.getRecordComponents()).map(RecordComponent::getName).toList());
    }
}
