package dev.runlens.replay.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits filter text into tokens. A word ends at a space, a parenthesis, a quote, an operator
 * character ({@code : = ! < > ~}) or {@code &&} / {@code ||}; after an operator the value is taken
 * whole up to a space or parenthesis (so {@code id:a:b} compares with {@code a:b}). A value that
 * starts with an operator character means a misspelt operator ({@code =>}).
 */
final class Lexer {
    enum Kind { WORD, QUOTED, OP, LPAREN, RPAREN, NOT, AND, OR, END }

    /** A token; {@code start} and {@code end} are 0-based offsets into the text. */
    record Token(Kind kind, String text, int start, int end) {
        int column() {
            return start + 1;
        }
    }

    private final String s;
    private final List<Token> out = new ArrayList<>();
    private int pos;

    private Lexer(String s) {
        this.s = s;
    }

    static List<Token> tokens(String text) {
        Lexer l = new Lexer(text);
        l.run();
        return l.out;
    }

    private void run() {
        while (true) {
            skipSpaces();
            if (pos >= s.length()) break;
            char c = s.charAt(pos);
            if (c == '(' || c == ')') {
                add(c == '(' ? Kind.LPAREN : Kind.RPAREN, pos, pos + 1);
            } else if (c == '"' || c == '\'') {
                quoted();
            } else if (s.startsWith("&&", pos)) {
                add(Kind.AND, pos, pos + 2);
            } else if (s.startsWith("||", pos)) {
                add(Kind.OR, pos, pos + 2);
            } else if (c == '!' && !s.startsWith("!=", pos)) {
                add(Kind.NOT, pos, pos + 1);
            } else if (Op.isOpChar(c)) {
                operator();
                value();
            } else {
                word();
            }
        }
        out.add(new Token(Kind.END, "", s.length(), s.length()));
    }

    private void word() {
        int start = pos;
        while (pos < s.length() && !endsWord(s.charAt(pos))) pos++;
        out.add(new Token(Kind.WORD, s.substring(start, pos), start, pos));
    }

    private boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == '\'' || Op.isOpChar(c)
                || s.startsWith("&&", pos) || s.startsWith("||", pos);
    }

    private void operator() {
        int start = pos;
        String two = pos + 2 <= s.length() ? s.substring(pos, pos + 2) : "";
        boolean pair = Op.of(two).isPresent();
        pos += pair ? 2 : 1;
        out.add(new Token(Kind.OP, s.substring(start, pos), start, pos));
    }

    /** The value after an operator: quoted, or everything up to a space or parenthesis. */
    private void value() {
        Token op = out.get(out.size() - 1);
        skipSpaces();
        if (pos >= s.length()) return;
        char c = s.charAt(pos);
        if (c == '"' || c == '\'') {
            quoted();
            return;
        }
        if (Op.isOpChar(c) && pos == op.end()) {
            int end = pos;
            while (end < s.length() && Op.isOpChar(s.charAt(end))) end++;
            String spelt = s.substring(op.start(), end);
            throw new FilterSyntaxException(op.column(), spelt.length(),
                    "unknown operator '" + spelt + "'; operators are : = != > >= < <= ~");
        }
        int start = pos;
        while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != '(' && s.charAt(pos) != ')') pos++;
        if (pos > start) out.add(new Token(Kind.WORD, s.substring(start, pos), start, pos));
    }

    /** A string in double or single quotes; a backslash escapes the quote and itself, nothing else. */
    private void quoted() {
        int start = pos;
        char quote = s.charAt(pos++);
        StringBuilder text = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == quote) {
                pos++;
                out.add(new Token(Kind.QUOTED, text.toString(), start, pos));
                return;
            }
            if (c == '\\' && pos + 1 < s.length() && (s.charAt(pos + 1) == quote || s.charAt(pos + 1) == '\\')) {
                text.append(s.charAt(pos + 1));
                pos += 2;
            } else {
                text.append(c);
                pos++;
            }
        }
        throw new FilterSyntaxException(start + 1, s.length() - start,
                "unterminated quote: " + quote + " opened at column " + (start + 1) + " is never closed");
    }

    private void add(Kind kind, int start, int end) {
        out.add(new Token(kind, s.substring(start, end), start, end));
        pos = end;
    }

    private void skipSpaces() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }
}
