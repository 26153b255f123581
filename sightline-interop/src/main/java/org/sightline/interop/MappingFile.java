package org.sightline.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads one of the mapping files under {@code resources/interop/}. */
public final class MappingFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private MappingFile() {
    }

    public static JsonNode read(String name) {
        String path = "/interop/" + name;
        try (InputStream in = MappingFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("mapping file " + path + " is missing from the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mapping file " + path, e);
        }
    }
}
