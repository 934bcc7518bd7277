package dev.runlens.replay.filter;

import dev.runlens.replay.filter.Lexer.Kind;
import dev.runlens.replay.filter.Lexer.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/** Recursive descent over the grammar in {@code package-info.java}; the first error wins. */
final class Parser {
    static final int MAX_DEPTH = 100;

    private final List<Token> tokens;
    private int next;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expr parse(String text) {
        Parser p = new Parser(Lexer.tokens(text));
        if (p.peek().kind() == Kind.END) return new Expr.All();
        Expr e = p.or();
        Token t = p.peek();
        if (t.kind() == Kind.RPAREN) throw error(t, "unexpected ')': no '(' is open");
        if (t.kind() != Kind.END) throw error(t, "unexpected '" + t.text() + "'");
        return e;
    }

    private Expr or() {
        List<Expr> parts = new ArrayList<>(List.of(and()));
        while (keyword(peek(), Kind.OR, "or")) {
            take();
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Or(List.copyOf(parts));
    }

    private Expr and() {
        List<Expr> parts = new ArrayList<>(List.of(unaryAfter(previous())));
        while (true) {
            Token t = peek();
            if (keyword(t, Kind.AND, "and")) {
                take();
                parts.add(unaryAfter(t));
            } else if (startsTerm(t) || t.kind() == Kind.OP) {
                parts.add(unaryAfter(previous())); // an operator here has no field: unaryAfter says so
            } else {
                break;
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.And(List.copyOf(parts));
    }

    /** A term is required here, after {@code before} (null at the start). */
    private Expr unaryAfter(Token before) {
        Token t = peek();
        if (t.kind() == Kind.OP) throw error(t, "field name expected before '" + t.text() + "'");
        if (!startsTerm(t)) {
            String where = before == null ? "before '" + t.text() + "'" : "after '" + before.text() + "'";
            throw error(t, "expression expected " + where);
        }
        if (keyword(t, Kind.NOT, "not")) {
            take();
            deeper(t);
            Expr inner = unaryAfter(t);
            depth--;
            return new Expr.Not(inner);
        }
        if (t.kind() == Kind.LPAREN) return group();
        return term();
    }

    private Expr group() {
        Token open = take();
        deeper(open);
        Expr inner = or();
        Token close = peek();
        if (close.kind() != Kind.RPAREN) {
            throw error(close, "')' expected to close the '(' at column " + open.column());
        }
        take();
        depth--;
        return inner;
    }

    private Expr term() {
        Token word = take();
        if (word.kind() == Kind.QUOTED || peek().kind() != Kind.OP) {
            return new Expr.TextTerm(Field.TEXT, Op.CONTAINS, word.text(), s -> Values.containsIgnoreCase(s, word.text()));
        }
        Field field = Field.named(word.text()).orElseThrow(() -> error(word, FieldNames.unknown(word.text())));
        Token opToken = take();
        Op op = Op.of(opToken.text()).orElseThrow(() -> error(opToken, "unknown operator '" + opToken.text() + "'"));
        Token value = peek();
        if (value.kind() != Kind.WORD && value.kind() != Kind.QUOTED) {
            throw error(value, "value expected after '" + word.text() + opToken.text() + "'");
        }
        take();
        return field.kind() == Field.Kind.TEXT ? textTerm(field, op, opToken, value) : numberTerm(field, op, opToken, value);
    }

    private Expr textTerm(Field field, Op op, Token opToken, Token value) {
        if (op.orders()) {
            throw error(opToken, "'" + op.symbol() + "' compares numbers, but " + field.canonicalName()
                    + " is text; use : = != or ~");
        }
        String v = value.text();
        Predicate<String> match = switch (op) {
            case MATCHES -> v.indexOf('*') >= 0 ? Values.glob(v)
                    : field == Field.TEXT ? s -> Values.containsIgnoreCase(s, v) : s -> s.equalsIgnoreCase(v);
            case CONTAINS -> s -> Values.containsIgnoreCase(s, v);
            default -> v::equals;
        };
        return new Expr.TextTerm(field, op, v, match);
    }

    private Expr numberTerm(Field field, Op op, Token opToken, Token value) {
        if (op == Op.CONTAINS) {
            throw error(opToken, "'~' searches text, but " + field.canonicalName()
                    + " is a number; use : = != > >= < or <=");
        }
        boolean duration = field.kind() == Field.Kind.DURATION;
        OptionalDouble v = duration ? Values.durationMillis(value.text()) : Values.number(value.text());
        if (v.isEmpty()) {
            String expected = duration ? "duration expected (500, 500ms, 2s, 1.5m, 1h)" : "number expected";
            throw error(value, expected + " for " + field.canonicalName() + ", found '" + value.text() + "'");
        }
        return new Expr.NumberTerm(field, op, v.getAsDouble(), value.text());
    }

    private void deeper(Token at) {
        if (++depth > MAX_DEPTH) throw error(at, "nested more than " + MAX_DEPTH + " levels deep");
    }

    /** Whether {@code t} can start a term (and so continues an implicit "and"). */
    private boolean startsTerm(Token t) {
        return switch (t.kind()) {
            case NOT, LPAREN, QUOTED -> true;
            case WORD -> !keyword(t, Kind.OR, "or") && !keyword(t, Kind.AND, "and");
            default -> false;
        };
    }

    /** {@code t} is the operator token {@code kind}, or the word {@code word} not directly followed by an operator. */
    private boolean keyword(Token t, Kind kind, String word) {
        if (t.kind() == kind) return true;
        if (t.kind() != Kind.WORD || !t.text().equalsIgnoreCase(word)) return false;
        Token after = tokens.get(tokens.indexOf(t) + 1);
        return !(after.kind() == Kind.OP && after.start() == t.end());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private Token previous() {
        return next == 0 ? null : tokens.get(next - 1);
    }

    private static FilterSyntaxException error(Token t, String message) {
        return new FilterSyntaxException(t.column(), t.end() - t.start(), message);
    }
}
