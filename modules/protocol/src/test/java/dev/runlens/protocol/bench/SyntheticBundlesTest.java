package dev.runlens.protocol.bench;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.integrity.Sha256;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticBundlesTest {
    private static final long TARGET = 400_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SyntheticBundles.Layout.class)
    void generatedBundleVerifiesWithTheHashTheGeneratorComputed(SyntheticBundles.Layout layout) throws Exception {
        SyntheticBundles.Bundle b = SyntheticBundles.write(dir.resolve("b.json"), TARGET, 7, layout);
        VerificationReport r = BundleReader.verifier().read(b.file()).report();
        assertTrue(r.accepted(), () -> "rejected: " + r.error());
        assertEquals(IntegrityVerdict.VALID, r.integrity());
        assertEquals(b.integritySha256(), r.computedSha256());
        assertEquals(r.computedSha256(), r.rawSha256(), "carries every default, like a runtime export");
        assertEquals(java.util.List.of(), r.findings(), "pointers describe their data; nothing stripped");
    }

    @ParameterizedTest
    @EnumSource(SyntheticBundles.Layout.class)
    void sizeIsAboutTheTarget(SyntheticBundles.Layout layout) throws Exception {
        SyntheticBundles.Bundle b = SyntheticBundles.write(dir.resolve("b.json"), 2_000_000, 11, layout);
        assertTrue(Math.abs(b.bytes() - 2_000_000) < 200_000, () -> b.bytes() + " bytes");
    }

    @org.junit.jupiter.api.Test
    void sameSeedGivesTheSameBytes() throws Exception {
        SyntheticBundles.Bundle a = SyntheticBundles.write(dir.resolve("a.json"), TARGET, 3, SyntheticBundles.Layout.PRETTY);
        SyntheticBundles.Bundle b = SyntheticBundles.write(dir.resolve("b.json"), TARGET, 3, SyntheticBundles.Layout.PRETTY);
        assertEquals(Sha256.hex(Files.readAllBytes(a.file())), Sha256.hex(Files.readAllBytes(b.file())));
        assertEquals(a.integritySha256(), b.integritySha256());
    }
}
