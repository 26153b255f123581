package org.sightline.interop.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What FtM has no field for, written in a claim's {@code description} as labelled lines a reader
 * of Aleph can follow ("Stance: ALLEGED", "Said by: DoD Office of Inspector General [sl-e-…] via
 * Washington Free Beacon [sl-e-…]") and that {@link FtmReader} reads back. Values are kept on one
 * line each (line breaks in a title become spaces).
 */
public record ClaimDescription(String claimType, String stance, List<String> speakerIds, List<String> speakerNames,
                               String subjectId, String time, Double confidence, String documentId, String title,
                               String outlet, String url, String published, String marking, String rejectedBy,
                               Map<String, String> attributes) {
    static final String FIRST = "Sightline claim: ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPEAKER = Pattern.compile("(.*?) \\[(sl-[0-9A-Za-z.-]+)\\](?: via |$)");

    public String text() {
        StringBuilder b = new StringBuilder(256);
        b.append(FIRST).append(claimType).append('\n');
        line(b, "Stance", stance);
        if (!speakerIds.isEmpty()) {
            b.append("Said by: ");
            for (int i = 0; i < speakerIds.size(); i++) {
                b.append(i == 0 ? "" : " via ").append(oneLine(speakerNames.get(i))).append(" [").append(speakerIds.get(i)).append(']');
            }
            b.append('\n');
        }
        line(b, "Subject", subjectId);
        line(b, "Time", time);
        line(b, "Confidence", confidence == null ? null : String.valueOf(confidence));
        line(b, "Document", documentId);
        line(b, "Title", title);
        line(b, "Outlet", outlet);
        line(b, "URL", url);
        line(b, "Published", published);
        line(b, "Marking", marking == null ? null : "TLP:" + marking);
        line(b, "Rejected by judgement", rejectedBy);
        if (!attributes.isEmpty()) {
            try {
                line(b, "Attributes", JSON.writeValueAsString(attributes));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings always serialises", e);
            }
        }
        return b.toString();
    }

    /** The description read back; null when it is not one Sightline wrote. */
    public static ClaimDescription parse(String text) {
        if (text == null || !text.startsWith(FIRST)) {
            return null;
        }
        Map<String, String> f = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        String type = lines[0].substring(FIRST.length()).strip();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(": ");
            if (colon > 0) {
                f.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String said = f.get("Said by");
        if (said != null) {
            Matcher m = SPEAKER.matcher(said);
            while (m.find()) {
                names.add(m.group(1));
                ids.add(m.group(2));
            }
        }
        Map<String, String> attributes = Map.of();
        if (f.containsKey("Attributes")) {
            try {
                attributes = JSON.readValue(f.get("Attributes"), new TypeReference<LinkedHashMap<String, String>>() { });
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the Attributes line is not a JSON object of strings: " + e.getOriginalMessage(), e);
            }
        }
        String marking = f.get("Marking");
        return new ClaimDescription(type, f.get("Stance"), ids, names, f.get("Subject"), f.get("Time"),
                f.containsKey("Confidence") ? Double.valueOf(f.get("Confidence")) : null, f.get("Document"), f.get("Title"),
                f.get("Outlet"), f.get("URL"), f.get("Published"),
                marking == null ? null : marking.replace("TLP:", ""), f.get("Rejected by judgement"), attributes);
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(label).append(": ").append(oneLine(value)).append('\n');
        }
    }

    private static String oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
