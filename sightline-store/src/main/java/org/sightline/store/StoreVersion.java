package org.sightline.store;

/**
 * @param maxClaimId the highest claim id stored (0 when none)
 * @param epoch      changes whenever stored claims may have changed other than by being added:
 *                   entities rebuilt (judgements, a new name key) or a claim rejected or restored
 */
public record StoreVersion(long maxClaimId, long epoch) {
}
