package org.sightline.analysis.graph;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount as the extractor writes it, the words of the text ("25,000", "1.25 billion",
 * "40 million dollars", "$20 million", "twenty million"), as US dollars. A vague sum ("millions of
 * dollars", "tens of millions") or a range is no amount: the money at stake is then unknown, and
 * said to be so, rather than guessed.
 */
final class UsdAmounts {
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "k", 1e3, "million", 1e6, "m", 1e6, "mn", 1e6,
            "billion", 1e9, "bn", 1e9, "b", 1e9, "trillion", 1e12);
    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0), Map.entry("hundred", 100.0));
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:us\\$|usd|\\$)?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?|[a-z]+)\\s*(thousand|million|billion|trillion|mn|bn|k|m|b)?"
                    + "\\s*(?:(?:u\\.s\\.|us)\\s+)?(?:dollars?|usd)?");

    private UsdAmounts() {
    }

    /** The amount in dollars, or NaN when the text states none that can be counted. */
    static double parse(String text) {
        Matcher m = AMOUNT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Double.NaN;
        }
        String number = m.group(1);
        double value;
        if (Character.isDigit(number.charAt(0))) {
            try {
                value = Double.parseDouble(number.replace(",", ""));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        } else if (WORDS.containsKey(number)) {
            value = WORDS.get(number);
        } else {
            return Double.NaN;
        }
        double scaled = m.group(2) == null ? value : value * SCALES.get(m.group(2));
        return Double.isFinite(scaled) && scaled >= 0 ? scaled : Double.NaN;
    }
}
