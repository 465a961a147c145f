package kaohe.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Decimals packed into one {@code long} each, exactly: the unscaled value and its scale when they fit (every number a
 * return carries in practice), else a place in a side list. A peer group of 10,000 units holds 600,000 values; as
 * objects they took about 110 bytes each, packed they take 8.
 */
final class PackedDecimals {

    /** No value. No packed value equals it: unscaled values stay well inside 57 bits. */
    static final long ABSENT = Long.MIN_VALUE;

    private static final int SCALE_BITS = 5;
    private static final long LIMIT = 1L << 56;
    private static final BigInteger BIG_LIMIT = BigInteger.valueOf(LIMIT);

    /** Written under the group's lock, read without it. */
    private final List<BigDecimal> unpackable = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Bit 0 tells the forms apart: 0 for unscaled and scale, 1 for a place in the side list. */
    long pack(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        BigInteger unscaled = plain.unscaledValue();
        if (plain.scale() < (1 << SCALE_BITS) && unscaled.abs().compareTo(BIG_LIMIT) < 0) {
            return ((unscaled.longValue() << SCALE_BITS | plain.scale()) << 1);
        }
        unpackable.add(plain);
        return (long) (unpackable.size() - 1) << 1 | 1;
    }

    BigDecimal unpack(long packed) {
        if ((packed & 1) == 1) {
            return unpackable.get((int) (packed >>> 1));
        }
        long body = packed >> 1;
        return BigDecimal.valueOf(body >> SCALE_BITS, (int) (body & ((1 << SCALE_BITS) - 1)));
    }

    int compare(long a, long b) {
        if ((a & 1) == 0 && (b & 1) == 0 && ((a >> 1) & ((1 << SCALE_BITS) - 1)) == ((b >> 1) & ((1 << SCALE_BITS) - 1))) {
            return Long.compare(a, b);
        }
        return unpack(a).compareTo(unpack(b));
    }
}
