/**
 * The OpenNLP claim detector's implementation; not API. Its only entry is {@link OpenNlpClaimDetector}, created by
 * the extension registry for {@code org.factcheck.core.claimDetectors}.
 */
package org.factcheck.detect.opennlp.internal;
