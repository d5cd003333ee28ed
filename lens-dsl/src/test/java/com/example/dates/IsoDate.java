package com.example.dates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "2024-05-01" ⇄ {"year": 2024, "month": 5, "day": 1}. */
public final class IsoDate implements CustomLens {
    private static final Pattern DATE = Pattern.compile("(-?\\d{1,10})-(-?\\d{1,10})-(-?\\d{1,10})");
    private static final Type.ObjectType PARTS = new Type.ObjectType(List.of(
            new Field("year", new Type.IntType()), new Field("month", new Type.IntType()),
            new Field("day", new Type.IntType())));

    @Override
    public JsonNode forward(JsonNode text, JsonNode base) {
        ObjectNode parts = JsonNodeFactory.instance.objectNode();
        Matcher m = date(text);
        parts.put("year", m != null ? Integer.parseInt(m.group(1)) : 0);
        parts.put("month", m != null ? Integer.parseInt(m.group(2)) : 0);
        parts.put("day", m != null ? Integer.parseInt(m.group(3)) : 0);
        return parts;
    }

    @Override
    public JsonNode backward(JsonNode parts, JsonNode base) {
        // the stored text when it is a date and says the same one: "2024-5-1" stays as written
        if (base != null && date(base) != null && forward(base, null).equals(parts)) {
            return base;
        }
        return TextNode.valueOf(String.format("%04d-%02d-%02d",
                parts.get("year").intValue(), parts.get("month").intValue(), parts.get("day").intValue()));
    }

    @Override
    public Type forwardType(Type text) {
        return PARTS;
    }

    @Override
    public Type backwardType(Type parts) {
        return new Type.StringType();
    }

    @Override
    public Map<Law, String> losses() {
        return Map.of(Law.GET_PUT, "text that is no date goes up as 0000-00-00 and comes back so");
    }

    @Override
    public Map<Law, String> lossesGoingBack() {
        String why = "text that is no date written yyyy-mm-dd comes back as one";
        return Map.of(Law.PUT_GET_BASE, why, Law.PUT_GET, why, Law.CREATE_GET, why);
    }

    /** The parts of a date's text, or null when it is no date. */
    private static Matcher date(JsonNode text) {
        Matcher m = DATE.matcher(text.asText());
        return m.matches() && fitsInt(m.group(1)) && fitsInt(m.group(2)) && fitsInt(m.group(3)) ? m : null;
    }

    private static boolean fitsInt(String digits) {
        try {
            Integer.parseInt(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
