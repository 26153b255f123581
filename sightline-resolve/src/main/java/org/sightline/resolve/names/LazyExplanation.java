package org.sightline.resolve.names;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An explanation written only when first read: a screening search returns explained candidates,
 * but most callers look at few explanations, and writing them is a good part of a search's cost.
 * Thread-safe; immutable once written.
 */
final class LazyExplanation extends AbstractList<String> {
    private Supplier<List<String>> writer;
    private volatile List<String> lines;

    LazyExplanation(Supplier<List<String>> writer) {
        this.writer = writer;
    }

    private List<String> lines() {
        List<String> l = lines;
        if (l == null) {
            synchronized (this) {
                l = lines;
                if (l == null) {
                    l = List.copyOf(writer.get());
                    lines = l;
                    writer = null;
                }
            }
        }
        return l;
    }

    @Override
    public String get(int index) {
        return lines().get(index);
    }

    @Override
    public int size() {
        return lines().size();
    }
}
