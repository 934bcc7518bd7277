package dev.runlens.protocol.model;

/**
 * Per-call cost of a {@code model_io} event as reported: a JavaScript double (approximate, not a
 * ledger) and the currency as written, untrimmed (strict schema: no extras).
 */
public record Cost(double amount, String currency) {

    static Cost read(Node n) {
        return new Cost(n.dbl("amount"), n.str("currency"));
    }
}
