package dev.lensc.dsl.parser;

import org.antlr.v4.runtime.Token;

/** The text of string and quoted-name tokens. */
final class StringLiterals {
    private StringLiterals() {}

    /** A string token's text: JSON escapes decoded; raw tabs and other characters kept as written. */
    static String string(Token token) {
        String raw = token.getText();
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u':
                    sb.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                    break;
                default: sb.append(e); // " \\ /
            }
        }
        return sb.toString();
    }

    /** A name token's text: strings decoded, backticks removed ({@code ``} is one backtick), other tokens as written. */
    static String name(Token t) {
        if (t.getType() == LensParser.STRING) {
            return string(t);
        } else if (t.getType() == LensParser.BACKTICKED) {
            String raw = t.getText();
            return raw.substring(1, raw.length() - 1).replace("``", "`");
        }
        return t.getText();
    }
}
