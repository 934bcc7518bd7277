package dev.runlens.app.replay;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineDiffTest {

    private static List<String> render(List<DiffLine> lines) {
        return lines.stream().map(DiffLine::toString).toList();
    }

    @Test
    void aChangedLineIsRemovedThenAddedBetweenItsNeighbours() {
        List<DiffLine> d = LineDiff.of(List.of("{", "  \"queue\": \"standard\",", "  \"n\": 1", "}"),
                List.of("{", "  \"queue\": \"complex\",", "  \"n\": 1", "}"));
        assertEquals(List.of("  {", "-   \"queue\": \"standard\",", "+   \"queue\": \"complex\",", "    \"n\": 1", "  }"),
                render(d));
    }

    @Test
    void insertionsInTheMiddleKeepTheCommonLines() {
        assertEquals(List.of("  a", "+ x", "  b", "- c", "  d"),
                render(LineDiff.of(List.of("a", "b", "c", "d"), List.of("a", "x", "b", "d"))));
    }

    @Test
    void longUnchangedRunsAreFoldedAwayFromChanges() {
        List<String> before = IntStream.range(0, 20).mapToObj(i -> "line " + i).toList();
        List<String> after = new ArrayList<>(before);
        after.set(10, "changed");
        assertEquals(List.of("⋯ 7 unchanged lines", "  line 7", "  line 8", "  line 9", "- line 10", "+ changed",
                "  line 11", "  line 12", "  line 13", "⋯ 6 unchanged lines"), render(LineDiff.of(before, after)));
    }

    @Test
    void identicalTextsAreOneFoldedRun() {
        assertEquals(List.of("⋯ 2 unchanged lines"), render(LineDiff.of(List.of("a", "b"), List.of("a", "b"))));
    }
}
