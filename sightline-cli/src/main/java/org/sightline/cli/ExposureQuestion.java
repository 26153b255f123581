package org.sightline.cli;

import org.sightline.report.ExposureReport;
import java.util.ArrayList;
import java.util.List;
import org.sightline.analysis.graph.ClaimDates;
import org.sightline.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that pose the exposure question, and asking it: shared by `exposure` and `brief`. */
final class ExposureQuestion {
    @Option(names = "--funder", required = true, paramLabel = "NAME", description = "The funder (name, alias or entity id).")
    String funder;

    @Option(names = "--since", paramLabel = "DATE", description = "Only funding that may hold on or after DATE (yyyy, yyyy-MM or yyyy-MM-dd).")
    String since;

    @Option(names = "--sponsor", paramLabel = "NAME", description = "A sponsor whose allies count as adversary-aligned "
            + "(repeatable; default: Iran, the IRGC and the IRGC-QF, as linked to the knowledge base).")
    List<String> sponsors = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** --since as yyyymmdd, 0 when not given; a usage error when it is no date. */
    int sinceDate() {
        if (since == null) {
            return 0;
        }
        int date = ClaimDates.parse(since);
        if (date <= 0) {
            throw new ParameterException(command.commandLine(), "--since: not a date: " + since);
        }
        return date;
    }

    /**
     * The answer, or null when there is nothing to follow (said on standard error); what the user
     * got wrong is a usage error.
     */
    ExposureReport ask(Store store, int sinceDate) {
        try {
            return ExposureReport.run(store, funder, sponsors, sinceDate);
        } catch (ExposureReport.Failure f) {
            if (f.usage) {
                throw new ParameterException(command.commandLine(), f.getMessage());
            }
            command.commandLine().getErr().println("sightline: " + f.getMessage());
            return null;
        }
    }
}
