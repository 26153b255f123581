package org.sightline.cli;

import picocli.CommandLine.Option;

/** Who makes a judgement: --as, else $SIGHTLINE_USER, else the login name. Mixed into judgement commands. */
final class Analyst {
    @Option(names = "--as", paramLabel = "NAME", description = "Who makes the judgement (default: $SIGHTLINE_USER, else your login name).")
    String name;

    String who() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        String env = System.getenv("SIGHTLINE_USER");
        return env != null && !env.isBlank() ? env : System.getProperty("user.name", "unknown");
    }
}
