package dev.runlens.signing.timestamp;

import dev.runlens.signing.codec.Base64Codec;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPValidationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Checks RFC 3161 tokens over a decision's DSSE signature bytes (design B10 (1)) with Bouncy Castle,
 * in this order, each failure with its own {@link TimestampCheck.Outcome}:
 * <ol>
 *   <li>the token parses (bare CMS {@code ContentInfo}, DER, nothing after it);</li>
 *   <li>the imprint is SHA-256 and equals SHA-256 of the signature bytes;</li>
 *   <li>the signing certificate (from the token, or from the authority's listed certificates) chains, by
 *       certificate signatures and CA constraints, to a certificate of a listed timestamp authority, and
 *       {@code genTime} lies in that authority's window;</li>
 *   <li>the TSA certificate carries id-kp-timeStamping alone in a critical extended key usage, and every
 *       certificate of the chain was valid at {@code genTime};</li>
 *   <li>{@code TimeStampToken.validate}: the ESS signing-certificate names that certificate and the CMS
 *       signature verifies.</li>
 * </ol>
 * A nonce is neither required nor checked (the verifier never saw the request).
 */
public final class TimestampVerifier {
    private static final int MAX_CHAIN = 6;

    private final List<TimestampAuthority> authorities;

    public TimestampVerifier(List<TimestampAuthority> authorities) {
        this.authorities = List.copyOf(authorities);
    }

    /** Checks a token as a Sigstore bundle holds it (standard or URL-safe base64 of the DER). */
    public TimestampCheck verify(String signedTimestampBase64, byte[] signature) {
        Optional<byte[]> der = Base64Codec.decode(signedTimestampBase64);
        if (der.isEmpty()) return TimestampCheck.fail(TimestampCheck.Outcome.MALFORMED_TOKEN, "malformed token: signedTimestamp is not base64");
        return verify(der.get(), signature);
    }

    public TimestampCheck verify(byte[] tokenDer, byte[] signature) {
        Rfc3161Token token;
        try {
            token = Rfc3161Token.parseToken(tokenDer);
        } catch (TimestampFormatException e) {
            return TimestampCheck.fail(TimestampCheck.Outcome.MALFORMED_TOKEN, "malformed token: " + e.getMessage());
        }
        Optional<String> imprint = token.imprintProblem(signature);
        if (imprint.isPresent()) return TimestampCheck.fail(TimestampCheck.Outcome.IMPRINT_MISMATCH, "imprint not over the signature bytes: " + imprint.get());
        if (authorities.isEmpty()) {
            return TimestampCheck.fail(TimestampCheck.Outcome.UNTRUSTED_AUTHORITY, "untrusted TSA: the trust list names no timestamp authorities");
        }
        Instant genTime = token.genTime();
        List<String> why = new ArrayList<>();
        for (TimestampAuthority a : authorities) {
            List<X509CertificateHolder> anchors;
            try {
                anchors = a.certificates();
            } catch (TimestampFormatException e) {
                why.add(e.getMessage());
                continue;
            }
            Optional<X509CertificateHolder> signer = signer(token, anchors);
            if (signer.isEmpty()) {
                why.add("neither the token nor \"" + a.name() + "\" carries the certificate the token names as its signer");
                continue;
            }
            Optional<List<X509CertificateHolder>> path = path(signer.get(), token, anchors);
            if (path.isEmpty()) {
                why.add(Tsp.name(signer.get().getSubject()) + " (issued by " + Tsp.name(signer.get().getIssuer()) + ") does not chain to \"" + a.name() + "\"");
                continue;
            }
            if (!a.covers(genTime)) {
                return TimestampCheck.fail(TimestampCheck.Outcome.UNTRUSTED_AUTHORITY, "untrusted TSA: genTime " + genTime
                        + " is outside the window of timestamp authority \"" + a.name() + "\" (" + a.validFrom() + " to " + a.validUntil().orElse("open") + ")");
            }
            return checkCertificatesAndSignature(token, path.get(), a, genTime);
        }
        return TimestampCheck.fail(TimestampCheck.Outcome.UNTRUSTED_AUTHORITY, "untrusted TSA: " + String.join("; ", why));
    }

    private static TimestampCheck checkCertificatesAndSignature(Rfc3161Token token, List<X509CertificateHolder> path, TimestampAuthority a, Instant genTime) {
        X509CertificateHolder tsa = path.get(0);
        String usage = Tsp.timeStampingUsageProblem(tsa);
        if (usage != null) {
            return TimestampCheck.fail(TimestampCheck.Outcome.BAD_TSA_CERTIFICATE, "TSA certificate " + Tsp.name(tsa.getSubject()) + " " + usage);
        }
        Date at = Date.from(genTime);
        for (X509CertificateHolder c : path) {
            if (!c.isValidOn(at)) {
                String when = at.before(c.getNotBefore()) ? "not yet valid (from " + c.getNotBefore().toInstant() + ")"
                        : "expired (until " + c.getNotAfter().toInstant() + ")";
                return TimestampCheck.fail(TimestampCheck.Outcome.BAD_TSA_CERTIFICATE, "certificate " + Tsp.name(c.getSubject()) + " was " + when
                        + " at genTime " + genTime);
            }
        }
        try {
            token.bc().validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Tsp.provider()).build(tsa));
        } catch (TSPValidationException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("certID") || m.contains("does not match")) {
                return TimestampCheck.fail(TimestampCheck.Outcome.BAD_TSA_CERTIFICATE, "the token's ESS signing-certificate attribute does not name "
                        + Tsp.name(tsa.getSubject()) + " (" + m + ")");
            }
            return TimestampCheck.fail(TimestampCheck.Outcome.BAD_SIGNATURE, "bad CMS signature: " + m);
        } catch (Exception e) {
            return TimestampCheck.fail(TimestampCheck.Outcome.BAD_SIGNATURE, "bad CMS signature: " + e.getMessage());
        }
        return new TimestampCheck(TimestampCheck.Outcome.VERIFIED, "existed by " + genTime + " (RFC 3161, TSA " + a.name() + ")",
                Optional.of(genTime), Optional.of(a.name()));
    }

    /** The certificate the token's signer id names: carried by the token, else listed for the authority. */
    private static Optional<X509CertificateHolder> signer(Rfc3161Token token, List<X509CertificateHolder> listed) {
        Optional<X509CertificateHolder> embedded = token.embeddedSigner();
        if (embedded.isPresent()) return embedded;
        return listed.stream().filter(c -> token.bc().getSID().match(c)).findFirst();
    }

    /** signer, issuer, …, anchor: each signed by the next (a CA), ending at a listed certificate. */
    private static Optional<List<X509CertificateHolder>> path(X509CertificateHolder signer, Rfc3161Token token, List<X509CertificateHolder> anchors) {
        List<X509CertificateHolder> pool = new ArrayList<>(anchors);
        for (X509CertificateHolder c : token.embedded()) if (!pool.contains(c)) pool.add(c);
        List<X509CertificateHolder> path = new ArrayList<>(List.of(signer));
        X509CertificateHolder current = signer;
        while (path.size() <= MAX_CHAIN) {
            if (anchors.contains(current)) return Optional.of(path);
            X509CertificateHolder next = null;
            for (X509CertificateHolder candidate : pool) {
                if (!path.contains(candidate) && Tsp.isCa(candidate) && Tsp.signedBy(current, candidate)) {
                    next = candidate;
                    if (anchors.contains(candidate)) break;
                }
            }
            if (next == null) return Optional.empty();
            path.add(next);
            current = next;
        }
        return Optional.empty();
    }
}
