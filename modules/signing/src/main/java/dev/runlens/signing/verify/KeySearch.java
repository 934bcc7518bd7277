package dev.runlens.signing.verify;

import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.signing.keys.SignatureCheck;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.signing.keys.VerificationKey;
import dev.runlens.signing.trust.TrustList;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Design B7 steps 5–6, shared by decisions and checkpoints: the trust list's candidate keys in order
 * (the envelope's keyid hint first: it is only a hint), each one allowed for this purpose, parsed
 * strictly and matching its listed keyid, tried against the signature under the decision policy.
 */
final class KeySearch {
    private KeySearch() {}

    /** The first candidate whose key verifies, with that key. */
    record Found<O>(Map.Entry<O, TrustList.ReviewerKey> entry, VerificationKey key) {}

    /**
     * @param allowed      whether a key's purposes allow this signature; {@code notAllowed} says why not
     *                     (recorded only for the key the hint names)
     * @param everyFailure record the failure of every key tried, not only of the hinted one
     * @param reasons      receives why keys did not verify, for the caller's failure message
     */
    static <O> Optional<Found<O>> firstVerifying(List<Map.Entry<O, TrustList.ReviewerKey>> candidates, Envelope.Signature sig, byte[] pae,
                                                 Predicate<TrustList.ReviewerKey> allowed, Function<TrustList.ReviewerKey, String> notAllowed,
                                                 boolean everyFailure, List<String> reasons) {
        for (Map.Entry<O, TrustList.ReviewerKey> e : candidates) {
            TrustList.ReviewerKey k = e.getValue();
            if (!allowed.test(k)) {
                if (k.key().keyid().equals(sig.keyId())) reasons.add(notAllowed.apply(k));
                continue;
            }
            VerificationKey vk;
            try {
                vk = VerificationKey.fromPem(k.key().publicKeyPem());
                if (!vk.keyId().equals(k.key().keyid())) throw new KeyFormatException("keyid does not match its public key");
            } catch (KeyFormatException ex) {
                reasons.add(k.key().keyid() + ": unusable key: " + ex.getMessage());
                continue;
            }
            SignatureCheck r = vk.verify(pae, sig.sig(), SignaturePolicy.DECISIONS);
            if (r.valid()) return Optional.of(new Found<>(e, vk));
            if (everyFailure || vk.keyId().equals(sig.keyId())) reasons.add(vk.keyId() + ": " + r.reason());
        }
        return Optional.empty();
    }
}
