package org.sightline.extract;

import edu.stanford.nlp.ling.CoreAnnotation;

/** Token annotation {@code mtype}: the entity type of the outermost mention covering the token. */
public final class MentionTypeAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
        return String.class;
    }
}
