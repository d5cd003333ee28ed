package dev.lensc.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.schema.Type.AnyType;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.BooleanType;
import dev.lensc.runtime.schema.Type.DoubleType;
import dev.lensc.runtime.schema.Type.EnumType;
import dev.lensc.runtime.schema.Type.IntType;
import dev.lensc.runtime.schema.Type.LongType;
import dev.lensc.runtime.schema.Type.MapType;
import dev.lensc.runtime.schema.Type.NullableType;
import dev.lensc.runtime.schema.Type.ObjectType;
import dev.lensc.runtime.schema.Type.StringType;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static final ObjectType TODO = new ObjectType(List.of(
            new Field("title", new StringType()),
            new Field("done", new BooleanType(), BooleanNode.FALSE),
            new Field("note", Type.nullable(new StringType())),
            new Field("count", new IntType(), IntNode.valueOf(0)),
            new Field("status", new EnumType(List.of("open", "closed"))),
            new Field("tags", new ArrayType(new StringType())),
            new Field("scores", new MapType(new DoubleType())),
            new Field("owner", Type.nullable(new ObjectType(List.of(new Field("id", new LongType()))))),
            Field.optional("nickname", new StringType())));

    @Test
    void objectType_becomesClosedSchema_requiredListsEveryRequiredField_nullableOrNot() {
        JsonNode schema = JsonSchemas.toJsonSchema(TODO);
        assertEquals(json("{'$schema':'https://json-schema.org/draft/2020-12/schema','type':'object','properties':{"
                + "'title':{'type':'string'},"
                + "'done':{'type':'boolean','default':false},"
                + "'note':{'type':['string','null']},"
                + "'count':{'type':'integer','format':'int32','default':0},"
                + "'status':{'type':'string','enum':['open','closed']},"
                + "'tags':{'type':'array','items':{'type':'string'}},"
                + "'scores':{'type':'object','additionalProperties':{'type':'number'}},"
                + "'owner':{'type':['object','null'],'properties':{'id':{'type':'integer','format':'int64'}},"
                + "'required':['id'],'additionalProperties':false},"
                + "'nickname':{'type':'string'}},"
                + "'required':['title','note','status','tags','scores','owner'],'additionalProperties':false}"), schema);
    }

    @Test
    void writtenSchema_readsBackAsTheSameType() {
        assertEquals(TODO, JsonSchemas.fromJsonSchema(JsonSchemas.toJsonSchema(TODO)));
    }

    @Test
    void nullableEnum_allowsNullAmongItsValues() {
        JsonNode schema = JsonSchemas.toJsonSchema(Type.nullable(new EnumType(List.of("a"))));
        assertEquals(json("['a',null]"), schema.get("enum"));
        assertEquals(Type.nullable(new EnumType(List.of("a"))), JsonSchemas.fromJsonSchema(schema));
    }

    @Test
    void cambriaHeadSchema_anyOfNullAndItems_readsAsNullable() {
        Type t = JsonSchemas.fromJsonSchema(json("{'anyOf':[{'type':'null'},{'type':'string'}]}"));
        assertEquals(new NullableType(new StringType()), t);
    }

    @Test
    void cambriaSchema_propertyNotRequired_isOptional_notNullable_andNumberIsDouble() {
        Type t = JsonSchemas.fromJsonSchema(json("{'type':'object','properties':{"
                + "'a':{'type':'number'},'b':{'type':'string','default':''},'c':{'type':'boolean'}},'required':['c']}"));
        assertEquals(new ObjectType(List.of(
                Field.optional("a", new DoubleType()),
                new Field("b", new StringType(), TextNode.valueOf("")),
                new Field("c", new BooleanType()))), t);
    }

    @Test
    void optionalContainers_areOptionalWithoutInventedDefaults() {
        Type t = JsonSchemas.fromJsonSchema(json("{'type':'object','properties':{"
                + "'tags':{'type':'array','items':{'type':'string'}},"
                + "'meta':{'type':'object','properties':{'at':{'type':'number','default':123},'by':{'type':'string'}}}}}"));
        ObjectType o = (ObjectType) t;
        assertEquals(Field.optional("tags", new ArrayType(new StringType())), o.field("tags").get());
        assertNull(o.field("meta").get().defaultValue());
        assertTrue(o.field("meta").get().optional());
        ObjectType meta = (ObjectType) o.field("meta").get().type();
        assertEquals(new Field("at", new DoubleType(), IntNode.valueOf(123)), meta.field("at").get());
        assertEquals(Field.optional("by", new StringType()), meta.field("by").get());
    }

    @Test
    void integerWithoutFormat_isLong_andEmptySchemaIsAny() {
        assertEquals(new LongType(), JsonSchemas.fromJsonSchema(json("{'type':'integer'}")));
        assertEquals(new AnyType(), JsonSchemas.fromJsonSchema(json("{}")));
        assertEquals(new ArrayType(new AnyType()), JsonSchemas.fromJsonSchema(json("{'type':'array'}")));
    }

    @Test
    void unsupportedKeyword_isRejectedWithItsPointer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonSchemas.fromJsonSchema(
                json("{'type':'object','properties':{'x':{'$ref':'#/defs/y'}}}")));
        assertTrue(e.getMessage().startsWith("at /properties/x/$ref: "), e.getMessage());
    }
}
