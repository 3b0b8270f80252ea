package org.disclosureledger.kernel.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An exact non-negative amount of money in 元, to the 分 (two decimals). Never a binary float. */
public record Yuan(BigDecimal amount) implements Comparable<Yuan> {
    public static final Yuan ZERO = new Yuan(BigDecimal.ZERO);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Yuan {
        if (amount == null) {
            throw new IllegalArgumentException("amount is missing");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount has more than two decimals (分 is the smallest unit): " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Reads a decimal string such as "3000" or "12.50"; anything else is refused with the reason. */
    @JsonCreator
    public static Yuan parse(String text) {
        if (text == null || !text.matches("\\d{1,15}(\\.\\d+)?")) {
            throw new IllegalArgumentException("amount must be a decimal string in 元 such as \"12.50\": " + text);
        }
        return new Yuan(new BigDecimal(text));
    }

    public static Yuan of(long yuan) {
        return new Yuan(BigDecimal.valueOf(yuan));
    }

    public Yuan plus(Yuan other) {
        return new Yuan(amount.add(other.amount));
    }

    /** What is left after {@code other}; more than there is is an {@link IllegalArgumentException} (no amount is negative). */
    public Yuan minus(Yuan other) {
        return new Yuan(amount.subtract(other.amount));
    }

    /** The amount in 万元 as printed in table 二, with as many decimals as it needs (at most six). */
    public String inWanYuan() {
        BigDecimal wan = amount.divide(TEN_THOUSAND, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return wan.signum() == 0 ? "0" : wan.toPlainString();
    }

    @Override
    public int compareTo(Yuan other) {
        return amount.compareTo(other.amount);
    }

    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
