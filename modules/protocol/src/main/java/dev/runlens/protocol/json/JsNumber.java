package dev.runlens.protocol.json;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * Renders a double exactly as ECMAScript {@code Number::toString} (and so {@code JSON.stringify})
 * does: shortest round-trip digits, plain notation for 1e-7 &lt; |x| &lt; 1e21, otherwise
 * {@code d.ddde±N}; {@code -0} gives {@code 0}; non-finite values give {@code null} as in
 * {@code JSON.stringify}.
 *
 * <p>JDK 17's {@code Double.toString} is not shortest on some values (JDK-4511638), so digits come
 * from the Schubfach implementation bundled with jackson-core. Schubfach, like Java 19+, keeps at
 * least two significant digits; when one digit is enough ECMAScript uses one ({@code 5e-324}, not
 * {@code 4.9e-324}), which {@link #shortestOneDigit} restores.
 */
public final class JsNumber {
    private JsNumber() {}

    private static final double TWO_53 = 9007199254740992d;

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "null";
        if (v == 0) return "0";
        if (v == Math.rint(v) && Math.abs(v) < TWO_53) return Long.toString((long) v);
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) {
            // Java and ECMAScript both write plain "ddd.ddd" here, with the same shortest digits:
            // Java's two-digit minimum (see shortestOneDigit) only bites on doubles with very few
            // significant bits, i.e. subnormals, never in this range.
            String plain = DoubleToDecimal.toString(a);
            return v < 0 ? "-" + plain : plain;
        }
        StringBuilder sb = new StringBuilder(24);
        appendTo(sb, v);
        return sb.toString();
    }

    /** Appends the ECMAScript rendering of a finite, non-zero, non-small-integer double. */
    private static void appendTo(StringBuilder out, double v) {
        String java = DoubleToDecimal.toString(Math.abs(v));
        // Java layout: "ddd.ddd" or "d.dddE[-]n"; extract digits and decimal exponent.
        int ePos = java.indexOf('E');
        String mant = ePos < 0 ? java : java.substring(0, ePos);
        int exp10 = ePos < 0 ? 0 : Integer.parseInt(java.substring(ePos + 1));
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        StringBuilder digits = new StringBuilder(intPart).append(frac);
        // n = position of decimal point relative to digit string start (ECMAScript's "n").
        int n = intPart.length() + exp10;
        // strip leading zeros (e.g. "0.001")
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') { lead++; n--; }
        digits.delete(0, lead);
        // strip trailing zeros
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits.setLength(end);
        if (digits.length() == 2) {
            String one = shortestOneDigit(Math.abs(v), digits, n);
            if (one != null) {
                digits.setLength(0);
                digits.append(one.charAt(0));
                if (one.length() > 1) n++; // carried to 10
            }
        }
        if (v < 0) out.append('-');
        layout(out, digits, n);
    }

    /**
     * When Java printed two significant digits, ECMAScript may need only one: try the two one-digit
     * neighbours and keep the one that reads back as the same double (closest; ties to even).
     * Returns "d" or "10" (meaning 1 with exponent one higher), or null when two digits are needed.
     */
    private static String shortestOneDigit(double x, CharSequence digits, int n) {
        int d1 = digits.charAt(0) - '0';
        String best = null;
        java.math.BigDecimal exact = new java.math.BigDecimal(x);
        java.math.BigDecimal bestDist = null;
        for (int cand = d1; cand <= d1 + 1; cand++) {
            String s = cand == 10 ? "1e" + (n) : cand + "e" + (n - 1);
            double back = Double.parseDouble(s);
            if (back != x) continue;
            java.math.BigDecimal dist = new java.math.BigDecimal(s).subtract(exact).abs();
            int cmp = bestDist == null ? -1 : dist.compareTo(bestDist);
            if (cmp < 0 || (cmp == 0 && cand % 2 == 0)) {
                bestDist = dist;
                best = cand == 10 ? "10" : Integer.toString(cand);
            }
        }
        return best;
    }

    /** ECMAScript Number::toString steps 6-10 with k digits and decimal position n. */
    private static void layout(StringBuilder out, CharSequence digits, int n) {
        int k = digits.length();
        if (k <= n && n <= 21) {
            out.append(digits);
            for (int i = k; i < n; i++) out.append('0');
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.");
            for (int i = 0; i < -n; i++) out.append('0');
            out.append(digits);
        } else {
            int e = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) out.append('.').append(digits, 1, k);
            out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
    }
}
