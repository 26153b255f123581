package org.sightline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.sightline.core.EntityType;
import org.sightline.resolve.names.MatchResult;
import org.sightline.resolve.names.NameMatcher;

/**
 * Precision, recall and F1 of {@link NameMatcher} on labelled name pairs (the format of
 * OpenSanctions' name_bench: columns schema, name1, name2, is_match; optional score and outcome of
 * their logic-v2 matcher, printed for comparison). Only schema, name1, name2 and is_match reach the
 * matcher. Rows are split by a hash of case_id into a development part and a held-out fifth, so
 * that rules tuned while looking at errors can be checked on pairs that were not studied.
 */
public final class NamePairBench {
    /** Confusion counts. */
    public record Counts(int tp, int fp, int tn, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts add(boolean truth, boolean predicted) {
            return new Counts(tp + (truth && predicted ? 1 : 0), fp + (!truth && predicted ? 1 : 0),
                    tn + (!truth && !predicted ? 1 : 0), fn + (truth && !predicted ? 1 : 0));
        }

        int total() {
            return tp + fp + tn + fn;
        }
    }

    /**
     * The matcher's counts on all pairs, the development part and the held-out part; logic-v2's on all
     * and held-out when the file has an {@code outcome} column (else null).
     */
    public record Report(int pairs, double threshold, Counts all, Counts development, Counts heldOut,
                         Counts logicV2, Counts logicV2HeldOut) {
    }

    private static final Counts ZERO = new Counts(0, 0, 0, 0);

    private NamePairBench() {
    }

    /** Reads the pairs, prints the table, returns the counts; an unreadable file is an {@link UncheckedIOException}. */
    public static Report run(Path csv, PrintStream out) {
        return run(csv, out, false);
    }

    /** @param verbose also print every false positive and false negative with the matcher's explanation */
    public static Report run(Path csv, PrintStream out, boolean verbose) {
        try {
            return runChecked(csv, out, verbose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Report runChecked(Path csv, PrintStream out, boolean verbose) throws IOException {
        List<List<String>> rows = Csv.read(csv);
        if (rows.isEmpty()) {
            throw new IOException(csv + ": empty");
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String need : List.of("schema", "name1", "name2", "is_match")) {
            if (!col.containsKey(need)) {
                throw new IOException(csv + ": no column '" + need + "'");
            }
        }
        boolean hasOutcome = col.containsKey("outcome");
        NameMatcher matcher = NameMatcher.load();
        Counts all = ZERO;
        Counts dev = ZERO;
        Counts held = ZERO;
        Counts v2 = hasOutcome ? ZERO : null;
        Counts v2held = hasOutcome ? ZERO : null;
        List<String> errors = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < header.size() || row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String name1 = row.get(col.get("name1"));
            String name2 = row.get(col.get("name2"));
            boolean truth = Boolean.parseBoolean(row.get(col.get("is_match")).strip());
            EntityType type = type(row.get(col.get("schema")));
            String id = col.containsKey("case_id") ? row.get(col.get("case_id")) : name1 + "|" + name2;
            boolean heldOut = heldOut(id);
            MatchResult r = matcher.match(name1, name2, type);
            all = all.add(truth, r.match());
            if (heldOut) {
                held = held.add(truth, r.match());
            } else {
                dev = dev.add(truth, r.match());
            }
            if (hasOutcome) {
                String outcome = row.get(col.get("outcome")).strip();
                boolean predicted = outcome.equals("TP") || outcome.equals("FP");
                v2 = v2.add(truth, predicted);
                if (heldOut) {
                    v2held = v2held.add(truth, predicted);
                }
            }
            if (verbose && truth != r.match()) {
                StringBuilder b = new StringBuilder();
                b.append(String.format(Locale.ROOT, "%s %s%s [%s] %.3f  %s  |  %s%n", truth ? "FN" : "FP", id,
                        heldOut ? " (held-out)" : "", type, r.score(), name1, name2));
                for (String line : r.explanation()) {
                    b.append("      ").append(line).append('\n');
                }
                errors.add(b.toString());
            }
        }
        Report report = new Report(all.total(), matcher.threshold(), all, dev, held, v2, v2held);
        print(report, csv, out);
        if (verbose) {
            out.println();
            out.println("errors (" + errors.size() + "):");
            errors.forEach(out::print);
        }
        return report;
    }

    private static void print(Report r, Path csv, PrintStream out) {
        out.printf(Locale.ROOT, "name pairs: %s, %d pairs, threshold %.2f%n", csv, r.pairs(), r.threshold());
        out.printf("%-26s %6s %6s %6s %5s %5s %5s %5s%n", "", "P", "R", "F1", "TP", "FP", "TN", "FN");
        line(out, "sightline (all)", r.all());
        line(out, "sightline (development)", r.development());
        line(out, "sightline (held-out 1/5)", r.heldOut());
        if (r.logicV2() != null) {
            line(out, "logic-v2 (all)", r.logicV2());
            line(out, "logic-v2 (held-out 1/5)", r.logicV2HeldOut());
        }
    }

    private static void line(PrintStream out, String label, Counts c) {
        out.printf(Locale.ROOT, "%-26s %6.3f %6.3f %6.3f %5d %5d %5d %5d%n", label, c.precision(), c.recall(), c.f1(),
                c.tp(), c.fp(), c.tn(), c.fn());
    }

    /** The held-out fifth: a fixed hash of the case id, so the split never changes. */
    static boolean heldOut(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 5 == 0;
    }

    static EntityType type(String schema) {
        return switch (schema.strip()) {
            case "Person" -> EntityType.PERSON;
            case "Organization", "Company", "LegalEntity" -> EntityType.ORGANIZATION;
            case "Vessel" -> EntityType.VESSEL;
            case "Airplane" -> EntityType.AIRCRAFT;
            default -> null;
        };
    }

    /** {@code java -cp ... org.sightline.bench.NamePairBench FILE [--verbose]} */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NamePairBench FILE.csv [--verbose]");
            System.exit(2);
        }
        boolean verbose = List.of(args).contains("--verbose");
        run(Path.of(args[0]), System.out, verbose);
    }
}
