package org.sightline.resolve.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tolerant reader of the Remarks column of OFAC's legacy SDN CSV: {@code ;}-separated parts
 * such as {@code DOB 16 Nov 1954}, {@code alt. POB Basrah, Iraq}, {@code a.k.a. 'X'},
 * {@code Linked To: KATA'IB HIZBALLAH}. Each part is matched against known labels; a part no
 * label knows is kept verbatim under {@code remarks}, so nothing the list says is dropped.
 * Parts that repeat the Title column (OFAC copies titles into the remarks) are not repeated.
 */
final class SdnRemarks {
    /** An alias and how OFAC qualifies it: a.k.a., f.k.a. (formerly) or n.k.a. (now). */
    record Alias(String name, String kind) {
    }

    /** What the remarks say: aliases, "Linked To:" names, and attribute values by key. */
    record Parsed(List<Alias> aliases, List<String> linkedTo, Map<String, List<String>> attributes) {
    }

    private static final Pattern ALIAS = Pattern.compile("(?i)^([afn])\\.k\\.a\\.?\\s*'(.*)$");
    private static final Pattern LINKED = Pattern.compile("(?i)^linked to\\s*:\\s*(.+)$");
    /** An identifier that no label below names: a number-ish word, and a digit somewhere in the part. */
    private static final Pattern ID_WORD = Pattern.compile(
            "(?i)\\b(no\\.|number|id|identification|code|card|license|licence|certificate|registration)(?![\\p{L}])");

    /** label (matched case-insensitively at the start of a part) → attribute key; value = rest of the part. */
    private static final Map<String, String> VALUE_LABELS = new LinkedHashMap<>();
    /** label → attribute key; value = the whole part as written (labels that carry meaning). */
    private static final Map<String, String> PART_LABELS = new LinkedHashMap<>();

    static {
        VALUE_LABELS.put("DOB", "dob");
        VALUE_LABELS.put("POB", "pob");
        PART_LABELS.put("Nationality of Registration", "vessel");
        VALUE_LABELS.put("nationality", "nationality");
        VALUE_LABELS.put("citizen", "citizenship");
        VALUE_LABELS.put("Gender", "gender");
        VALUE_LABELS.put("Website", "website");
        VALUE_LABELS.put("Email Address", "email");
        VALUE_LABELS.put("Email", "email");
        VALUE_LABELS.put("Phone Number", "phone");
        VALUE_LABELS.put("Telephone No.", "phone");
        VALUE_LABELS.put("Telephone", "phone");
        VALUE_LABELS.put("Phone", "phone");
        VALUE_LABELS.put("Fax", "fax");
        VALUE_LABELS.put("Organization Established Date", "established");
        VALUE_LABELS.put("Organization Type", "organization_type");
        VALUE_LABELS.put("Target Type", "target_type");
        VALUE_LABELS.put("Listing Date", "listing_date");
        // Sanctions notes: kept whole, they are sentences.
        for (String s : List.of("Additional Sanctions Information", "Secondary sanctions risk",
                "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions",
                "Executive Order", "CAATSA Section", "Effective Date", "For more information on directives",
                "IFCA Determination", "Sanctions Risk", "Executive Order 13846 information")) {
            PART_LABELS.put(s, "sanctions_info");
        }
        for (String s : List.of("Vessel", "Other Vessel", "Former Vessel", "MMSI", "IMO")) {
            PART_LABELS.put(s, "vessel");
        }
        PART_LABELS.put("Aircraft", "aircraft");
        PART_LABELS.put("Digital Currency Address", "digital_currency");
        for (String s : List.of("Passport", "Diplomatic Passport", "National ID", "Registration ID", "Registration Number",
                "Tax ID", "Cedula", "C.U.R.P.", "R.F.C.", "RFC", "Identification Number", "SWIFT/BIC", "Company Number",
                "Commercial Registry", "Unified Social Credit Code", "Legal Entity Number", "Trade License", "License",
                "C.R. No.", "D.N.I.", "Chamber of Commerce", "D-U-N-S", "Business Registration", "Government Gazette",
                "Economic Register", "Birth Certificate", "Driver's License", "Electoral Registry", "Personal ID",
                "Residency Number", "SSN", "US FEIN", "V.A.T.", "Folio Mercantil", "Matricula Mercantil",
                "Central Registration System", "Istanbul Chamber", "Dubai Chamber", "Italian Fiscal Code",
                "Turkish Identification", "Credencial electoral", "Cartilla de Servicio Militar", "C.U.I.", "I.F.E.",
                "Certificate of Incorporation", "Registered Charity", "Enterprise Number", "Branch Unit Number",
                "Public Security and Immigration", "BIK", "Chinese Commercial Code", "Permit Number", "UK Company Number",
                "Stock Ticker", "ISIN", "Refugee ID", "Kenyan ID", "Bosnian Personal ID", "NIT #", "N.I.E.", "RUC #",
                "Pasaporte", "Numero de Identidad")) {
            PART_LABELS.put(s, "ids");
        }
    }

    private record Label(String text, String key, boolean wholePart) {
    }

    /** All labels by their lower-case first letter, part labels before value labels, in table order. */
    private static final Map<Character, List<Label>> LABELS = new HashMap<>();

    static {
        PART_LABELS.forEach((text, key) -> index(new Label(text, key, true)));
        VALUE_LABELS.forEach((text, key) -> index(new Label(text, key, false)));
    }

    private static void index(Label label) {
        LABELS.computeIfAbsent(Character.toLowerCase(label.text.charAt(0)), c -> new ArrayList<>()).add(label);
    }

    private SdnRemarks() {
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String stripColon(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ':' || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        return s.substring(i).strip();
    }

    /**
     * @param remarks the Remarks column, "-0-" already mapped to empty
     * @param title   the Title column, empty when absent
     */
    static Parsed parse(String remarks, String title) {
        List<Alias> aliases = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        Map<String, List<String>> attrs = new LinkedHashMap<>();
        if (remarks.isBlank()) {
            return new Parsed(aliases, linked, attrs);
        }
        String r = remarks.strip();
        // OFAC ends the column with a period; a field cut at 1,000 characters has none, and its
        // last part is a fragment.
        boolean complete = r.endsWith(".");
        if (complete) {
            r = r.substring(0, r.length() - 1);
        }
        Set<String> titleParts = new LinkedHashSet<>();
        for (String t : title.split(";")) {
            if (!t.isBlank()) {
                titleParts.add(normal(t));
            }
        }
        String[] parts = r.split(";");
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k].strip();
            if (part.isEmpty()) {
                continue;
            }
            boolean last = k == parts.length - 1;
            String body = part.regionMatches(true, 0, "alt.", 0, 4) ? part.substring(4).strip() : part;
            char first = Character.toLowerCase(body.charAt(0));
            boolean aliasLike = (first == 'a' || first == 'f' || first == 'n') && body.length() > 5 && body.charAt(1) == '.';
            Matcher m = aliasLike ? ALIAS.matcher(body) : null;
            if (m != null && m.matches()) {
                String raw = m.group(2).strip();
                boolean closed = raw.endsWith("'");
                if (closed) {
                    raw = raw.substring(0, raw.length() - 1);
                }
                // One entry reads a.k.a. 'ABU-AL-KARKH', 'Yusuf': a "LAST, First" alias quoted in halves.
                String name = raw.replace("', '", ", ").strip();
                if (!name.isEmpty() && (closed || !last || complete)) {
                    String kind = m.group(1).toLowerCase(Locale.ROOT) + ".k.a.";
                    aliases.add(new Alias(name, kind));
                } else {
                    add(attrs, "remarks", part); // truncated alias fragment: keep as written
                }
                continue;
            }
            m = first == 'l' ? LINKED.matcher(body) : null;
            if (m != null && m.matches()) {
                linked.add(m.group(1).strip());
                continue;
            }
            String key = null;
            String value = null;
            for (Label label : LABELS.getOrDefault(first, List.of())) {
                if (startsWithLabel(body, label.text)) {
                    key = label.key;
                    value = label.wholePart ? body : stripColon(body.substring(label.text.length()));
                    break;
                }
            }
            if (key == null && body.indexOf(' ') < 0 && (body.regionMatches(true, 0, "www.", 0, 4)
                    || body.regionMatches(true, 0, "http://", 0, 7) || body.regionMatches(true, 0, "https://", 0, 8))) {
                key = "website"; // a bare address, as in KATA'IB HIZBALLAH's "www.aleseb.com"
                value = body;
            }
            if (key == null && hasDigit(body) && ID_WORD.matcher(body).find()) {
                key = "ids";
                value = body;
            }
            if (key == null) {
                if (titleParts.contains(normal(part))) {
                    continue; // the Title column again
                }
                key = "remarks";
                value = part;
            }
            if (!value.isEmpty()) {
                add(attrs, key, value);
            }
        }
        return new Parsed(aliases, linked, attrs);
    }

    /** The label at the start of the part, followed by a word boundary (space, colon, end). */
    private static boolean startsWithLabel(String part, String label) {
        if (!part.regionMatches(true, 0, label, 0, label.length())) {
            return false;
        }
        if (part.length() == label.length()) {
            return true;
        }
        char next = part.charAt(label.length());
        char lastOfLabel = label.charAt(label.length() - 1);
        return !Character.isLetterOrDigit(next) || !Character.isLetterOrDigit(lastOfLabel);
    }

    private static void add(Map<String, List<String>> attrs, String key, String value) {
        List<String> values = attrs.computeIfAbsent(key, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private static String normal(String s) {
        return SdnCsvImporter.collapse(s).toLowerCase(Locale.ROOT);
    }
}
