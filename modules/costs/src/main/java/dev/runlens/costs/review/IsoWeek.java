package dev.runlens.costs.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week, {@code 2026-W40}: Monday to Sunday, UTC days. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static Optional<IsoWeek> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) return Optional.empty();
        int y = Integer.parseInt(m.group(1));
        int w = Integer.parseInt(m.group(2));
        if (w < 1 || w > weeksIn(y)) return Optional.empty();
        return Optional.of(new IsoWeek(y, w));
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek previous() {
        return of(monday().minusDays(7));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday()) && !day.isAfter(sunday());
    }

    /** Whole days from {@code earlier}'s Monday to this week's Monday. */
    public long daysAfter(IsoWeek earlier) {
        return ChronoUnit.DAYS.between(earlier.monday(), monday());
    }

    @Override
    public int compareTo(IsoWeek o) {
        return monday().compareTo(o.monday());
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
