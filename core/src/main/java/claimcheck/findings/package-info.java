/** What rules conclude: checks passed and failed, findings with their evidence, derived values, and the per-article report they form. */
package claimcheck.findings;
