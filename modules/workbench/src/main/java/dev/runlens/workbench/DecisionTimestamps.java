package dev.runlens.workbench;

import dev.runlens.signing.codec.Digests;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.timestamp.Rfc3161Token;
import dev.runlens.signing.timestamp.TimestampAttachment;
import dev.runlens.signing.timestamp.TimestampFormatException;
import dev.runlens.signing.timestamp.TimestampRequests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * RFC 3161 evidence for a signed decision without RunLens touching the network (design B10 (1)): write
 * a {@code TimeStampReq} over the decision's signature bytes for the reviewer to take to an internal
 * TSA ({@code openssl ts -reply}, or {@code curl} to an HTTP TSA), then attach the TSA's answer to the
 * decision file (and, if asked, to its line in the run's decision log). Files are replaced atomically.
 * Whether the TSA is trusted is decided at verification, by the trust list.
 */
public final class DecisionTimestamps {

    /** The request written: where, and the SHA-256 imprint (hex) it asks the TSA to sign. */
    public record Request(Path file, String imprintSha256) {}

    /**
     * The token attached: its {@code genTime}, serial (hex), the subject of the certificate it carries,
     * whether the decision already had it, and the log line it was also put on.
     */
    public record Attached(Path decision, Instant genTime, String serial, Optional<String> signer, boolean alreadyThere,
                           Optional<Integer> logLine) {}

    /**
     * Writes the request for {@code decision}'s signature to {@code out}.
     *
     * @throws IllegalArgumentException the decision file is not a decision with one signature
     */
    public Request request(Path decision, Path out) throws IOException {
        byte[] sig = signature(Files.readAllBytes(decision), decision);
        write(out, TimestampRequests.overSignature(sig));
        return new Request(out, Digests.sha256Hex(sig));
    }

    /**
     * Attaches the token in {@code tokenFile} (a TSA's {@code TimeStampResp} or a bare token) to {@code decision}.
     *
     * @throws TimestampAttachment.NotOverSignatureException the token time-stamps something else (nothing is written)
     * @throws IllegalArgumentException the decision or the token cannot be read, the TSA refused, or {@code log} has no line for this decision
     */
    public Attached attach(Path decision, Path tokenFile, Optional<Path> log) throws IOException, TimestampAttachment.NotOverSignatureException {
        byte[] file = Files.readAllBytes(decision);
        byte[] token = Files.readAllBytes(tokenFile);
        TimestampAttachment.Attached a = attach(file, token, decision, tokenFile);
        Optional<Integer> line = Optional.empty();
        if (log.isPresent()) line = Optional.of(attachToLog(log.get(), signature(file, decision), token, tokenFile));
        if (!a.alreadyThere()) write(decision, a.file());
        Rfc3161Token t = a.token();
        return new Attached(decision, t.genTime(), t.serialNumber(), t.signerSubject(), a.alreadyThere(), line);
    }

    private static TimestampAttachment.Attached attach(byte[] file, byte[] token, Path decision, Path tokenFile)
            throws TimestampAttachment.NotOverSignatureException {
        try {
            return TimestampAttachment.attach(file, token);
        } catch (EnvelopeFormatException e) {
            throw new IllegalArgumentException(decision + ": not a decision file: " + e.getMessage());
        } catch (TimestampFormatException e) {
            throw new IllegalArgumentException(tokenFile + ": " + e.getMessage());
        }
    }

    /** Puts the token on the log line holding the decision with this signature; other lines keep their bytes. Returns the line number. */
    private static int attachToLog(Path log, byte[] sig, byte[] token, Path tokenFile) throws IOException, TimestampAttachment.NotOverSignatureException {
        byte[] all = Files.readAllBytes(log);
        ByteArrayOutputStream out = new ByteArrayOutputStream(all.length + 4096);
        int found = -1;
        int start = 0;
        for (int n = 1; ; n++) {
            int nl = indexOf(all, (byte) '\n', start);
            int end = nl < 0 ? all.length : nl;
            int contentEnd = end > start && all[end - 1] == '\r' ? end - 1 : end;
            byte[] line = Arrays.copyOfRange(all, start, contentEnd);
            if (found < 0 && holds(line, sig)) {
                out.writeBytes(attach(line, token, log, tokenFile).file());
                found = n;
            } else {
                out.writeBytes(line);
            }
            out.writeBytes(Arrays.copyOfRange(all, contentEnd, nl < 0 ? end : nl + 1));
            if (nl < 0) break;
            start = nl + 1;
        }
        if (found < 0) throw new IllegalArgumentException(log + ": no line holds this decision (same signature)");
        write(log, out.toByteArray());
        return found;
    }

    private static boolean holds(byte[] line, byte[] sig) {
        try {
            SigstoreBundle b = SigstoreBundle.read(line);
            return b.envelope().signatures().size() == 1 && Arrays.equals(b.envelope().signatures().get(0).sig(), sig);
        } catch (EnvelopeFormatException | RuntimeException e) {
            return false;
        }
    }

    private static int indexOf(byte[] b, byte v, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == v) return i;
        return -1;
    }

    private static byte[] signature(byte[] file, Path where) {
        try {
            return TimestampAttachment.signatureBytes(file);
        } catch (EnvelopeFormatException e) {
            throw new IllegalArgumentException(where + ": not a decision file: " + e.getMessage());
        }
    }

    /** Writes {@code bytes} to a temporary file beside {@code target}, then moves it over {@code target} atomically. */
    static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
