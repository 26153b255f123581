package org.sightline.interop.stix;

import java.util.Locale;
import java.util.Map;

/**
 * The TLP 2.0 marking definitions as the STIX 2.1 TLP 2.0 extension publishes them: fixed ids every
 * STIX tool recognises, so OpenCTI and MISP show an export's TLP:AMBER as their own TLP:AMBER.
 */
final class TlpMarkings {
    static final String EXTENSION = "extension-definition--60a3c5c5-0d10-41e5-b8ef-7e6d1c5ba0ab";
    static final String CREATED = "2022-10-01T00:00:00.000Z";

    private static final Map<String, String> IDS = Map.of(
            "CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            "GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            "AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            "RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    private TlpMarkings() {
    }

    static String id(String level) {
        String id = IDS.get(level);
        if (id == null) {
            throw new IllegalArgumentException("not a TLP 2.0 level: " + level);
        }
        return id;
    }

    static String level(String id) {
        return IDS.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    static String extensionValue(String level) {
        return level.toLowerCase(Locale.ROOT);
    }
}
