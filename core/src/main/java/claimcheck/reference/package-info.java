/**
 * What other records say about an article's claims: reference data (office holders and official
 * tallies, each citing its sources, read from reference files) and other articles' facts about the
 * same story (corroboration). Both are inserted into each article's session as facts of their own,
 * for the rules core/role-reference, core/value-reference, core/reference-conflict and core/cross-source;
 * how they align with an article's facts is stated here, in code, and in docs/reference.md.
 */
package claimcheck.reference;
