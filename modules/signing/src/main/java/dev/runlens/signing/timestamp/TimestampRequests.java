package dev.runlens.signing.timestamp;

import dev.runlens.signing.codec.Digests;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * RFC 3161 {@code TimeStampReq}s over a decision's DSSE signature bytes (design B10 (1)): SHA-256
 * imprint, {@code certReq} true (so the token carries the TSA certificate), no nonce and no policy, so
 * that {@code openssl ts -reply}, {@code curl --data-binary @req.tsq} to an HTTP TSA, or any RFC 3161
 * server can answer it. RunLens itself never talks to a TSA.
 */
public final class TimestampRequests {
    private TimestampRequests() {}

    /** The DER {@code TimeStampReq} for SHA-256({@code signature}). */
    public static byte[] overSignature(byte[] signature) {
        TimeStampRequestGenerator g = new TimeStampRequestGenerator();
        g.setCertReq(true);
        try {
            return g.generate(TSPAlgorithms.SHA256, Digests.sha256(signature)).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
