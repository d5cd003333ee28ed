package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.BOOLEAN;
import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.LONG;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.field;
import static dev.lensc.compiler.codegen.SampleTypes.nullable;
import static dev.lensc.compiler.codegen.SampleTypes.object;
import static dev.lensc.compiler.codegen.SampleTypes.text;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Type;
import dev.lensc.dsl.LensFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The document types of the JMH benchmarks as code (the benchmarks module generates the same from
 * its {@code src/main/lens}), and the order of {@code mixed.lens} read from that file.
 */
final class BenchmarkTypes {
    static final List<String> REMOVED = List.of("node_id", "url", "repository_url", "labels_url", "comments_url",
            "events_url", "html_url", "timeline_url", "performed_via_github_app", "active_lock_reason");

    private BenchmarkTypes() {}

    static List<DocumentType> all() {
        return List.of(issue30(), SampleTypes.todo(), bigArray(), chain(), order());
    }

    /** The order of {@code mixed.lens} over ten versions, as the benchmarks module reads it: every hop hoists or plunges. */
    static DocumentType order() {
        return LensFiles.load(Path.of("../benchmarks/src/main/lens/mixed.lens")).schemas().get(0).toDocumentType();
    }

    /** ~30 fields: remove 10, rename one, head the labels, rename inside the label, hoist its name out. */
    static DocumentType issue30() {
        Type.ObjectType label = object(field("id", LONG), field("node_id", STRING), field("url", STRING),
                field("name", STRING), field("color", STRING), field("default", BOOLEAN),
                field("description", nullable(STRING)));
        Type.ObjectType user = object(field("login", STRING), field("id", LONG), field("node_id", STRING),
                field("avatar_url", STRING), field("type", STRING), field("site_admin", BOOLEAN));
        Type.ObjectType v1 = object(
                field("id", LONG), field("node_id", STRING), field("number", INT), field("title", STRING),
                field("body", nullable(STRING)), field("state", new Type.EnumType(List.of("open", "closed"))),
                field("state_reason", nullable(STRING)), field("locked", BOOLEAN),
                field("active_lock_reason", nullable(STRING)), field("comments", INT),
                field("created_at", STRING), field("updated_at", STRING), field("closed_at", nullable(STRING)),
                field("author_association", STRING), field("url", STRING), field("repository_url", STRING),
                field("labels_url", STRING), field("comments_url", STRING), field("events_url", STRING),
                field("html_url", STRING), field("user", user), field("labels", new Type.ArrayType(label)),
                field("assignee", nullable(STRING)), field("milestone", nullable(object(field("title", STRING),
                        field("number", INT)))), field("reactions", new Type.MapType(INT)), field("draft", BOOLEAN),
                field("timeline_url", STRING), field("performed_via_github_app", nullable(STRING)),
                field("score", new Type.DoubleType()), field("pinned", BOOLEAN));
        List<LensOp> ops = new ArrayList<>();
        for (String name : REMOVED) {
            Type t = v1.field(name).orElseThrow().type();
            ops.add(new LensOp.Remove(name, t, t.isNullable() ? NullNode.getInstance() : text("")));
        }
        ops.add(new LensOp.Rename("created_at", "createdAt"));
        ops.add(new LensOp.Head("labels"));
        ops.add(new LensOp.In("labels", List.of(new LensOp.Rename("default", "isDefault"))));
        ops.add(new LensOp.Hoist("labels", "name"));
        return DocumentType.builder("Issue30").version(1, v1)
                .lens(1, 2, new Lens(ops), "slim issue with its first label").build();
    }

    /** 1,000 items mapped over: a rename and an added field in every item. */
    static DocumentType bigArray() {
        Type.ObjectType item = object(field("id", INT), field("done", BOOLEAN), field("text", STRING));
        Type.ObjectType v1 = object(field("name", STRING), field("items", new Type.ArrayType(item)));
        return DocumentType.builder("BigArray").version(1, v1)
                .lens(1, 2, Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(
                        new LensOp.Rename("done", "isDone"),
                        new LensOp.Add("priority", INT, IntNode.valueOf(0))))))), "items get a priority")
                .build();
    }

    /**
     * Ten versions, each hop renaming a field, converting a flag between boolean and text and
     * adding a scratch field the next hop removes: fusion makes 1 to 10 one hop's work.
     */
    static DocumentType chain() {
        Type.ObjectType v1 = object(field("f1", STRING), field("flag", BOOLEAN), field("title", STRING),
                field("count", INT), field("owner", STRING));
        DocumentType.Builder b = DocumentType.builder("Chain").version(1, v1);
        for (int v = 1; v < 10; v++) {
            List<LensOp> ops = new ArrayList<>();
            ops.add(new LensOp.Rename("f" + v, "f" + (v + 1)));
            LensOp.Convert toText = new LensOp.Convert("flag", BOOLEAN, STRING, List.of(
                    ValueMapping.both(BooleanNode.TRUE, text("on")), ValueMapping.both(BooleanNode.FALSE, text("off"))),
                    null, null);
            ops.add(v % 2 == 1 ? toText : toText.reverse());
            if (v > 1) {
                ops.add(new LensOp.Remove("tmp" + (v - 1), INT, IntNode.valueOf(v - 1)));
            }
            ops.add(new LensOp.Add("tmp" + v, INT, IntNode.valueOf(v)));
            b.lens(v, v + 1, new Lens(ops), "hop " + v);
        }
        return b.build();
    }
}
