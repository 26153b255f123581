/**
 * Reading files into {@link org.sightline.core.Document}s: format detection, text extraction
 * for plain text, markdown, HTML and PDF, metadata, and the one text normalisation that
 * document ids and evidence offsets rely on. Entry points: {@link org.sightline.ingest.DocumentReader}
 * and {@link org.sightline.ingest.InputFiles}.
 */
package org.sightline.ingest;
