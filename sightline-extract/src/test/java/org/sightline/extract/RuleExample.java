package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;

/**
 * One entry of {@code rule-examples.yaml}: a text, the rule it exercises, the claims it must
 * yield and those it must not. See the head of that file for the fields.
 */
record RuleExample(int number, String rule, String text, String source, String why, List<Expected> expect,
                   List<Expected> reject, boolean noClaims) {

    private static final Set<String> FIELDS = Set.of("rule", "text", "source", "why", "expect", "reject", "noClaims");
    private static final Set<String> CLAIM_FIELDS = Set.of("type", "subject", "object", "stance", "speaker", "chain",
            "time", "attributes");

    /** The rule file of {@link #rule} ("claims", "attribution", ...), or null for a free-standing negative. */
    String ruleFile() {
        return rule == null ? null : rule.substring(0, rule.indexOf(':'));
    }

    String ruleId() {
        return rule == null ? null : rule.substring(rule.indexOf(':') + 1);
    }

    String displayName() {
        String t = text.strip().replaceAll("\\s+", " ");
        return "#" + number + " " + (rule == null ? "(negative)" : rule) + ": "
                + (t.length() > 90 ? t.substring(0, 87) + "..." : t);
    }

    /**
     * A claim an example expects (or rejects). Null fields are not checked; in a rejection,
     * a null subject or object stands for any entity.
     */
    record Expected(ClaimType type, String subject, String object, Stance stance, String speaker, List<String> chain,
                    String time, Map<String, String> attributes) {

        /** Type, subject and object as the claim has them (ASSOCIATED_WITH reads both ways). */
        boolean sameEdge(Extraction x, Claim c) {
            if (c.type() != type) {
                return false;
            }
            boolean forward = nameOk(x, c.subject(), subject) && nameOk(x, c.object(), object);
            boolean backward = type.isSymmetric() && nameOk(x, c.subject(), object) && nameOk(x, c.object(), subject);
            return forward || backward;
        }

        private static boolean nameOk(Extraction x, String id, String name) {
            return name == null || ClaimView.known(x, id, name);
        }

        /** What differs between this expectation and a claim with the same edge, or "" if nothing. */
        String differences(Extraction x, Claim c, boolean checkStance, boolean checkChain, boolean checkTime,
                           boolean checkAttributes) {
            List<String> out = new ArrayList<>();
            if (checkStance && stance != null && c.stance() != stance) {
                out.add("stance " + c.stance() + " (want " + stance + ")");
            }
            List<String> names = ClaimView.chain(x, c);
            if (checkChain && speaker != null && !ClaimView.known(x, c.attributedTo().get(0), speaker)) {
                out.add("speaker " + names.get(0) + " (want " + speaker + ")");
            }
            if (checkChain && chain != null) {
                boolean same = chain.size() == c.attributedTo().size();
                for (int i = 0; same && i < chain.size(); i++) {
                    same = ClaimView.known(x, c.attributedTo().get(i), chain.get(i));
                }
                if (!same) {
                    out.add("attributed_to " + names + " (want " + chain + ")");
                }
            }
            if (checkTime && time != null && !time.equals(c.time())) {
                out.add("time " + c.time() + " (want " + time + ")");
            }
            if (checkAttributes && attributes != null) {
                for (Map.Entry<String, String> a : attributes.entrySet()) {
                    if (!a.getValue().equals(c.attributes().get(a.getKey()))) {
                        out.add("attribute " + a.getKey() + "=" + c.attributes().get(a.getKey()) + " (want " + a.getValue() + ")");
                    }
                }
            }
            return String.join(", ", out);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(type).append(' ').append(subject == null ? "*" : subject).append(" → ").append(object == null ? "*" : object);
            if (stance != null) {
                sb.append(" [").append(stance).append(']');
            }
            if (speaker != null) {
                sb.append(" speaker=").append(speaker);
            }
            if (chain != null) {
                sb.append(" attributed_to=").append(chain);
            }
            if (time != null) {
                sb.append(" time=").append(time);
            }
            if (attributes != null) {
                sb.append(' ').append(ClaimView.describeAttributes(attributes));
            }
            return sb.toString();
        }
    }

    static final String RESOURCE = "/rule-examples.yaml";

    static List<RuleExample> load() {
        JsonNode root;
        try (InputStream in = RuleExample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleExample> out = new ArrayList<>();
        for (JsonNode n : root.path("examples")) {
            int number = out.size() + 1;
            String where = "rule-examples.yaml example #" + number;
            unknownFields(n, FIELDS, where);
            String rule = text(n, "rule");
            if (rule != null && !rule.contains(":")) {
                throw new IllegalArgumentException(where + ": rule must read FILE:ID (claims:part-of-falls-under), not " + rule);
            }
            String text = text(n, "text");
            if (text == null) {
                throw new IllegalArgumentException(where + ": no text");
            }
            List<RuleExample.Expected> expect = claims(n.path("expect"), where, true);
            List<RuleExample.Expected> reject = claims(n.path("reject"), where, false);
            boolean noClaims = n.path("noClaims").asBoolean(false);
            if (expect.isEmpty() && reject.isEmpty() && !noClaims) {
                throw new IllegalArgumentException(where + ": expects nothing and rejects nothing");
            }
            out.add(new RuleExample(number, rule, text, text(n, "source"), text(n, "why"), expect, reject, noClaims));
        }
        return out;
    }

    private static List<Expected> claims(JsonNode list, String where, boolean expected) {
        List<Expected> out = new ArrayList<>();
        for (JsonNode c : list) {
            unknownFields(c, CLAIM_FIELDS, where);
            if (text(c, "type") == null || expected && (text(c, "subject") == null || text(c, "object") == null)) {
                throw new IllegalArgumentException(where + ": an expected claim needs type, subject and object: " + c);
            }
            List<String> chain = null;
            if (c.has("chain")) {
                chain = new ArrayList<>();
                for (JsonNode s : c.path("chain")) {
                    chain.add(s.asText());
                }
            }
            Map<String, String> attributes = null;
            if (c.has("attributes")) {
                attributes = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> a : c.path("attributes").properties()) {
                    attributes.put(a.getKey(), a.getValue().asText());
                }
            }
            out.add(new Expected(ClaimType.valueOf(text(c, "type")), text(c, "subject"), text(c, "object"),
                    text(c, "stance") == null ? null : Stance.valueOf(text(c, "stance")), text(c, "speaker"), chain,
                    text(c, "time"), attributes));
        }
        return out;
    }

    private static void unknownFields(JsonNode n, Set<String> known, String where) {
        n.properties().forEach(p -> {
            String f = p.getKey();
            if (!known.contains(f)) {
                throw new IllegalArgumentException(where + ": unknown field '" + f + "' (known: " + known + ")");
            }
        });
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
