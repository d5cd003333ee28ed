package dev.lensc.dsl.ast;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.dsl.Location;

/** A JSON literal (default value or convert table value). */
public record ValueNode(JsonNode value, Location location) {}
