package org.sightline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.EntityType;

/**
 * Names of the OFAC SDN list in its legacy CSV (no header: ent_num, name, type, programme, ...,
 * remarks), with the a.k.a. and f.k.a. names quoted in the remarks. For the screening bench only:
 * the importer proper lives elsewhere.
 */
final class SdnNames {
    // 'KATA'IB HIZBALLAH' holds an apostrophe: a name ends at a quote followed by ; or . and the end
    private static final Pattern AKA = Pattern.compile("\\b[afn]\\.k\\.a\\.\\s+'(.+?)'(?=\\s*(?:;|\\.?\\s*$|\\.\\s))");

    private SdnNames() {
    }

    static List<ScreeningBench.Entry> read(Path csv) throws IOException {
        List<ScreeningBench.Entry> out = new ArrayList<>();
        for (List<String> row : Csv.read(csv)) {
            if (row.size() < 3 || row.get(1).isBlank()) {
                continue;
            }
            String id = row.get(0).strip();
            EntityType type = type(row.get(2));
            out.add(new ScreeningBench.Entry(row.get(1).strip(), type, id));
            String remarks = row.get(row.size() - 1);
            Matcher m = AKA.matcher(remarks);
            while (m.find()) {
                out.add(new ScreeningBench.Entry(m.group(1).strip(), type, id));
            }
        }
        return out;
    }

    private static EntityType type(String column) {
        return switch (column.strip().toLowerCase()) {
            case "individual" -> EntityType.PERSON;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> EntityType.ORGANIZATION;
        };
    }
}
