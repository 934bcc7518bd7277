package dev.runlens.signing.verify;

import java.util.ArrayList;
import java.util.List;

/** The checks of one verification, in order. */
final class Checks {
    final List<Check> list = new ArrayList<>();

    void pass(int step, String name, String reason) {
        list.add(new Check(step, name, Check.Status.PASS, reason));
    }

    /** Records a failure; returns false so callers can {@code return fail(...)}. */
    boolean fail(int step, String name, String reason) {
        list.add(new Check(step, name, Check.Status.FAIL, reason));
        return false;
    }

    void warn(int step, String name, String reason) {
        list.add(new Check(step, name, Check.Status.WARN, reason));
    }

    void skip(int step, String name, String reason) {
        list.add(new Check(step, name, Check.Status.SKIPPED, reason));
    }

    /** pass or fail by a condition; returns the condition. */
    boolean expect(boolean ok, int step, String name, String passReason, String failReason) {
        if (ok) pass(step, name, passReason);
        else fail(step, name, failReason);
        return ok;
    }

    boolean anyFailed() {
        return list.stream().anyMatch(Check::failed);
    }
}
