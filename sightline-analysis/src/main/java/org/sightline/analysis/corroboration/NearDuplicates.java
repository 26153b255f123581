package org.sightline.analysis.corroboration;

/** Whether two documents are copies of one story (a republication, a syndicated piece). */
public interface NearDuplicates {
    boolean near(String documentIdA, String documentIdB);
}
