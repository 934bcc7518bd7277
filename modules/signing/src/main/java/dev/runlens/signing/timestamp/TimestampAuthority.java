package dev.runlens.signing.timestamp;

import org.bouncycastle.cert.X509CertificateHolder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A time-stamping authority the trust list vouches for (its {@code timestampAuthorities[]} entry):
 * a name, the certificates that anchor it and the window in which its tokens count.
 *
 * @param name           how reports name it ("existed by … (RFC 3161, TSA {@code name})")
 * @param certificatePem one or more PEM {@code CERTIFICATE} blocks: the TSA's root, optionally with its
 *                       intermediates and the TSA certificate itself (root last). Each is an anchor: a
 *                       token's signing certificate must be one of them or chain to one of them.
 * @param validFrom      RFC 3339; tokens whose {@code genTime} is earlier do not count
 * @param validUntil     RFC 3339, optional; tokens whose {@code genTime} is later do not count
 */
public record TimestampAuthority(String name, String certificatePem, String validFrom, Optional<String> validUntil) {

    /** The entry for a PEM text, checked: a non-empty name, readable certificates, a window that is not empty. */
    public static TimestampAuthority of(String name, String certificatePem, Instant validFrom, Optional<Instant> validUntil)
            throws TimestampFormatException {
        TimestampAuthority a = new TimestampAuthority(name, certificatePem, seconds(validFrom), validUntil.map(TimestampAuthority::seconds));
        a.check();
        return a;
    }

    /** The earliest {@code notBefore} of the PEM's certificates: a natural {@code validFrom}. */
    public static Instant earliestNotBefore(String certificatePem) throws TimestampFormatException {
        Instant earliest = null;
        for (X509CertificateHolder c : Tsp.certificates(certificatePem)) {
            Instant nb = c.getNotBefore().toInstant();
            if (earliest == null || nb.isBefore(earliest)) earliest = nb;
        }
        return earliest;
    }

    /** Throws when the name is empty, a certificate cannot be read, or {@code validUntil} is not after {@code validFrom}. */
    public void check() throws TimestampFormatException {
        if (name.isBlank()) throw new TimestampFormatException("a timestamp authority needs a name");
        certificates();
        if (validUntil.isPresent() && !until().orElseThrow().isAfter(from()))
            throw new TimestampFormatException("validUntil " + validUntil.get() + " is not after validFrom " + validFrom);
    }

    /** The subjects of its certificates, in order (for listings). */
    public List<String> subjects() throws TimestampFormatException {
        List<String> out = new ArrayList<>();
        for (X509CertificateHolder c : certificates()) out.add(Tsp.name(c.getSubject()));
        return out;
    }

    /** Whether a token generated at {@code genTime} falls in this authority's window. */
    public boolean covers(Instant genTime) {
        return !genTime.isBefore(from()) && until().map(u -> !genTime.isAfter(u)).orElse(true);
    }

    private static String seconds(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    Instant from() {
        return OffsetDateTime.parse(validFrom).toInstant();
    }

    Optional<Instant> until() {
        return validUntil.map(u -> OffsetDateTime.parse(u).toInstant());
    }

    List<X509CertificateHolder> certificates() throws TimestampFormatException {
        try {
            return Tsp.certificates(certificatePem);
        } catch (TimestampFormatException e) {
            throw new TimestampFormatException("timestamp authority \"" + name + "\": " + e.getMessage(), e);
        }
    }

    /** The PEM of DER certificates (root last), as {@link #certificatePem()} holds them. */
    public static String pem(List<byte[]> ders) {
        StringBuilder b = new StringBuilder();
        for (byte[] d : ders) b.append(Tsp.pem(d));
        return b.toString();
    }
}
