package org.sightline.resolve.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Weighted edit distance (optimal string alignment: substitutions, insertions, deletions,
 * adjacent transpositions) with letter-class costs from {@link LetterFolding}: a/u costs less than
 * b/m, a dropped vowel less than a dropped consonant. Thread-safe; scratch rows per thread.
 */
final class EditDistance {
    private static final int MAX = 64;
    private static final ThreadLocal<double[][]> ROWS = ThreadLocal.withInitial(() -> new double[3][MAX + 1]);

    private final LetterFolding letters;

    EditDistance(LetterFolding letters) {
        this.letters = letters;
    }

    double distance(String a, String b) {
        return distance(a, b, Double.MAX_VALUE);
    }

    /**
     * The distance, or as soon as every alignment costs more than {@code limit}, some value above it:
     * callers that only need to know whether two words are within a budget stop early.
     */
    double distance(String a, String b, double limit) {
        int n = a.length();
        int m = b.length();
        if (n > MAX || m > MAX) {
            return full(a, b)[n][m];
        }
        double[][] rows = ROWS.get();
        double[] prev2 = rows[0];
        double[] prev = rows[1];
        double[] cur = rows[2];
        prev[0] = 0;
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + letters.indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + letters.indel(ca);
            double rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double best = prev[j - 1] + letters.substitution(ca, cb);
                double del = prev[j] + letters.indel(ca);
                if (del < best) {
                    best = del;
                }
                double ins = cur[j - 1] + letters.indel(cb);
                if (ins < best) {
                    best = ins;
                }
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
                    double t = prev2[j - 2] + letters.transposition;
                    if (t < best) {
                        best = t;
                    }
                }
                cur[j] = best;
                if (best < rowMin) {
                    rowMin = best;
                }
            }
            if (rowMin > limit) {
                return rowMin;
            }
            double[] tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[m];
    }

    private double[][] full(String a, String b) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + letters.indel(a.charAt(i - 1));
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + letters.indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                char ca = a.charAt(i - 1);
                char cb = b.charAt(j - 1);
                double best = Math.min(d[i - 1][j - 1] + letters.substitution(ca, cb),
                        Math.min(d[i - 1][j] + letters.indel(ca), d[i][j - 1] + letters.indel(cb)));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
                    best = Math.min(best, d[i - 2][j - 2] + letters.transposition);
                }
                d[i][j] = best;
            }
        }
        return d;
    }

    /** The differences along a cheapest alignment, for explanations: "o/u", "+h", "-e", "ei/ie". */
    List<String> differences(String a, String b) {
        double[][] d = full(a, b);
        List<String> ops = new ArrayList<>();
        int i = a.length();
        int j = b.length();
        while (i > 0 || j > 0) {
            double here = d[i][j];
            if (i > 0 && j > 0 && close(here, d[i - 1][j - 1] + letters.substitution(a.charAt(i - 1), b.charAt(j - 1)))) {
                if (a.charAt(i - 1) != b.charAt(j - 1)) {
                    ops.add(0, a.charAt(i - 1) + "/" + b.charAt(j - 1));
                }
                i--;
                j--;
            } else if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)
                    && close(here, d[i - 2][j - 2] + letters.transposition)) {
                ops.add(0, a.substring(i - 2, i) + "/" + b.substring(j - 2, j));
                i -= 2;
                j -= 2;
            } else if (i > 0 && close(here, d[i - 1][j] + letters.indel(a.charAt(i - 1)))) {
                ops.add(0, "-" + a.charAt(i - 1));
                i--;
            } else {
                ops.add(0, "+" + b.charAt(j - 1));
                j--;
            }
        }
        Set<String> distinct = new LinkedHashSet<>(ops);
        return new ArrayList<>(distinct);
    }

    private static boolean close(double x, double y) {
        return Math.abs(x - y) < 1e-9;
    }
}
