package dev.runlens.report.pdf;

import java.util.ArrayList;
import java.util.List;

/** A table to lay out: column headings, relative widths, which columns are numbers (right-aligned), and rows of cells. */
final class PdfTable {
    final List<String> headings;
    final float[] widths;
    final boolean[] numeric;
    final List<List<String>> rows = new ArrayList<>();
    /** Point size of the cells; wide audit tables use a smaller one. */
    float size = 8.5f;

    PdfTable(List<String> headings, float[] widths, boolean[] numeric) {
        if (headings.size() != widths.length || widths.length != numeric.length) throw new IllegalArgumentException("column count");
        this.headings = List.copyOf(headings);
        this.widths = widths.clone();
        this.numeric = numeric.clone();
    }

    /** A table whose first column is text and the others numbers. */
    static PdfTable figures(List<String> headings, float firstWidth) {
        int n = headings.size();
        float[] w = new float[n];
        boolean[] num = new boolean[n];
        w[0] = firstWidth;
        for (int i = 1; i < n; i++) {
            w[i] = (1 - firstWidth) / (n - 1);
            num[i] = true;
        }
        return new PdfTable(headings, w, num);
    }

    PdfTable row(List<String> cells) {
        if (cells.size() != headings.size()) throw new IllegalArgumentException("row of " + cells.size() + " cells, table of " + headings.size());
        rows.add(List.copyOf(cells));
        return this;
    }

    PdfTable small() {
        size = 7f;
        return this;
    }

    PdfTable row(String... cells) {
        return row(List.of(cells));
    }
}
