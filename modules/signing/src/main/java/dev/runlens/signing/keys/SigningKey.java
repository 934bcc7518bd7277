package dev.runlens.signing.keys;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A private key in memory. P-256 signs with deterministic ECDSA (RFC 6979) and writes canonical
 * low-S DER; Ed25519 signs pure RFC 8032 (64 bytes). On disk it only ever exists encrypted
 * ({@link #toEncryptedPem}). {@link #destroy()} drops the secret; BC's EC scalar is an immutable
 * {@code BigInteger}, so for P-256 the garbage collector has the last word.
 */
public final class SigningKey {
    private final KeyAlgorithm algorithm;
    private BigInteger d;        // ECDSA_P256
    private byte[] seed;         // ED25519
    private final VerificationKey publicKey;

    private SigningKey(KeyAlgorithm algorithm, BigInteger d, byte[] seed, VerificationKey publicKey) {
        this.algorithm = algorithm;
        this.d = d;
        this.seed = seed;
        this.publicKey = publicKey;
    }

    public static SigningKey generate(KeyAlgorithm algorithm) {
        return generate(algorithm, new SecureRandom());
    }

    public static SigningKey generate(KeyAlgorithm algorithm, SecureRandom random) {
        if (algorithm == KeyAlgorithm.ED25519) {
            byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
            random.nextBytes(seed);
            return ed25519(seed);
        }
        BigInteger d;
        do {
            d = new BigInteger(256, random);
        } while (d.signum() == 0 || d.compareTo(Bc.N) >= 0);
        return p256(d);
    }

    /** A P-256 key from its scalar (test vectors, imports). */
    public static SigningKey p256(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(Bc.N) >= 0) throw new IllegalArgumentException("P-256 private scalar outside 1..n-1");
        ECPoint q = new FixedPointCombMultiplier().multiply(Bc.P256_CURVE.getG(), d).normalize();
        return new SigningKey(KeyAlgorithm.ECDSA_P256, d, null, VerificationKey.ofEc(q));
    }

    /** An Ed25519 key from its 32-byte seed (RFC 8032 test keys, imports). */
    public static SigningKey ed25519(byte[] seed) {
        if (seed.length != Ed25519.SECRET_KEY_SIZE) throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
        byte[] pk = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, pk, 0);
        return new SigningKey(KeyAlgorithm.ED25519, null, seed.clone(), VerificationKey.ofEd25519(pk));
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    public VerificationKey publicKey() {
        return publicKey;
    }

    /** Signs {@code message}: P-256 deterministic low-S DER, or a 64-byte Ed25519 signature. */
    public byte[] sign(byte[] message) {
        if (d == null && seed == null) throw new IllegalStateException("the key was destroyed");
        if (algorithm == KeyAlgorithm.ED25519) {
            byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(seed, 0, message, 0, message.length, sig, 0);
            return sig;
        }
        SHA256Digest digest = new SHA256Digest();
        digest.update(message, 0, message.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(d, Bc.P256_DOMAIN));
        BigInteger[] rs = signer.generateSignature(hash);
        BigInteger s = rs[1].compareTo(Bc.HALF_N) > 0 ? Bc.N.subtract(rs[1]) : rs[1];
        return Bc.derSignature(rs[0], s);
    }

    /** The key as encrypted PKCS#8 PEM (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC), readable by OpenSSL. */
    public String toEncryptedPem(char[] passphrase, KdfParameters kdf) {
        return toEncryptedPem(passphrase, kdf, new SecureRandom());
    }

    public String toEncryptedPem(char[] passphrase, KdfParameters kdf, SecureRandom random) {
        if (passphrase.length == 0) throw new IllegalArgumentException("an empty passphrase does not protect a key");
        return EncryptedKeyFile.write(privateKeyInfo(), passphrase, kdf, random);
    }

    /**
     * Opens an encrypted key file. The decrypted key must be P-256 or Ed25519, and must match the
     * public key it carries (PBES2-CBC has no MAC, so a damaged file could otherwise decrypt to another key).
     *
     * @param name the file's name, for messages
     * @throws WrongPassphraseException when the passphrase does not open it
     */
    public static SigningKey fromEncryptedPem(String pem, char[] passphrase, String name) throws KeyFormatException {
        PrivateKeyInfo info = EncryptedKeyFile.read(pem, passphrase, name);
        return fromPrivateKeyInfo(info, name);
    }

    /** The PBKDF2 iteration count a key file was written with. */
    public static int kdfIterations(String pem) throws KeyFormatException {
        return EncryptedKeyFile.iterations(pem);
    }

    /** Refuses to go on unless this key's public half is {@code expected} (the stored {@code .pub.pem}). */
    public void requireMatches(VerificationKey expected, String name) throws KeyFormatException {
        if (!publicKey.equals(expected))
            throw new KeyFormatException(name + ": the decrypted private key does not match the stored public key "
                    + expected.keyId() + " (it is " + publicKey.keyId() + "); refusing to sign");
    }

    private static SigningKey fromPrivateKeyInfo(PrivateKeyInfo info, String name) throws KeyFormatException {
        AlgorithmIdentifier alg = info.getPrivateKeyAlgorithm();
        try {
            if (alg.getAlgorithm().equals(Bc.ED25519)) {
                byte[] seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
                if (seed.length != 32) throw new KeyFormatException(name + ": Ed25519 private key must be 32 bytes");
                SigningKey k = ed25519(seed);
                Arrays.fill(seed, (byte) 0);
                if (info.getPublicKeyData() != null && !Arrays.equals(info.getPublicKeyData().getOctets(), rawEd(k)))
                    throw new KeyFormatException(name + ": the private key does not match the public key stored with it; refusing to sign");
                return k;
            }
            if (alg.getAlgorithm().equals(Bc.EC_PUBLIC_KEY)) {
                org.bouncycastle.asn1.sec.ECPrivateKey ec = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());
                Object params = alg.getParameters() != null ? alg.getParameters() : ec.getParametersObject();
                if (!Bc.P256.equals(params))
                    throw new KeyFormatException(name + ": EC key is not on the named curve P-256");
                BigInteger d = ec.getKey();
                if (d.signum() <= 0 || d.compareTo(Bc.N) >= 0) throw new KeyFormatException(name + ": P-256 private scalar outside 1..n-1");
                SigningKey k = p256(d);
                org.bouncycastle.asn1.ASN1BitString stored = ec.getPublicKey();
                if (stored != null) {
                    byte[] pub = Arrays.copyOfRange(k.publicKey.spkiDer(), k.publicKey.spkiDer().length - 65, k.publicKey.spkiDer().length);
                    ECPoint storedPoint;
                    try {
                        storedPoint = Bc.P256_CURVE.getCurve().decodePoint(stored.getOctets());
                    } catch (IllegalArgumentException e) {
                        throw new KeyFormatException(name + ": the public key stored with the private key is not a P-256 point");
                    }
                    if (!Arrays.equals(storedPoint.getEncoded(false), pub))
                        throw new KeyFormatException(name + ": the private key does not match the public key stored with it; refusing to sign");
                }
                return k;
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new KeyFormatException(name + ": malformed private key: " + e.getMessage(), e);
        }
        throw new KeyFormatException(name + ": unsupported private key algorithm " + alg.getAlgorithm().getId());
    }

    private static byte[] rawEd(SigningKey k) {
        byte[] spki = k.publicKey.spkiDer();
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }

    /** PKCS#8 v1 (no public key attribute for Ed25519, so OpenSSL and Python read it; design B5 note [E8]). */
    private PrivateKeyInfo privateKeyInfo() {
        try {
            if (algorithm == KeyAlgorithm.ED25519) {
                return new PrivateKeyInfo(new AlgorithmIdentifier(Bc.ED25519), new DEROctetString(seed));
            }
            byte[] spki = publicKey.spkiDer();
            byte[] point = Arrays.copyOfRange(spki, spki.length - 65, spki.length);
            return new PrivateKeyInfo(new AlgorithmIdentifier(Bc.EC_PUBLIC_KEY, Bc.P256),
                    new org.bouncycastle.asn1.sec.ECPrivateKey(256, d, new DERBitString(point), null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the secret; signing afterwards throws. */
    public void destroy() {
        if (seed != null) Arrays.fill(seed, (byte) 0);
        seed = null;
        d = null;
    }

}
