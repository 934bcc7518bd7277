package dev.runlens.cli;

import java.util.List;

/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted (quotes doubled), records end with
 * CRLF. Text that comes from bundles is untrusted: a cell starting with {@code = + - @}, TAB or CR
 * would be a formula in a spreadsheet, so such text gets a leading apostrophe (OWASP "CSV
 * injection"). Numbers RunLens writes itself (negative amounts too) are left as they are.
 */
final class Csv {
    private Csv() {}

    /** A cell holding untrusted text. */
    static String text(String untrusted) {
        if (untrusted == null) return "";
        if (!untrusted.isEmpty() && "=+-@\t\r".indexOf(untrusted.charAt(0)) >= 0) return "'" + untrusted;
        return untrusted;
    }

    /** One record: the cells quoted where RFC 4180 needs it, joined by commas, ended by CRLF. */
    static String record(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
