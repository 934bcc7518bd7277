package dev.runlens.signing.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle Tree Hash of RFC 6962 section 2.1 with SHA-256: the empty tree hashes to
 * {@code SHA-256()}, a leaf to {@code SHA-256(0x00 ‖ leaf)}, a node to {@code SHA-256(0x01 ‖ left ‖ right)},
 * and a tree of {@code n > 1} leaves splits at the largest power of two smaller than {@code n}.
 * The same leaves give the same root as Certificate Transparency and C2SP {@code tlog-checkpoint} logs.
 */
public final class MerkleTree {
    private MerkleTree() {}

    /** {@code MTH(leaves)}: the root over the leaf inputs, in order. */
    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) return sha256().digest();
        List<byte[]> hashes = new ArrayList<>(leaves.size());
        for (byte[] leaf : leaves) hashes.add(leafHash(leaf));
        return subtree(hashes, 0, hashes.size());
    }

    /** {@code SHA-256(0x00 ‖ leaf)}. */
    public static byte[] leafHash(byte[] leaf) {
        MessageDigest md = sha256();
        md.update((byte) 0x00);
        md.update(leaf);
        return md.digest();
    }

    /** {@code SHA-256(0x01 ‖ left ‖ right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = sha256();
        md.update((byte) 0x01);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    private static byte[] subtree(List<byte[]> leafHashes, int from, int to) {
        int n = to - from;
        if (n == 1) return leafHashes.get(from);
        int k = Integer.highestOneBit(n - 1); // the largest power of two smaller than n
        return nodeHash(subtree(leafHashes, from, from + k), subtree(leafHashes, from + k, to));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
