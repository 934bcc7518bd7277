package dev.runlens.store;

import org.sqlite.Function;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code decimal_sum(text)}: an SQL aggregate that adds exact decimal strings (the {@code amount}
 * columns) without going through doubles, so a sum in SQL equals the same sum in Java to the last
 * digit. NULLs are skipped; a group with no value gives NULL.
 */
final class DecimalSum extends Function.Aggregate {
    static final String NAME = "decimal_sum";

    private BigDecimal sum;

    static void register(Connection db) throws SQLException {
        Function.create(db, NAME, new DecimalSum(), 1, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xStep() throws SQLException {
        String v = value_text(0);
        if (v == null) return;
        BigDecimal d = new BigDecimal(v);
        sum = sum == null ? d : sum.add(d);
    }

    @Override
    protected void xFinal() throws SQLException {
        if (sum == null) result();
        else result(sum.toPlainString());
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        DecimalSum copy = (DecimalSum) super.clone();
        copy.sum = null;
        return copy;
    }
}
