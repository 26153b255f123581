/**
 * Importers of structured sanctions data into Sightline's model: each file becomes one or more
 * {@link org.sightline.core.Document}s whose text is the file's own text, and one
 * {@link org.sightline.core.Extraction} per document whose claims quote the record (CSV row,
 * JSON line) they come from. Nothing here touches a store: the caller saves the extractions.
 *
 * <ul>
 *   <li>{@link org.sightline.resolve.imports.SdnCsvImporter}: OFAC's legacy SDN CSV
 *       (sdn.csv) — entity + DESIGNATED claim per row, "Linked To:" as ASSOCIATED_WITH.</li>
 *   <li>{@link org.sightline.resolve.imports.FtmImporter}: FollowTheMoney JSON lines as
 *       OpenSanctions publishes them — legal entities, vessels, airplanes, and Sanction /
 *       Membership / Directorship / Ownership / Family / Associate / UnknownLink / Employment /
 *       Representation as claims.</li>
 * </ul>
 *
 * Records that cannot be read are {@link org.sightline.resolve.imports.ImportProblem}s with
 * their line numbers; the rest of the file is imported.
 */
package org.sightline.resolve.imports;
