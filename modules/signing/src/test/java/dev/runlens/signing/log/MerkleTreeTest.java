package dev.runlens.signing.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * RFC 6962 Merkle Tree Hash against the reference vectors of the Certificate Transparency
 * implementations: the eight leaf inputs and the root of every tree size 0..8, and the subtree hashes,
 * as published in google/trillian {@code merkle/testonly/constants.go} (LeafInputs, RootHashes,
 * NodeHashes; the same values as the certificate-transparency C++ {@code merkle_tree_test.cc}).
 */
class MerkleTreeTest {
    static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (String h : LEAVES.subList(0, n)) out.add(HexFormat.of().parseHex(h));
        return out;
    }

    @ParameterizedTest(name = "size {0}")
    @CsvSource(textBlock = """
            0, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            1, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d
            2, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125
            3, aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77
            4, d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7
            5, 4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4
            6, 76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef
            7, ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c
            8, 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328
            """)
    void theRootOfTheFirstLeavesIsTheReferenceRoot(int size, String root) {
        assertEquals(root, HexFormat.of().formatHex(MerkleTree.root(leaves(size))));
    }

    @ParameterizedTest(name = "leaf {0}")
    @CsvSource(textBlock = """
            0, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d
            1, 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7
            2, 0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7
            7, 46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1
            """)
    void aLeafHashIsSha256OfZeroAndTheLeaf(int leaf, String hash) {
        assertEquals(hash, HexFormat.of().formatHex(MerkleTree.leafHash(HexFormat.of().parseHex(LEAVES.get(leaf)))));
    }

    @Test
    void interiorNodesHashOneAndBothChildren() {
        byte[] l0 = MerkleTree.leafHash(new byte[0]);
        byte[] l1 = MerkleTree.leafHash(new byte[]{0});
        assertEquals("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125", HexFormat.of().formatHex(MerkleTree.nodeHash(l0, l1)));
        assertNotEquals(HexFormat.of().formatHex(MerkleTree.nodeHash(l0, l1)), HexFormat.of().formatHex(MerkleTree.nodeHash(l1, l0)));
    }

    @Test
    void aCheckpointRootIsTheTreeOverTheDigestBytes() {
        String a = "sha256:" + "0".repeat(62) + "01";
        String b = "sha256:" + "f".repeat(64);
        byte[] expected = MerkleTree.nodeHash(MerkleTree.leafHash(HexFormat.of().parseHex(a.substring(7))),
                MerkleTree.leafHash(HexFormat.of().parseHex(b.substring(7))));
        assertEquals(HexFormat.of().formatHex(expected), Checkpoint.merkleRoot(List.of(a, b)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Checkpoint.merkleRoot(List.of()));
    }

    @Test
    void aCheckpointListsEntriesBySeqThenDigestAndNamesEveryHeadOfAFork() {
        String a = "sha256:" + "a".repeat(64), b = "sha256:" + "b".repeat(64), c = "sha256:" + "c".repeat(64);
        List<LogEntry> fork = List.of(new LogEntry(1, c, "d3", "run", 2, List.of(a)), new LogEntry(2, a, "d1", "run", 1, List.of()),
                new LogEntry(3, b, "d2", "run", 2, List.of(a)));
        Checkpoint cp = Checkpoint.of("run", fork, java.time.Instant.parse("2026-09-17T09:30:00.123Z"));
        assertEquals(List.of(a, b, c), cp.entries());
        assertEquals(List.of(b, c), cp.heads());
        assertEquals(3, cp.size());
        assertEquals("2026-09-17T09:30:00Z", cp.checkpointedAt());
        assertEquals("run.checkpoint.3.dsse.json", cp.fileName());
    }
}
