package dev.runlens.replay.filter;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A parsed filter expression: evaluates against one event of a run. */
sealed interface Expr permits Expr.All, Expr.And, Expr.Or, Expr.Not, Expr.TextTerm, Expr.NumberTerm {

    boolean test(TraceFacts facts, int index);

    /** The canonical text: groups in parentheses, each term as {@code field op value}. */
    String show();

    /** The empty filter. */
    record All() implements Expr {
        @Override public boolean test(TraceFacts facts, int index) { return true; }
        @Override public String show() { return ""; }
    }

    record And(List<Expr> parts) implements Expr {
        @Override
        public boolean test(TraceFacts facts, int index) {
            for (Expr e : parts) if (!e.test(facts, index)) return false;
            return true;
        }

        @Override
        public String show() {
            return parts.stream().map(Expr::show).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    record Or(List<Expr> parts) implements Expr {
        @Override
        public boolean test(TraceFacts facts, int index) {
            for (Expr e : parts) if (e.test(facts, index)) return true;
            return false;
        }

        @Override
        public String show() {
            return parts.stream().map(Expr::show).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    record Not(Expr inner) implements Expr {
        @Override public boolean test(TraceFacts facts, int index) { return !inner.test(facts, index); }
        @Override public String show() { return "not " + inner.show(); }
    }

    /** A comparison on a text field ({@code text} itself tests every string the event carries). */
    record TextTerm(Field field, Op op, String value, Predicate<String> match) implements Expr {
        @Override
        public boolean test(TraceFacts facts, int index) {
            boolean negated = op == Op.NOT_EQUALS;
            if (field == Field.TEXT) return negated != facts.anyText(index, match);
            Optional<String> v = field.text(facts, index);
            return negated != (v.isPresent() && match.test(v.get()));
        }

        @Override
        public String show() {
            return field.canonicalName() + op.symbol() + Values.quoteIfNeeded(value);
        }
    }

    /** A comparison on a number or duration field; {@code literal} is the value as typed. */
    record NumberTerm(Field field, Op op, double value, String literal) implements Expr {
        @Override
        public boolean test(TraceFacts facts, int index) {
            OptionalDouble v = field.number(facts, index);
            if (v.isEmpty()) return op == Op.NOT_EQUALS;
            double x = v.getAsDouble();
            return switch (op) {
                case MATCHES, EQUALS -> x == value;
                case NOT_EQUALS -> x != value;
                case GREATER -> x > value;
                case GREATER_OR_EQUAL -> x >= value;
                case LESS -> x < value;
                case LESS_OR_EQUAL -> x <= value;
                case CONTAINS -> throw new IllegalStateException("~ on a number field");
            };
        }

        @Override
        public String show() {
            return field.canonicalName() + op.symbol() + literal;
        }
    }
}
