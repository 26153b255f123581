package org.sightline.resolve.kb;

import java.util.List;

/** A knowledge base that does not validate; every problem names its file and entry. */
public final class KbValidationException extends RuntimeException {
    private final List<String> problems;

    KbValidationException(List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the knowledge base:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each starting with the file name and the entry. */
    public List<String> problems() {
        return problems;
    }
}
