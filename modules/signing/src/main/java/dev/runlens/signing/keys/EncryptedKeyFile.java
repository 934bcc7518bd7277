package dev.runlens.signing.keys;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

/**
 * Encrypted PKCS#8 ({@code -----BEGIN ENCRYPTED PRIVATE KEY-----}) with PBES2: PBKDF2-HMAC-SHA256
 * and AES-256-CBC on write — the combination OpenSSL, Python and the JDK all read. On read, PBES2
 * with PBKDF2 (HMAC-SHA1/256/512) and AES-128/192/256-CBC, so keys made by {@code openssl genpkey
 * -aes-256-cbc} open too. The passphrase is UTF-8 encoded, as OpenSSL takes the bytes typed.
 */
final class EncryptedKeyFile {
    private static final Map<ASN1ObjectIdentifier, Integer> AES_KEY_BYTES = Map.of(
            NISTObjectIdentifiers.id_aes128_CBC, 16, NISTObjectIdentifiers.id_aes192_CBC, 24, NISTObjectIdentifiers.id_aes256_CBC, 32);

    private EncryptedKeyFile() {}

    static String write(PrivateKeyInfo info, char[] passphrase, KdfParameters kdf, SecureRandom random) {
        byte[] salt = new byte[kdf.saltBytes()];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        AlgorithmIdentifier prf = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE);
        byte[] key = derive(passphrase, salt, kdf.iterations(), new SHA256Digest(), 32);
        byte[] plain = null;
        try {
            plain = info.getEncoded(ASN1Encoding.DER);
            byte[] cipherText = cbc(true, key, iv, plain);
            PBES2Parameters pbes2 = new PBES2Parameters(
                    new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, kdf.iterations(), prf)),
                    new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(iv)));
            EncryptedPrivateKeyInfo epki = new EncryptedPrivateKeyInfo(
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, pbes2), cipherText);
            return Pem.write("ENCRYPTED PRIVATE KEY", epki.getEncoded(ASN1Encoding.DER));
        } catch (IOException | InvalidCipherTextException e) {
            throw new IllegalStateException("encrypting a key file", e);
        } finally {
            Arrays.fill(key, (byte) 0);
            if (plain != null) Arrays.fill(plain, (byte) 0);
        }
    }

    /** The decrypted key, or {@link WrongPassphraseException} when the passphrase does not open it. */
    static PrivateKeyInfo read(String pem, char[] passphrase, String name) throws KeyFormatException {
        byte[] der = Pem.read(pem, "ENCRYPTED PRIVATE KEY");
        EncryptedPrivateKeyInfo epki;
        PBES2Parameters pbes2;
        PBKDF2Params pbkdf2;
        try {
            epki = EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
            AlgorithmIdentifier alg = epki.getEncryptionAlgorithm();
            if (!PKCSObjectIdentifiers.id_PBES2.equals(alg.getAlgorithm()))
                throw new KeyFormatException(name + ": key file encryption " + alg.getAlgorithm().getId() + " is not PBES2");
            pbes2 = PBES2Parameters.getInstance(alg.getParameters());
            if (!PKCSObjectIdentifiers.id_PBKDF2.equals(pbes2.getKeyDerivationFunc().getAlgorithm()))
                throw new KeyFormatException(name + ": key derivation " + pbes2.getKeyDerivationFunc().getAlgorithm().getId()
                        + " is not PBKDF2 (scrypt key files are not supported)");
            pbkdf2 = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new KeyFormatException(name + ": not an encrypted PKCS#8 key: " + e.getMessage(), e);
        }
        ASN1ObjectIdentifier cipher = pbes2.getEncryptionScheme().getAlgorithm();
        Integer keyBytes = AES_KEY_BYTES.get(cipher);
        if (keyBytes == null) throw new KeyFormatException(name + ": key file cipher " + cipher.getId() + " is not AES-CBC");
        BigInteger iterations = pbkdf2.getIterationCount();
        if (iterations.bitLength() > 31) throw new KeyFormatException(name + ": absurd PBKDF2 iteration count " + iterations);
        byte[] iv = ASN1OctetString.getInstance(pbes2.getEncryptionScheme().getParameters()).getOctets();
        byte[] key = derive(passphrase, pbkdf2.getSalt(), iterations.intValue(), prf(pbkdf2, name), keyBytes);
        byte[] plain = null;
        try {
            plain = cbc(false, key, iv, epki.getEncryptedData());
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(plain));
            info.parsePrivateKey();
            return info;
        } catch (InvalidCipherTextException | IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new WrongPassphraseException(name);
        } finally {
            Arrays.fill(key, (byte) 0);
            if (plain != null) Arrays.fill(plain, (byte) 0);
        }
    }

    /** The iteration count a key file was written with (for warnings about weak files). */
    static int iterations(String pem) throws KeyFormatException {
        try {
            EncryptedPrivateKeyInfo epki = EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(Pem.read(pem, "ENCRYPTED PRIVATE KEY")));
            PBES2Parameters p = PBES2Parameters.getInstance(epki.getEncryptionAlgorithm().getParameters());
            return PBKDF2Params.getInstance(p.getKeyDerivationFunc().getParameters()).getIterationCount().intValueExact();
        } catch (IOException | RuntimeException e) {
            throw new KeyFormatException("not an encrypted PKCS#8 key: " + e.getMessage(), e);
        }
    }

    private static Digest prf(PBKDF2Params p, String name) throws KeyFormatException {
        ASN1ObjectIdentifier prf = p.getPrf().getAlgorithm();
        if (PKCSObjectIdentifiers.id_hmacWithSHA256.equals(prf)) return new SHA256Digest();
        if (PKCSObjectIdentifiers.id_hmacWithSHA1.equals(prf)) return new SHA1Digest();
        if (PKCSObjectIdentifiers.id_hmacWithSHA512.equals(prf)) return new SHA512Digest();
        throw new KeyFormatException(name + ": PBKDF2 PRF " + prf.getId() + " is not supported");
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int iterations, Digest digest, int keyBytes) {
        byte[] pass = utf8(passphrase);
        try {
            PKCS5S2ParametersGenerator g = new PKCS5S2ParametersGenerator(digest);
            g.init(pass, salt, iterations);
            return ((KeyParameter) g.generateDerivedParameters(keyBytes * 8)).getKey();
        } finally {
            Arrays.fill(pass, (byte) 0);
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer bb = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = new byte[bb.remaining()];
        bb.get(out);
        if (bb.hasArray()) Arrays.fill(bb.array(), (byte) 0);
        return out;
    }

    private static byte[] cbc(boolean encrypt, byte[] key, byte[] iv, byte[] in) throws InvalidCipherTextException {
        if (iv.length != 16) throw new InvalidCipherTextException("AES-CBC needs a 16-byte IV");
        BufferedBlockCipher c = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(AESEngine.newInstance()), new PKCS7Padding());
        c.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
        byte[] out = new byte[c.getOutputSize(in.length)];
        int n = c.processBytes(in, 0, in.length, out, 0);
        n += c.doFinal(out, n);
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
