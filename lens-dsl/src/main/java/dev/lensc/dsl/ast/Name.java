package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;

/** A name as written (quotes removed), where it was written. */
public record Name(String text, Location location) {}
