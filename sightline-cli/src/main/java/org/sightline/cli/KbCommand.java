package org.sightline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sightline.core.Extraction;
import org.sightline.resolve.imports.FtmImporter;
import org.sightline.resolve.imports.ImportProblem;
import org.sightline.resolve.imports.ImportResult;
import org.sightline.resolve.imports.SdnCsvImporter;
import org.sightline.resolve.link.KbLinker;
import org.sightline.store.SaveResult;
import org.sightline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Reference data: import sanctions lists and FollowTheMoney entities into the store.",
        subcommands = {KbCommand.ImportSdn.class, KbCommand.ImportFtm.class, KbCommand.ImportStix.class})
final class KbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a kb command (see --help).");
    }

    /** Shared by both importers: report problems by line, link to the KB, save, say what happened. */
    abstract static class Import extends StoreCommand {
        @Parameters(paramLabel = "FILE", description = "The file to import.")
        Path file;

        abstract ImportResult read(Path file) throws java.io.IOException;

        /** What the file should be, for the message when none of it could be read. */
        abstract String what();

        /**
         * Whether entities are linked to the knowledge base on the way in. Not for Sightline's own
         * exports: their links were made when the claims were extracted, with the document's
         * context, and come back with them; linking the bare quotes again could only differ.
         */
        boolean link() {
            return true;
        }

        /** An interop import, as the importers of sightline-resolve report theirs. */
        static ImportResult result(Path file, org.sightline.interop.imports.ImportedFile read) {
            return new ImportResult(read.extractions(), read.problems().stream()
                    .map(p -> new ImportProblem(file, p.line(), p.message())).toList(), read.recordsRead(), read.recordsImported());
        }

        private static final int SHOWN_PROBLEMS = 20;

        @Override
        public Integer call() throws Exception {
            require(!Files.isDirectory(file), file + " is a folder; give the file to import");
            require(Files.isRegularFile(file), "no such file: " + file);
            long t = System.nanoTime();
            ImportResult result = read(file);
            // A file of the wrong kind fails on every line: the first few say why, the count says the rest.
            List<ImportProblem> problems = result.problems();
            problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> err().println("sightline: " + p));
            if (problems.size() > SHOWN_PROBLEMS) {
                err().println("sightline: ... and " + (problems.size() - SHOWN_PROBLEMS) + " more problem(s) in " + file);
            }
            if (result.recordsRead() == 0) {
                err().println("sightline: " + file + ": empty file, nothing to import");
                return ExitCodes.FAILED;
            }
            if (result.recordsImported() == 0) {
                err().println("sightline: " + file + ": no record could be read; is this " + what() + "?");
                return ExitCodes.FAILED;
            }
            KbLinker linker = KbLinker.shared();
            int entities = 0;
            int claims = 0;
            int skipped = 0;
            try (Store store = openStore(false)) {
                for (Extraction x : result.extractions()) {
                    SaveResult saved = store.save(link() ? linker.link(x) : x);
                    if (saved.stored()) {
                        entities += saved.entities();
                        claims += saved.claims();
                    } else {
                        skipped++;
                    }
                }
            }
            out().printf("%s: %d of %d records imported (%d entities, %d claims) in %.1f s%s%s%n", file,
                    result.recordsImported(), result.recordsRead(), entities, claims, (System.nanoTime() - t) / 1e9,
                    skipped == 0 ? "" : "; " + skipped + " part(s) already stored, skipped",
                    result.problems().isEmpty() ? "" : "; " + result.problems().size() + " problem(s), listed above");
            return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    @Command(name = "import-sdn", mixinStandardHelpOptions = true,
            description = "Import the OFAC SDN list (legacy CSV): each row an entity with its a.k.a.s, and a DESIGNATED claim by OFAC with the programs, DOB/POB and the row as evidence; \"Linked To\" remarks become ASSOCIATED_WITH claims. Bad rows are reported by line.")
    static final class ImportSdn extends Import {
        @Override
        ImportResult read(Path file) throws java.io.IOException {
            return new SdnCsvImporter().read(file);
        }

        @Override
        String what() {
            return "an OFAC SDN list in the legacy CSV format (sdn.csv)";
        }
    }

    @Command(name = "import-ftm", mixinStandardHelpOptions = true,
            description = "Import FollowTheMoney entities as JSON lines (as OpenSanctions publishes them): people, organisations, vessels; sanctions, memberships, directorships and links as claims. A Sightline FtM export (sightline export --format ftm) comes back whole: entity types, claim types, stance, attribution chains and quotes.")
    static final class ImportFtm extends Import {
        private boolean sightline;

        @Override
        ImportResult read(Path file) throws java.io.IOException {
            sightline = org.sightline.interop.ftm.FtmReader.isSightlineExport(file);
            return sightline ? result(file, new org.sightline.interop.ftm.FtmReader().read(file)) : new FtmImporter().read(file);
        }

        @Override
        boolean link() {
            return !sightline;
        }

        @Override
        String what() {
            return "a FollowTheMoney JSON-lines file";
        }
    }

    @Command(name = "import-stix", mixinStandardHelpOptions = true,
            description = "Import a STIX 2.1 bundle: a Sightline STIX export (sightline export --format stix) comes back whole (entity and claim types, stance, attribution chains, quotes); another producer's identities, threat actors, intrusion sets and locations come in as entities and the relationships between them as REPORTED claims, their description as the quote.")
    static final class ImportStix extends Import {
        private boolean sightline;

        @Override
        ImportResult read(Path file) throws java.io.IOException {
            org.sightline.interop.imports.ImportedFile read = new org.sightline.interop.stix.StixReader().read(file);
            sightline = read.extractions().stream().allMatch(x -> !x.document().metadata().mediaType().equals("application/stix+json"));
            return result(file, read);
        }

        @Override
        boolean link() {
            return !sightline;
        }

        @Override
        String what() {
            return "a STIX 2.1 bundle (JSON)";
        }
    }
}
