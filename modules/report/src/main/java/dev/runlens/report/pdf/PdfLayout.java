package dev.runlens.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * A flowing A4 layout on PDFBox: title, headings, wrapped paragraphs and tables that break across
 * pages (repeating their heading row), then a footer with "page i of n" on every page.
 */
final class PdfLayout implements AutoCloseable {
    static final float MARGIN = 48;
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float BODY = 8.5f;
    private static final float PAD = 2.5f;

    private final PDDocument doc = new PDDocument();
    private final PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;

    PdfLayout(String title, String subject, Calendar created) throws IOException {
        fonts = new PdfFonts(doc);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(fonts.clean(title));
        info.setSubject(fonts.clean(subject));
        info.setCreator("RunLens");
        info.setProducer("RunLens report (Apache PDFBox)");
        info.setCreationDate(created);
        newPage();
    }

    static Calendar utc(java.time.Instant t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return c;
    }

    private void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = SIZE.getHeight() - MARGIN;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN + 14) newPage();
    }

    void title(String text) throws IOException {
        lines(List.of(fonts.clean(text)), fonts.bold, 17, MARGIN, WIDTH);
        y -= 4;
    }

    void heading(String text) throws IOException {
        need(40);
        y -= 8;
        lines(wrap(fonts.clean(text), fonts.bold, 11.5f, WIDTH), fonts.bold, 11.5f, MARGIN, WIDTH);
        y -= 2;
    }

    void subheading(String text) throws IOException {
        need(90);
        y -= 4;
        lines(wrap(fonts.clean(text), fonts.bold, 9.5f, WIDTH), fonts.bold, 9.5f, MARGIN, WIDTH);
        y -= 4;
    }

    void paragraph(String text) throws IOException {
        lines(wrap(fonts.clean(text), fonts.regular, BODY, WIDTH), fonts.regular, BODY, MARGIN, WIDTH);
        y -= 2;
    }

    void space(float points) {
        y -= points;
    }

    /** Lines of one font, breaking pages between lines. */
    private void lines(List<String> lines, PDFont font, float size, float x, float width) throws IOException {
        for (String l : lines) {
            need(size * 1.35f);
            y -= size * 1.25f;
            text(l, font, size, x, y);
        }
    }

    private void text(String s, PDFont font, float size, float x, float baseline) throws IOException {
        if (s.isEmpty()) return;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    void table(PdfTable t) throws IOException {
        float[] w = new float[t.widths.length];
        float sum = 0;
        for (float f : t.widths) sum += f;
        for (int i = 0; i < w.length; i++) w[i] = WIDTH * t.widths[i] / sum;
        float size = t.size;
        List<List<String>> head = cells(t.headings, w, fonts.bold, size);
        need(height(head, size) + 12);
        row(head, w, t.numeric, fonts.bold, size, true);
        for (List<String> r : t.rows) {
            List<List<String>> cells = cells(r, w, fonts.regular, size);
            if (y - height(cells, size) < MARGIN + 14) {
                newPage();
                row(head, w, t.numeric, fonts.bold, size, true);
            }
            row(cells, w, t.numeric, fonts.regular, size, false);
        }
        y -= 6;
    }

    private List<List<String>> cells(List<String> texts, float[] w, PDFont font, float size) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) out.add(wrap(fonts.clean(texts.get(i)), font, size, w[i] - 2 * PAD));
        return out;
    }

    private static float height(List<List<String>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * size * 1.25f + 2 * PAD;
    }

    private void row(List<List<String>> cells, float[] w, boolean[] numeric, PDFont font, float size, boolean header)
            throws IOException {
        float h = height(cells, size);
        if (header) {
            cs.setNonStrokingColor(0.9f, 0.91f, 0.93f);
            cs.addRect(MARGIN, y - h, WIDTH, h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float line = y - PAD - size;
            for (String s : cells.get(i)) {
                float tx = numeric[i] ? x + w[i] - PAD - width(s, font, size) : x + PAD;
                text(s, font, size, tx, line);
                line -= size * 1.25f;
            }
            x += w[i];
        }
        y -= h;
        cs.setStrokingColor(0.78f, 0.8f, 0.83f);
        cs.setLineWidth(0.4f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + WIDTH, y);
        cs.stroke();
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Greedy word wrap; a word wider than the column is cut. */
    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) out.add(line.toString());
                line.setLength(0);
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int n = rest.length() - 1;
                    while (n > 1 && width(rest.substring(0, n), font, size) > width) n--;
                    out.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Closes the last page, writes "{@code footer} · page i of n" at the foot of every page, and saves. */
    void save(String footer, OutputStream out) throws IOException {
        cs.close();
        cs = null;
        int n = doc.getNumberOfPages();
        String left = fonts.clean(footer);
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                String right = "page " + (i + 1) + " of " + n;
                f.setNonStrokingColor(0.35f, 0.37f, 0.4f);
                f.beginText();
                f.setFont(fonts.regular, 7.5f);
                f.newLineAtOffset(MARGIN, MARGIN - 18);
                f.showText(left);
                f.endText();
                f.beginText();
                f.setFont(fonts.regular, 7.5f);
                f.newLineAtOffset(MARGIN + WIDTH - width(right, fonts.regular, 7.5f), MARGIN - 18);
                f.showText(right);
                f.endText();
            }
        }
        doc.save(out);
    }

    @Override
    public void close() throws IOException {
        if (cs != null) cs.close();
        doc.close();
    }
}
