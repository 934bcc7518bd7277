package dev.runlens.replay.receipt;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list worked out the first time it is read: a receipt's request messages, whose
 * texts are decoded from the payload only when a screen shows them (a large run has tens of
 * thousands of prompts, most never looked at). Safe to read from any thread; worked out once.
 */
final class OnFirstUse<T> extends AbstractList<T> implements RandomAccess {
    private Supplier<List<T>> source;
    private volatile List<T> list;

    OnFirstUse(Supplier<List<T>> source) {
        this.source = source;
    }

    private List<T> list() {
        List<T> l = list;
        if (l == null) {
            synchronized (this) {
                l = list;
                if (l == null) {
                    l = List.copyOf(source.get());
                    list = l;
                    source = null;
                }
            }
        }
        return l;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
