package dev.runlens.signing.timestamp;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

import java.io.IOException;
import java.security.Provider;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Bouncy Castle plumbing shared by the time-stamp classes. Package-private: no BC type leaves this package. */
final class Tsp {
    private Tsp() {}

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    /** One BC provider instance, never registered with {@code java.security.Security}. */
    static Provider provider() {
        return Holder.BC;
    }

    private static final class Holder {
        static final Provider BC = new BouncyCastleProvider();
    }

    /** Every {@code CERTIFICATE} block of a PEM text, in order; at least one. */
    static List<X509CertificateHolder> certificates(String pem) throws TimestampFormatException {
        List<X509CertificateHolder> out = new ArrayList<>();
        int at = 0;
        while (true) {
            int b = pem.indexOf(BEGIN, at);
            if (b < 0) break;
            int e = pem.indexOf(END, b);
            if (e < 0) throw new TimestampFormatException("malformed PEM: no \"" + END + "\" line after certificate " + (out.size() + 1));
            String body = pem.substring(b + BEGIN.length(), e).replaceAll("[\\r\\n\\t ]", "");
            byte[] der;
            try {
                der = Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException ex) {
                throw new TimestampFormatException("malformed PEM: certificate " + (out.size() + 1) + " is not base64");
            }
            out.add(certificate(der, "certificate " + (out.size() + 1)));
            at = e + END.length();
        }
        if (out.isEmpty()) throw new TimestampFormatException("no \"" + BEGIN + "\" block");
        return out;
    }

    static X509CertificateHolder certificate(byte[] der, String what) throws TimestampFormatException {
        try {
            X509CertificateHolder h = new X509CertificateHolder(der);
            if (!java.util.Arrays.equals(h.getEncoded(), der)) throw new TimestampFormatException(what + " is not DER");
            return h;
        } catch (IOException | RuntimeException ex) {
            throw new TimestampFormatException(what + " is not an X.509 certificate: " + ex.getMessage());
        }
    }

    static String pem(byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der);
        return BEGIN + "\n" + body + "\n" + END + "\n";
    }

    static String name(X500Name n) {
        return n.toString();
    }

    /** RFC 3161 2.3: exactly one extended key usage, id-kp-timeStamping, in a critical extension. */
    static String timeStampingUsageProblem(X509CertificateHolder c) {
        Extension ext = c.getExtension(Extension.extendedKeyUsage);
        if (ext == null) return "has no extended key usage (RFC 3161 requires a critical id-kp-timeStamping)";
        ExtendedKeyUsage eku = ExtendedKeyUsage.getInstance(ext.getParsedValue());
        KeyPurposeId[] usages = eku.getUsages();
        if (!eku.hasKeyPurposeId(KeyPurposeId.id_kp_timeStamping)) return "has an extended key usage without id-kp-timeStamping";
        if (usages.length != 1) return "has id-kp-timeStamping among other extended key usages (RFC 3161 requires it alone)";
        if (!ext.isCritical()) return "has id-kp-timeStamping in a non-critical extension (RFC 3161 requires it critical)";
        return null;
    }

    /** Whether {@code issuer} may sign certificates: a CA by basic constraints and, if it has key usage, keyCertSign. */
    static boolean isCa(X509CertificateHolder issuer) {
        Extension bc = issuer.getExtension(Extension.basicConstraints);
        if (bc == null || !BasicConstraints.getInstance(bc.getParsedValue()).isCA()) return false;
        Extension ku = issuer.getExtension(Extension.keyUsage);
        return ku == null || KeyUsage.getInstance(ku.getParsedValue()).hasUsages(KeyUsage.keyCertSign);
    }

    /** Whether {@code issuer}'s key made {@code cert}'s signature. */
    static boolean signedBy(X509CertificateHolder cert, X509CertificateHolder issuer) {
        if (!cert.getIssuer().equals(issuer.getSubject())) return false;
        try {
            return cert.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(provider()).build(issuer));
        } catch (Exception e) {
            return false;
        }
    }
}
