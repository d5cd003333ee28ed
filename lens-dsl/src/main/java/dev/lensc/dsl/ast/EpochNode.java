package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** {@code epoch N { reject writes to f from versions < M: "reason" ... }}. */
public record EpochNode(int number, Location numberLocation, List<WriteRuleNode> rules, Location location)
        implements SchemaItem {
    public EpochNode {
        rules = List.copyOf(rules);
    }

    @Override
    public <R> R accept(SchemaItem.Visitor<R> visitor) {
        return visitor.epoch(this);
    }

    /**
     * {@code reject|accept writes [to f] from versions < M [: "reason"]}.
     *
     * @param field null for a rule about every field
     * @param reason null when none is written
     */
    public record WriteRuleNode(boolean accept, FieldPathNode field, int belowVersion, Location versionLocation,
            String reason, Location location) {}
}
