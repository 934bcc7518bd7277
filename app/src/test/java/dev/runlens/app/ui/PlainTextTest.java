package dev.runlens.app.ui;


import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void ordinaryTextIsKept() {
        assertEquals("trace[69].decision — „ok“ 日本語", PlainText.of("trace[69].decision — „ok“ 日本語"));
    }

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertEquals("a\\u000Ab\\u0000c\\u001B[31m", PlainText.of("a\nb\0c\u001B[31m"));
    }

    @Test
    void bidiOverridesCannotReorderWhatIsShown() {
        assertEquals("invoice\\u202Enosj.exe", PlainText.of("invoice\u202Enosj.exe"));
    }

    @Test
    void veryLongTextIsClipped() {
        String shown = PlainText.of("x".repeat(100_000));

        assertEquals(PlainText.MAX_CHARS + 1, shown.length());
        assertTrue(shown.endsWith("…"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", PlainText.of(null));
    }
}
