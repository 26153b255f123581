package org.sightline.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;

/**
 * A claim as a rule read it, before entities have ids: its type, where it is (tokens
 * [begin, end) of one sentence) and the mentions it relates; each subject with each object.
 *
 * @param issuerSubject the subject is the document's issuer (an agentless designation)
 * @param outletSubject the subject is the document's outlet (a token rule with no subject)
 * @param withinName    subject and object may be parts of one name ("Iran-backed militias")
 * @param time          the time the rule read itself ("former"), or null to read it from the sentence
 * @param trigger       the token of the relation word a dependency rule read, or -1
 * @param homeObject    no object was named, the document's home state or body is meant (objects is empty)
 */
record Candidate(String ruleId, ClaimType type, int sentence, int begin, int end,
                 List<MentionCandidate> subjects, List<MentionCandidate> objects,
                 Set<EntityType> subjectTypes, Set<EntityType> objectTypes,
                 boolean issuerSubject, boolean outletSubject, boolean withinName, boolean accusation,
                 double confidence, Map<String, String> attributes, String time, int trigger,
                 GraphRules.DefaultObject homeObject) {
}
