package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** {@code epoch N { reject writes to f from versions < M: "reason" }}. */
public record EpochNode(int number, List<RejectRule> rules, Location location) implements SchemaItem {
    public EpochNode {
        rules = List.copyOf(rules);
    }

    @Override
    public <R> R accept(SchemaItem.Visitor<R> visitor) {
        return visitor.epoch(this);
    }

    public record RejectRule(Name field, int belowVersion, String reason, Location location) {}
}
