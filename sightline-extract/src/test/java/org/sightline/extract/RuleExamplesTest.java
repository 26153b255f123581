package org.sightline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.sightline.core.Claim;
import org.sightline.core.Document;
import org.sightline.core.Extraction;

/**
 * Every example of {@code src/test/resources/rule-examples.yaml} read by the real extractor, and
 * again with its rule alone in its rule file, so that an example proves its own rule works.
 */
class RuleExamplesTest {
    static final List<String> RULE_FILES = TestExtractor.RULE_FILES;
    private static List<RuleExample> examples;

    /** The examples, read on first use (so a broken YAML file fails each test with its parse error). */
    private static synchronized List<RuleExample> allExamples() {
        if (examples == null) {
            examples = RuleExample.load();
        }
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> examples() {
        return allExamples().stream().map(ex -> DynamicTest.dynamicTest(ex.displayName(), () -> check(ex)));
    }

    /** A new rule without an example fails the build: write a sentence for it in rule-examples.yaml. */
    @ParameterizedTest(name = "every rule of {0}.yaml has an example")
    @FieldSource("RULE_FILES")
    void everyRuleHasAnExample(String file) {
        Set<String> covered = allExamples().stream()
                .filter(ex -> file.equals(ex.ruleFile()) && !ex.expect().isEmpty())
                .map(RuleExample::ruleId).collect(Collectors.toSet());
        List<String> missing = TestExtractor.ruleIds(file).stream().filter(id -> !covered.contains(id)).toList();
        assertThat(missing)
                .as("rules of %s.yaml without a positive example in src/test/resources/rule-examples.yaml "
                        + "(add one: rule: %s:<id>, text, expect)", file, file)
                .isEmpty();
    }

    @Test
    void examplesNameRulesThatExist() {
        List<String> unknown = new ArrayList<>();
        for (RuleExample ex : allExamples()) {
            if (ex.rule() == null) {
                continue;
            }
            if (!RULE_FILES.contains(ex.ruleFile()) || !TestExtractor.ruleIds(ex.ruleFile()).contains(ex.ruleId())) {
                unknown.add("#" + ex.number() + " " + ex.rule());
            }
        }
        assertThat(unknown).as("examples naming a rule that does not exist (renamed or removed?)").isEmpty();
    }

    @Test
    void thereAreNegativeExamples() {
        assertThat(allExamples()).filteredOn(ex -> !ex.reject().isEmpty() || ex.noClaims()).hasSizeGreaterThanOrEqualTo(5);
    }

    private static void check(RuleExample ex) {
        Document doc = TestExtractor.document(ex.text(), ex.source());
        Extraction x = TestExtractor.get().extract(doc);
        List<String> problems = new ArrayList<>();
        for (RuleExample.Expected e : ex.expect()) {
            List<Claim> edge = x.claims().stream().filter(c -> e.sameEdge(x, c)).toList();
            if (edge.isEmpty()) {
                problems.add("missing: " + e);
            } else if (edge.stream().noneMatch(c -> e.differences(x, c, true, true, true, true).isEmpty())) {
                StringBuilder sb = new StringBuilder("found, but not as expected: " + e);
                edge.forEach(c -> sb.append("\n        got ").append(ClaimView.describe(x, c))
                        .append("\n        differs in ").append(e.differences(x, c, true, true, true, true)));
                problems.add(sb.toString());
            }
        }
        for (RuleExample.Expected r : ex.reject()) {
            x.claims().stream().filter(c -> r.sameEdge(x, c)).forEach(c ->
                    problems.add("must not be read: " + r + "\n        but got " + ClaimView.describe(x, c)));
        }
        if (ex.noClaims() && !x.claims().isEmpty()) {
            problems.add("must yield no claims");
        }
        if (problems.isEmpty() && ex.rule() != null && !ex.expect().isEmpty()) {
            problems.addAll(checkAlone(ex, doc));
        }
        if (!problems.isEmpty()) {
            fail(report(ex, doc, x, problems));
        }
    }

    /** The expected claims once more, with the example's rule file holding that rule alone. */
    private static List<String> checkAlone(RuleExample ex, Document doc) {
        String file = ex.ruleFile();
        Extraction y = TestExtractor.isolated(file, ex.ruleId()).extract(doc);
        boolean stance = file.equals("stance");
        boolean chain = file.equals("attribution");
        boolean time = file.equals("time");
        boolean attributes = file.equals("claims");
        Set<String> missing = new LinkedHashSet<>();
        for (RuleExample.Expected e : ex.expect()) {
            boolean found = y.claims().stream()
                    .anyMatch(c -> e.sameEdge(y, c) && e.differences(y, c, stance, chain, time, attributes).isEmpty());
            if (!found) {
                missing.add(e.toString());
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of("the full rules read it, but " + file + ".yaml with only '" + ex.ruleId() + "' does not: "
                + String.join("; ", missing) + "\n        so another rule does the work; claims with '" + ex.ruleId()
                + "' alone:\n" + ClaimView.describeAll(y).replace("    ", "          "));
    }

    private static String report(RuleExample ex, Document doc, Extraction x, List<String> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append("\nrule-examples.yaml #").append(ex.number()).append(ex.rule() == null ? "" : " (" + ex.rule() + ")").append('\n');
        sb.append("  text:\n");
        for (String line : doc.text().split("\n", -1)) {
            sb.append("    | ").append(line).append('\n');
        }
        sb.append("  outlet (metadata source): ").append(doc.metadata().source()).append('\n');
        if (ex.why() != null) {
            sb.append("  why: ").append(ex.why().strip()).append('\n');
        }
        sb.append("  problems:\n");
        problems.forEach(p -> sb.append("    - ").append(p).append('\n'));
        sb.append("  claims found (type subject → object [stance] said by [chain]):\n").append(ClaimView.describeAll(x)).append('\n');
        sb.append("  entities found:\n").append(ClaimView.describeEntities(x)).append('\n');
        return sb.toString();
    }
}
