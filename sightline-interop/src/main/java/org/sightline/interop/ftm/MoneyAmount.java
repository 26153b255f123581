package org.sightline.interop.ftm;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount as stated ("$1.5 billion", "USD 2,000,000") as the number FtM's amount property holds, or null. */
final class MoneyAmount {
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(thousand|million|billion|trillion|[kmb]n?)?\\b",
            Pattern.CASE_INSENSITIVE);

    private MoneyAmount() {
    }

    static String parse(String stated) {
        if (stated == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(stated);
        if (!m.find()) {
            return null;
        }
        BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
        String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        n = switch (scale) {
            case "thousand", "k" -> n.movePointRight(3);
            case "million", "m", "mn" -> n.movePointRight(6);
            case "billion", "b", "bn" -> n.movePointRight(9);
            case "trillion" -> n.movePointRight(12);
            default -> n;
        };
        return n.stripTrailingZeros().toPlainString();
    }
}
