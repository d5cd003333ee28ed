package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;

/** {@code name: type [= default]}; {@code defaultValue} is null when none is written. */
public record FieldNode(Name name, TypeNode type, ValueNode defaultValue, Location location) {}
