package dev.runlens.protocol.schema;

import java.util.regex.Pattern;

/**
 * zod 4's {@code z.string().datetime({ offset: true })} pattern, as shipped with the runtime's zod:
 * a calendar-checked date (leap years included), {@code T}, hours 00-23, minutes, mandatory
 * seconds, any number of fraction digits, then {@code Z} or a {@code ±hh:mm} offset. Upper-case
 * {@code T}/{@code Z} only; no normalisation (timestamps are hashed as written).
 */
final class Datetime {
    private Datetime() {}

    private static final String DATE = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29"
            + "|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
    private static final String TIME = "(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?";
    private static final String OFFSET = "(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d))";

    static final Pattern PATTERN = Pattern.compile(DATE + "T(?:" + TIME + OFFSET + ")");
}
