package dev.runlens.signing.trust;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a verifier remembers between runs (design B7 inputs, B8): the highest trust-list version seen
 * and its digest, the root block it established, and every revocation ever seen — never removed, so
 * loading an older list cannot resurrect a revoked key.
 */
public record TrustState(long highestVersion, Optional<String> highestDigest, Optional<TrustList.Root> root,
                         List<TrustList.Revocation> revocationsSeen) {
    public static final TrustState EMPTY = new TrustState(0, Optional.empty(), Optional.empty(), List.of());

    public TrustState {
        revocationsSeen = List.copyOf(revocationsSeen);
    }

    /** This state after accepting {@code list} (whose payload digest is {@code digest}). */
    public TrustState after(TrustList list, String digest) {
        List<TrustList.Revocation> all = new ArrayList<>(revocationsSeen);
        for (TrustList.Revocation r : list.revocations()) if (!all.contains(r)) all.add(r);
        boolean newer = list.version() >= highestVersion;
        return new TrustState(Math.max(highestVersion, list.version()), newer ? Optional.of(digest) : highestDigest,
                newer ? Optional.of(list.root()) : root, all);
    }

    public static TrustState load(Path file) throws IOException, StrictJsonException {
        if (!Files.exists(file)) return EMPTY;
        Fields f = Fields.root(StrictJson.parse(Files.readAllBytes(file)), "trustState");
        Optional<TrustList.Root> root = Optional.empty();
        if (f.has("root")) {
            Fields r = f.obj("root");
            List<TrustList.KeyEntry> keys = new ArrayList<>();
            for (Fields k : r.objects("keys")) keys.add(new TrustList.KeyEntry(k.str("keyid"), k.str("alg"), k.str("publicKeyPem")));
            root = Optional.of(new TrustList.Root((int) r.integer("threshold"), keys));
        }
        List<TrustList.Revocation> revs = new ArrayList<>();
        for (Fields r : f.objects("revocationsSeen")) revs.add(new TrustList.Revocation(r.str("keyid"), r.str("reason"), r.str("effectiveAt")));
        return new TrustState(f.integer("highestVersion"), f.optStr("highestDigest"), root, revs);
    }

    public void save(Path file) throws IOException {
        JsonBuilder b = JsonBuilder.object().put("highestVersion", highestVersion);
        highestDigest.ifPresent(d -> b.put("highestDigest", d));
        root.ifPresent(r -> b.put("root", JsonBuilder.object().put("threshold", r.threshold()).put("keys",
                JsonBuilder.array(r.keys(), k -> JsonBuilder.object().put("keyid", k.keyid()).put("alg", k.alg())
                        .put("publicKeyPem", k.publicKeyPem()).build()))));
        b.put("revocationsSeen", JsonBuilder.array(revocationsSeen, r -> JsonBuilder.object().put("keyid", r.keyid())
                .put("reason", r.reason()).put("effectiveAt", r.effectiveAt()).build()));
        JsonValue v = b.build();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, StrictJson.asWritten(v));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
