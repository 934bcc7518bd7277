package dev.runlens.report.csv;

import java.util.List;

/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted (quotes doubled), records end with
 * CRLF. Text that comes from bundles is untrusted: a cell starting with {@code = + - @}, TAB or CR
 * would be a formula in a spreadsheet, so such text gets a leading apostrophe (OWASP "CSV
 * injection"). Numbers RunLens writes itself (negative amounts too) are left as they are.
 * {@link #parse} reads such text back (for tests and round trips).
 */
public final class Csv {
    private Csv() {}

    /** A cell holding untrusted text. */
    public static String text(String untrusted) {
        if (untrusted == null) return "";
        if (!untrusted.isEmpty() && "=+-@\t\r".indexOf(untrusted.charAt(0)) >= 0) return "'" + untrusted;
        return untrusted;
    }

    /** One record: the cells quoted where RFC 4180 needs it, joined by commas, ended by CRLF. */
    public static String record(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** The records of RFC 4180 text (quoted fields may hold commas, quotes and line breaks). */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new java.util.ArrayList<>();
        List<String> record = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new java.util.ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
