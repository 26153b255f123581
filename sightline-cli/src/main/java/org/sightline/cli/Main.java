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
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command with its output and errors going to the given writers (tests use this). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SightlineCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, args2) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("sightline: " + ex.getMessage());
            cmd.getErr().println("(see: " + cmd.getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sightline: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("SIGHTLINE_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }
}
