package dev.runlens.signing.keys;

import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of reviewer keys: {@code NAME.key.pem} (encrypted PKCS#8, mode 0600 where the file
 * system has POSIX permissions), {@code NAME.pub.pem} (SPKI) and {@code NAME.json} (principal,
 * algorithm, key id, creation time). Opening a key checks it against its {@code .pub.pem}.
 */
public final class KeyRing {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private final Path dir;

    public KeyRing(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** One key of the ring. */
    public record KeyInfo(String name, KeyAlgorithm algorithm, String keyId, String fingerprint, Optional<String> principal,
                          Optional<String> createdAt, Path privateKeyFile, Path publicKeyFile) {}

    public static void checkName(String name) {
        if (!NAME.matcher(name).matches())
            throw new IllegalArgumentException("key name \"" + name + "\" must be letters, digits, '.', '_', '@' or '-'");
    }

    public Path privateKeyFile(String name) {
        return dir.resolve(name + ".key.pem");
    }

    public Path publicKeyFile(String name) {
        return dir.resolve(name + ".pub.pem");
    }

    /** Generates and stores a key; refuses to overwrite one. */
    public KeyInfo generate(String name, KeyAlgorithm alg, Optional<String> principal, char[] passphrase, KdfParameters kdf, Instant now)
            throws IOException {
        checkName(name);
        Files.createDirectories(dir);
        if (Files.exists(privateKeyFile(name)) || Files.exists(publicKeyFile(name)))
            throw new FileAlreadyExistsException(privateKeyFile(name).toString(), null, "a key with this name exists");
        SigningKey key = SigningKey.generate(alg);
        try {
            return store(name, key, principal, passphrase, kdf, now);
        } finally {
            key.destroy();
        }
    }

    /**
     * Imports an encrypted PKCS#8 PEM private key (as {@code openssl pkcs8 -topk8 -v2 aes-256-cbc} or
     * RunLens writes it): it must open with {@code passphrase} and be P-256 or Ed25519; it is stored
     * re-encrypted with the same passphrase under {@code kdf}, with its public key and metadata.
     * Refuses to overwrite a key.
     *
     * @param source the file it came from, for messages
     * @throws WrongPassphraseException when the passphrase does not open it
     * @throws KeyFormatException       when it is not a usable encrypted key
     */
    public KeyInfo importKey(String name, String encryptedPem, String source, Optional<String> principal, char[] passphrase,
                             KdfParameters kdf, Instant now) throws IOException, KeyFormatException {
        checkName(name);
        Files.createDirectories(dir);
        if (Files.exists(privateKeyFile(name)) || Files.exists(publicKeyFile(name)))
            throw new FileAlreadyExistsException(privateKeyFile(name).toString(), null, "a key with this name exists");
        SigningKey key = SigningKey.fromEncryptedPem(encryptedPem, passphrase, source);
        try {
            return store(name, key, principal, passphrase, kdf, now);
        } finally {
            key.destroy();
        }
    }

    private KeyInfo store(String name, SigningKey key, Optional<String> principal, char[] passphrase, KdfParameters kdf, Instant now)
            throws IOException {
        writePrivate(privateKeyFile(name), key.toEncryptedPem(passphrase, kdf));
        Files.writeString(publicKeyFile(name), key.publicKey().toPem(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        JsonBuilder meta = JsonBuilder.object().put("name", name).put("algorithm", key.algorithm().id()).put("keyid", key.publicKey().keyId())
                .put("createdAt", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
        principal.ifPresent(p -> meta.put("principal", p));
        Files.write(dir.resolve(name + ".json"), StrictJson.asWritten(meta.build()));
        return info(name).orElseThrow();
    }

    private static void writePrivate(Path file, String pem) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // no POSIX permissions here (Windows): the user profile's ACLs protect it
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    public List<KeyInfo> list() throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        List<KeyInfo> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String f = p.getFileName().toString();
                if (f.endsWith(".pub.pem")) info(f.substring(0, f.length() - ".pub.pem".length())).ifPresent(out::add);
            }
        }
        return out;
    }

    public Optional<KeyInfo> info(String name) throws IOException {
        checkName(name);
        if (!Files.exists(publicKeyFile(name))) return Optional.empty();
        VerificationKey k = publicKey(name);
        Optional<String> principal = Optional.empty();
        Optional<String> created = Optional.empty();
        Path meta = dir.resolve(name + ".json");
        if (Files.exists(meta)) {
            try {
                Fields f = Fields.root(StrictJson.parse(Files.readAllBytes(meta)), meta.toString());
                principal = f.optStr("principal");
                created = f.optStr("createdAt");
            } catch (StrictJsonException e) {
                throw new IOException(meta + ": " + e.getMessage(), e);
            }
        }
        return Optional.of(new KeyInfo(name, k.algorithm(), k.keyId(), k.fingerprint(), principal, created, privateKeyFile(name), publicKeyFile(name)));
    }

    public VerificationKey publicKey(String name) throws IOException {
        checkName(name);
        Path p = publicKeyFile(name);
        if (!Files.exists(p)) throw new java.nio.file.NoSuchFileException(p.toString(), null, "no key named \"" + name + "\" in " + dir);
        try {
            return VerificationKey.fromPem(Files.readString(p, StandardCharsets.US_ASCII));
        } catch (KeyFormatException e) {
            throw new IOException(p + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a key and checks it against its stored public key.
     *
     * @throws WrongPassphraseException when the passphrase does not open it
     * @throws KeyFormatException       when the file is damaged or does not match its public key
     */
    public SigningKey open(String name, char[] passphrase) throws IOException, KeyFormatException {
        VerificationKey expected = publicKey(name);
        Path file = privateKeyFile(name);
        SigningKey k = SigningKey.fromEncryptedPem(Files.readString(file, StandardCharsets.US_ASCII), passphrase, file.toString());
        k.requireMatches(expected, file.toString());
        return k;
    }
}
