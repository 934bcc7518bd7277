package dev.runlens.replay;

import java.util.Arrays;

/**
 * The values one entity took over the trace: value {@code i} holds from position
 * {@code index[i] + 1} on (after event {@code index[i]} was applied); index -1 is the initial
 * value. Without {@code keep} only the latest value is held (a plain forward fold).
 */
final class History<T> {
    private final boolean keep;
    private final int first;
    private int[] index = new int[1];
    private Object[] values = new Object[1];
    private int size;

    History(boolean keep, int first) {
        this.keep = keep;
        this.first = first;
    }

    int first() {
        return first;
    }

    void put(int at, T value) {
        if (size > 0 && (!keep || index[size - 1] == at)) {
            index[size - 1] = at;
            values[size - 1] = value;
            return;
        }
        if (size == index.length) {
            index = Arrays.copyOf(index, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        index[size] = at;
        values[size++] = value;
    }

    /** How many values are held (with {@code keep}: every value taken). */
    int size() {
        return size;
    }

    /** The trace index of the event that set value {@code i} (-1 for an initial value). */
    int indexOf(int i) {
        return index[i];
    }

    @SuppressWarnings("unchecked")
    T value(int i) {
        return (T) values[i];
    }

    @SuppressWarnings("unchecked")
    T latest() {
        return size == 0 ? null : (T) values[size - 1];
    }

    /** The value at {@code position} (events {@code 0..position-1} applied), or null before the first. */
    @SuppressWarnings("unchecked")
    T at(int position) {
        int found = lastBefore(position);
        return found < 0 ? null : (T) values[found];
    }

    /** The slot of the value that holds at {@code position}: the last whose index is below it, or -1. */
    int lastBefore(int position) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (index[mid] < position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
