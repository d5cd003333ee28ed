package dev.lensc.dsl.check;

import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.OpNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the written ops of a lens give a field its name ({@code add}, the target of {@code rename},
 * {@code hoist}, {@code plunge}, {@code wrap -> g}, {@code head -> g}, the parts of {@code split},
 * the field of {@code merge}, inside {@code in} and
 * {@code map}), by field path as {@link ReusedNames} names them; the last such op wins.
 */
final class NameIntroductions implements OpNode.Visitor<Void> {
    private final String prefix;
    private final Map<String, Location> out;

    private NameIntroductions(String prefix, Map<String, Location> out) {
        this.prefix = prefix;
        this.out = out;
    }

    static Map<String, Location> of(List<OpNode> ops) {
        Map<String, Location> out = new HashMap<>();
        walk("", ops, out);
        return out;
    }

    private static void walk(String prefix, List<OpNode> ops, Map<String, Location> out) {
        NameIntroductions v = new NameIntroductions(prefix, out);
        ops.forEach(op -> op.accept(v));
    }

    private Void at(String path, Name name) {
        out.put(path, name.location());
        return null;
    }

    @Override
    public Void rename(OpNode.RenameOp op) {
        return at(prefix + op.to().text(), op.to());
    }

    @Override
    public Void add(OpNode.AddOp op) {
        return at(prefix + op.name().text(), op.name());
    }

    @Override
    public Void remove(OpNode.RemoveOp op) {
        return null;
    }

    @Override
    public Void hoist(OpNode.HoistOp op) {
        return at(prefix + op.name().text(), op.name());
    }

    @Override
    public Void plunge(OpNode.PlungeOp op) {
        return at(prefix + op.host().text() + "." + op.name().text(), op.name());
    }

    @Override
    public Void wrap(OpNode.WrapOp op) {
        return op.renameTo() == null ? null : at(prefix + op.renameTo().text(), op.renameTo());
    }

    @Override
    public Void head(OpNode.HeadOp op) {
        return op.renameTo() == null ? null : at(prefix + op.renameTo().text(), op.renameTo());
    }

    @Override
    public Void in(OpNode.InOp op) {
        walk(prefix + op.name().text() + ".", op.ops(), out);
        return null;
    }

    @Override
    public Void map(OpNode.MapOp op) {
        walk(op.name() == null ? prefix : prefix + op.name().text() + ".", op.ops(), out);
        return null;
    }

    @Override
    public Void convert(OpNode.ConvertOp op) {
        return null;
    }

    @Override
    public Void custom(OpNode.CustomOp op) {
        return null;
    }

    @Override
    public Void split(OpNode.SplitOp op) {
        op.parts().forEach(p -> at(prefix + p.name().text(), p.name()));
        return null;
    }

    @Override
    public Void merge(OpNode.MergeOp op) {
        return at(prefix + op.name().text(), op.name());
    }

    @Override
    public Void semantic(OpNode.SemanticOp op) {
        return null;
    }
}
