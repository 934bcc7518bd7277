package dev.runlens.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence, {@code fonts/LICENSE-DejaVu.txt}),
 * embedded as subsets so the PDF shows the same on every machine and keeps for archiving. Text is
 * made safe to draw: control and bidirectional-formatting characters become visible
 * {@code \\uXXXX} escapes (bundle text is untrusted), and a character the font has no glyph for
 * becomes {@code ?}.
 */
final class PdfFonts {
    private static final String FOLDER = "/dev/runlens/report/fonts/";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    PdfFonts(PDDocument doc) throws IOException {
        regular = load(doc, "DejaVuSans.ttf");
        bold = load(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDType0Font load(PDDocument doc, String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IOException("the font " + name + " is missing from the report module");
            return PDType0Font.load(doc, in, true);
        }
    }

    /** {@code text} with only characters both fonts can draw; never null. */
    String clean(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || isBidiControl(cp)) sb.append(String.format("\\u%04X", cp));
            else if (drawable.computeIfAbsent(cp, this::canDraw)) sb.appendCodePoint(cp);
            else sb.append('?');
        });
        return sb.toString();
    }

    private boolean canDraw(int cp) {
        String s = new String(Character.toChars(cp));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
