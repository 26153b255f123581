package org.sightline.cli;

import org.sightline.store.Judgement;
import org.sightline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Judge a claim wrong: it stays stored with its evidence but leaves every answer. `sightline undo ID` takes it back.")
final class RejectCommand extends StoreCommand {
    @Parameters(paramLabel = "CLAIM", description = "Claim id (the #N that `sightline claims` prints).")
    long claim;

    @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why the claim is wrong.")
    String why;

    @Mixin
    Analyst analyst;

    @Override
    public Integer call() {
        require(!why.isBlank(), "--why must say why the claim is wrong");
        try (Store store = openStore(true)) {
            Judgement j = store.reject(claim, analyst.who(), why);
            out().println("judgement " + j.id() + ": " + j.summary());
        }
        return ExitCodes.OK;
    }
}
