package kaohe.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * 抽查: draws units, then items of each, from what the units reported, the same way every time for the same seed and
 * the same returns: candidates are taken in code order and shuffled by a seeded generator, so anyone can draw again and
 * check the office drew what it says.
 */
public final class VerificationDraw {

    /** One unit drawn, with its items drawn. */
    public record Drawn(UnitCode unit, List<ItemCode> items) {
    }

    private VerificationDraw() {
    }

    public static List<Drawn> draw(Map<UnitCode, List<ItemCode>> reported, int units, int items, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UnitCode> pool = new ArrayList<>(new TreeMap<>(reported).keySet());
        List<Drawn> drawn = new ArrayList<>();
        for (UnitCode unit : take(pool, units, random)) {
            List<ItemCode> itemPool = new ArrayList<>(reported.get(unit));
            itemPool.sort(Comparator.comparing(ItemCode::value));
            List<ItemCode> chosen = new ArrayList<>(take(itemPool, items, random));
            chosen.sort(Comparator.comparing(ItemCode::value));
            drawn.add(new Drawn(unit, chosen));
        }
        drawn.sort(Comparator.comparing(d -> d.unit().value()));
        return drawn;
    }

    /** The first {@code n} of a seeded Fisher–Yates shuffle of the list. */
    private static <T> List<T> take(List<T> pool, int n, SplittableRandom random) {
        List<T> copy = new ArrayList<>(pool);
        int count = Math.min(n, copy.size());
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy.subList(0, count);
    }
}
