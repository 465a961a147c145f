package kaohe.shared;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * An unmodifiable list that also answers {@code contains} in constant time. An indicator's reporting
 * units keep their order (lead first) but are asked "does this unit report it?" once per unit and
 * item; with a province's or a nation's thousands of units a plain list made that quadratic.
 */
public final class LookupList<E> extends AbstractList<E> implements RandomAccess {

    private final List<E> elements;
    private final Set<E> members;

    private LookupList(List<E> elements) {
        this.elements = List.copyOf(elements);
        this.members = new HashSet<>(this.elements);
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
        return members.contains(o);
    }
}
