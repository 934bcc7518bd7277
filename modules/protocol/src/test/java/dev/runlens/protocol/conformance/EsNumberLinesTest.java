package dev.runlens.protocol.conformance;

import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JsNumber} against ECMAScript {@code Number::toString}: the 66,667 lines of the RFC 8785
 * number file ({@code ../shared/conformance/jcs/es6numbers}) and {@code js-number-extra.csv}
 * (subnormals k × {@code Double.MIN_VALUE}, powers of ten and two with neighbours, the notation
 * boundaries; expected strings produced by Node 20, see the generator beside the file). Each line
 * is {@code bits_hex,expected}. Every expected string must also read back, through the hardened
 * reader, to the same bits (except {@code -0}, which renders as {@code 0}).
 */
class EsNumberLinesTest {
    private static final long MINUS_ZERO = 0x8000000000000000L;
    private static final int SHOWN = 10;

    @Test
    void everyNumberFileLineFormatsAsEcmaScript() throws IOException {
        assertFormatsAsExpected(numberFile(), 66_667);
    }

    @Test
    void everyNumberFileLineReadsBackToItsBits() throws Exception {
        assertReadsBack(numberFile());
    }

    @Test
    void everyExtraLineFormatsAsNode() throws IOException {
        assertFormatsAsExpected(extraFile(), 4_000);
    }

    @Test
    void everyExtraLineReadsBackToItsBits() throws Exception {
        assertReadsBack(extraFile());
    }

    @Test
    void extraFileHoldsTheFirstHundredSubnormals() throws IOException {
        List<Line> lines = extraFile();
        for (long k = 1; k <= 100; k++) {
            long bits = k;
            assertTrue(lines.stream().anyMatch(l -> l.bits == bits), () -> bits + " x MIN_VALUE missing");
        }
    }

    private record Line(int number, long bits, String expected) {
        double value() {
            return Double.longBitsToDouble(bits);
        }
    }

    private static void assertFormatsAsExpected(List<Line> lines, int atLeast) {
        assertTrue(lines.size() >= atLeast, () -> "only " + lines.size() + " lines");
        List<String> wrong = new ArrayList<>();
        for (Line l : lines) {
            String got = JsNumber.format(l.value());
            if (!got.equals(l.expected)) wrong.add("line " + l.number + " " + Long.toHexString(l.bits) + ": expected " + l.expected + " got " + got);
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + lines.size() + " lines differ; first: "
                + String.join("; ", wrong.subList(0, Math.min(SHOWN, wrong.size()))));
    }

    /** Reads all expected strings as one JSON array, as {@code JSON.parse} would, and compares bits. */
    private static void assertReadsBack(List<Line> lines) throws Exception {
        String doc = lines.stream().map(Line::expected).collect(Collectors.joining(",", "[", "]"));
        JsonValue.Arr read = (JsonValue.Arr) JsonReader.hardened().read(doc.getBytes(StandardCharsets.US_ASCII)).value();
        assertEquals(lines.size(), read.size());
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.bits == MINUS_ZERO) continue;
            long got = Double.doubleToRawLongBits(((JsonValue.Num) read.get(i)).value());
            if (got != l.bits) wrong.add("line " + l.number + " " + l.expected + ": expected bits " + Long.toHexString(l.bits) + " got " + Long.toHexString(got));
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + lines.size() + " lines read back differently; first: "
                + String.join("; ", wrong.subList(0, Math.min(SHOWN, wrong.size()))));
    }

    private static List<Line> numberFile() throws IOException {
        return parse(Files.readAllLines(SharedFolder.require("conformance/jcs/es6numbers/es6testfile100m-head100000.txt"),
                StandardCharsets.US_ASCII));
    }

    private static List<Line> extraFile() throws IOException {
        try (InputStream in = EsNumberLinesTest.class.getResourceAsStream("/js-number-extra.csv")) {
            assertNotNull(in, "js-number-extra.csv is not on the test class path");
            return parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList());
        }
    }

    private static List<Line> parse(List<String> text) {
        List<Line> lines = new ArrayList<>(text.size());
        for (int i = 0; i < text.size(); i++) {
            String s = text.get(i);
            if (s.isBlank() || s.startsWith("#")) continue;
            int comma = s.indexOf(',');
            lines.add(new Line(i + 1, Long.parseUnsignedLong(s.substring(0, comma), 16), s.substring(comma + 1)));
        }
        return lines;
    }
}
