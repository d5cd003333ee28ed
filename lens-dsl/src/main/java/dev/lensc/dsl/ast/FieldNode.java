package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;

/**
 * {@code name[?]: type [= default]}; {@code optional} is the {@code ?} after the name (the field may
 * be absent), {@code defaultValue} is null when none is written.
 */
public record FieldNode(Name name, boolean optional, TypeNode type, ValueNode defaultValue, Location location) {}
