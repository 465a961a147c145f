package kaohe.shared;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list that also answers {@code contains} in logarithmic time. An indicator's
 * reporting units keep their order (lead first) but are asked "does this unit report it?" once per
 * unit and item; with a province's or a nation's thousands of units a plain list made that quadratic.
 * Membership is a binary search over the elements' hash codes rather than a hash set: a plan holds
 * one such list per item, each as long as the list of units, and a set per item cost 40 MB of heap
 * at 10,000 units where this costs 6.
 */
public final class LookupList<E> extends AbstractList<E> implements RandomAccess {

    private final List<E> elements;
    private final int[] hashes;
    private final Object[] byHash;

    private LookupList(List<E> elements) {
        this.elements = List.copyOf(elements);
        Object[] sorted = this.elements.toArray();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.hashCode(), b.hashCode()));
        this.byHash = sorted;
        this.hashes = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            hashes[i] = sorted[i].hashCode();
        }
    }

    public static <E> List<E> copyOf(List<E> elements) {
        return elements instanceof LookupList<E> ready ? ready : new LookupList<>(elements);
    }

    @Override
    public E get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        int hash = o.hashCode();
        int found = Arrays.binarySearch(hashes, hash);
        if (found < 0) {
            return false;
        }
        for (int i = found; i >= 0 && hashes[i] == hash; i--) {
            if (byHash[i].equals(o)) {
                return true;
            }
        }
        for (int i = found + 1; i < hashes.length && hashes[i] == hash; i++) {
            if (byHash[i].equals(o)) {
                return true;
            }
        }
        return false;
    }
}
