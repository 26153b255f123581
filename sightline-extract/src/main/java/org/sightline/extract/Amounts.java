package org.sightline.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Sums of money in a claim's words: "$25,000 USD", "50 million Iraqi dinars", "billions of dollars". */
final class Amounts {
    private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "millions", "billions",
            "thousands", "hundreds", "tens");
    private static final Set<String> CURRENCIES = Set.of("dollars", "dollar", "usd", "us$", "$", "euros", "euro", "eur",
            "dinars", "dinar", "rials", "rial", "dirhams", "pounds");

    private Amounts() {
    }

    /** Puts amount (and currency, when it is dollars) of the first sum in tokens [begin, end) into attributes. */
    static void find(DocTokens doc, int begin, int end, Map<String, String> attributes) {
        for (int i = begin; i < end; i++) {
            String w = doc.word(i).toLowerCase(Locale.ROOT);
            boolean number = doc.tokens.get(i).tag() != null && doc.tokens.get(i).tag().equals("CD");
            if (!(w.equals("$") || w.equals("us$") || number || SCALES.contains(w))) {
                continue;
            }
            int j = i;
            String currency = w.equals("$") || w.equals("us$") ? "USD" : null;
            while (j + 1 < end) {
                String n = doc.word(j + 1).toLowerCase(Locale.ROOT);
                boolean cd = doc.tokens.get(j + 1).tag() != null && doc.tokens.get(j + 1).tag().equals("CD");
                if (cd || SCALES.contains(n) || n.equals("of") && j + 2 < end
                        && (CURRENCIES.contains(doc.word(j + 2).toLowerCase(Locale.ROOT)) || SCALES.contains(doc.word(j + 2).toLowerCase(Locale.ROOT)))) {
                    j++;
                } else if (CURRENCIES.contains(n) || n.equals("iraqi") || n.equals("u.s.")) {
                    j++;
                    if (n.startsWith("dollar") || n.equals("usd")) {
                        currency = "USD";
                    }
                } else {
                    break;
                }
            }
            boolean money = currency != null || j > i && CURRENCIES.contains(doc.word(j).toLowerCase(Locale.ROOT));
            if (!money) {
                continue;
            }
            String amount = doc.surface(i, j + 1).replaceAll("^(US\\$|USD|\\$)\\s*", "")
                    .replaceAll("(?i)\\s*(USD|U\\.S\\. dollars|dollars)$", "").strip();
            attributes.put("amount", amount);
            if (currency != null) {
                attributes.put("currency", currency);
            }
            return;
        }
    }
}
