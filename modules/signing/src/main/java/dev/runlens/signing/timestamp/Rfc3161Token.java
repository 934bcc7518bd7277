package dev.runlens.signing.timestamp;

import dev.runlens.signing.codec.Digests;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An RFC 3161 time-stamp token as read, not yet trusted: its {@code genTime}, message imprint, serial,
 * policy and TSA name. {@link #parse} takes what a TSA answers (a {@code TimeStampResp}, e.g. the
 * {@code .tsr} of {@code openssl ts -reply} or of an HTTP TSA) or a bare token (the CMS
 * {@code ContentInfo} a Sigstore bundle stores).
 */
public final class Rfc3161Token {
    static final ASN1ObjectIdentifier SHA256 = NISTObjectIdentifiers.id_sha256;

    private final TimeStampToken token;
    private final byte[] der;

    private Rfc3161Token(TimeStampToken token, byte[] der) {
        this.token = token;
        this.der = der;
    }

    /** A {@code TimeStampResp} (its status must be granted) or a bare token, DER, nothing after it. */
    public static Rfc3161Token parse(byte[] tokenOrResponse) throws TimestampFormatException {
        ASN1Sequence seq = sequence(tokenOrResponse);
        if (seq.size() > 0 && seq.getObjectAt(0) instanceof ASN1Sequence) return fromResponse(tokenOrResponse);
        return parseToken(tokenOrResponse);
    }

    /** A bare token: the DER of a CMS {@code ContentInfo} with signed {@code TSTInfo}, nothing after it. */
    public static Rfc3161Token parseToken(byte[] der) throws TimestampFormatException {
        ASN1Sequence seq = sequence(der);
        try {
            TimeStampToken t = new TimeStampToken(ContentInfo.getInstance(seq));
            byte[] encoded = t.getEncoded();
            return new Rfc3161Token(t, encoded);
        } catch (Exception e) {
            throw new TimestampFormatException("not an RFC 3161 time-stamp token: " + message(e), e);
        }
    }

    private static Rfc3161Token fromResponse(byte[] der) throws TimestampFormatException {
        TimeStampResponse r;
        try {
            r = new TimeStampResponse(der);
        } catch (Exception e) {
            throw new TimestampFormatException("not an RFC 3161 time-stamp response: " + message(e), e);
        }
        if (r.getStatus() != 0 && r.getStatus() != 1) {
            throw new TimestampFormatException("the TSA did not grant the time stamp: status " + r.getStatus()
                    + (r.getStatusString() == null ? "" : " (" + r.getStatusString() + ")")
                    + (r.getFailInfo() == null ? "" : ", failInfo " + r.getFailInfo().intValue()));
        }
        TimeStampToken t = r.getTimeStampToken();
        if (t == null) throw new TimestampFormatException("the time-stamp response is granted but carries no token");
        try {
            return new Rfc3161Token(t, t.getEncoded());
        } catch (java.io.IOException e) {
            throw new TimestampFormatException("the token in the response cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static ASN1Sequence sequence(byte[] der) throws TimestampFormatException {
        if (der.length == 0) throw new TimestampFormatException("empty: no DER");
        try {
            ASN1Primitive p = ASN1Primitive.fromByteArray(der);
            if (!(p instanceof ASN1Sequence s)) throw new TimestampFormatException("not DER of an ASN.1 SEQUENCE");
            return s;
        } catch (java.io.IOException | RuntimeException e) {
            throw new TimestampFormatException("not DER: " + message(e), e);
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The token's DER (the bare {@code ContentInfo}), as a Sigstore bundle stores it. */
    public byte[] der() {
        return der.clone();
    }

    public Instant genTime() {
        return info().getGenTime().toInstant();
    }

    /** The message imprint's hash algorithm, as a dotted OID ({@code 2.16.840.1.101.3.4.2.1} is SHA-256). */
    public String imprintAlgorithm() {
        return info().getMessageImprintAlgOID().getId();
    }

    public byte[] imprint() {
        return info().getMessageImprintDigest();
    }

    /** Whether the imprint is SHA-256 of exactly these bytes (design B10: the DSSE signature bytes). */
    public boolean isOver(byte[] signature) {
        return info().getMessageImprintAlgOID().equals(SHA256) && MessageDigest.isEqual(imprint(), Digests.sha256(signature));
    }

    /** Why the imprint is not SHA-256 of {@code signature}, or empty when it is. */
    public Optional<String> imprintProblem(byte[] signature) {
        if (!info().getMessageImprintAlgOID().equals(SHA256)) {
            return Optional.of("the imprint uses hash algorithm " + imprintAlgorithm() + ", not SHA-256");
        }
        if (!MessageDigest.isEqual(imprint(), Digests.sha256(signature))) {
            return Optional.of("the imprint " + HexFormat.of().formatHex(imprint()) + " is not SHA-256 of the DSSE signature bytes ("
                    + Digests.sha256Hex(signature) + "): the token time-stamps something else");
        }
        return Optional.empty();
    }

    /** The serial number, hex. */
    public String serialNumber() {
        return info().getSerialNumber().toString(16);
    }

    public String policy() {
        return info().getPolicy().getId();
    }

    /** The {@code tsa} name the token states, if any (informative only). */
    public Optional<String> tsaName() {
        return Optional.ofNullable(info().getTsa()).map(n -> n.getName().toString());
    }

    /** The subject of the certificate the token says signed it, when the token carries it. */
    public Optional<String> signerSubject() {
        return embeddedSigner().map(c -> Tsp.name(c.getSubject()));
    }

    @SuppressWarnings("unchecked")
    Optional<X509CertificateHolder> embeddedSigner() {
        Collection<X509CertificateHolder> m = token.getCertificates().getMatches(token.getSID());
        return m.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> embedded() {
        return token.getCertificates().getMatches(null);
    }

    TimeStampToken bc() {
        return token;
    }

    private TimeStampTokenInfo info() {
        return token.getTimeStampInfo();
    }
}
