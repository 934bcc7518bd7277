package dev.runlens.costs.telemetry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The two pieces of JavaScript number arithmetic the runtime's ledger relies on. */
final class JsArithmetic {
    /** {@code Number.MAX_SAFE_INTEGER}: zod's {@code int()} rejects anything above it. */
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private JsArithmetic() {}

    /**
     * {@code Number(value.toFixed(12))}: the exact binary value rounded to 12 decimals, ties away
     * from zero (ECMAScript picks the larger {@code n} of the magnitude), then read back as the
     * nearest double. From 1e21 on {@code toFixed} gives {@code String(value)}, i.e. the value itself.
     */
    static double roundAmount(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e21) return value;
        double r = Double.parseDouble(new BigDecimal(value).setScale(12, RoundingMode.HALF_UP).toPlainString());
        return r == 0 && value < 0 ? -0.0 : r; // toFixed writes "-" only for x < 0, so -0 gives +0
    }
}
