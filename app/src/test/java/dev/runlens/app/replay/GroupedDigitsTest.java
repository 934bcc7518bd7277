package dev.runlens.app.replay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The version choices' event numbers read as {@code %,d} writes them, without {@code String.format} per choice. */
class GroupedDigitsTest {
    @ParameterizedTest
    @ValueSource(longs = {0, 7, 12, 999, 1_000, 12_345, 100_002, 1_234_567, 999_999_999_999L, -1, -1_000, -45_678,
            Long.MAX_VALUE, Long.MIN_VALUE})
    void groupsDigitsInThreesLikeFormat(long n) {
        assertEquals(String.format(Locale.ROOT, "%,d", n), ArtifactViews.grouped(n));
    }
}
