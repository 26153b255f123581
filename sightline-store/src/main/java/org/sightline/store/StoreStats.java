package org.sightline.store;

import java.util.Map;
import org.sightline.core.ClaimType;

/** Counts for a quick look at a store. */
public record StoreStats(int documents, int entities, int claims, Map<ClaimType, Integer> claimsByType) {
}
