package org.sightline.cli;

import picocli.CommandLine;

/** Entry point of the {@code sightline} command. Exit codes: 0 ok, 1 some input failed, 2 usage error. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SightlineCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sightline: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }
}
