package dev.runlens.workbench;

import dev.runlens.signing.trust.TrustList;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.signing.trust.TrustState;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A trust-list file as an administrator looks at it: the list as written (shown even when it does
 * not verify), who signed it, its verdict against the pinned root keys and the verifier's remembered
 * state (highest version, revocations), and the checkpointers it names.
 *
 * @param digest       {@code sha256:} of the signed payload
 * @param signedBy     the key ids of the envelope's signatures, as written (not verified); empty for an unsigned draft
 * @param verdict      the verification, when root keys are pinned; empty when none are
 * @param state        the verifier state after this verification (before it, when the list was rejected or not verified)
 * @param checkpointers the {@code checkpointers} the payload names (principal and key entries), if any
 */
public record TrustListInfo(Path file, TrustList list, String digest, List<String> signedBy, Optional<TrustListVerdict> verdict,
                            TrustState state, List<Checkpointer> checkpointers) {

    /** A principal whose keys may sign decision-log checkpoints (design B9). */
    public record Checkpointer(String principal, List<TrustList.KeyEntry> keys) {
        public Checkpointer {
            keys = List.copyOf(keys);
        }
    }

    public TrustListInfo {
        signedBy = List.copyOf(signedBy);
        checkpointers = List.copyOf(checkpointers);
    }

    /** No signature yet: an edit waiting for root keys to sign it. */
    public boolean draft() {
        return signedBy.isEmpty();
    }

    /** Whether the verifier state's pinned root is this list's root block (then pinning again changes nothing). */
    public boolean rootPinned() {
        return state.root().map(r -> r.equals(list.root())).orElse(false);
    }
}
