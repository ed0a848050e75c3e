/**
 * Drafting facts from article text: recognisers kept as pattern files (one per claim kind, under
 * {@code claimcheck/extract/patterns/}), OpenNLP's English models for sentences, tokens and
 * part-of-speech tags, the {@link claimcheck.extract.Extractor} that turns what they find into a
 * draft facts file, and the {@link claimcheck.extract.TextClaim}s that verify's coverage rule
 * compares with the facts' quotes.
 */
package claimcheck.extract;
