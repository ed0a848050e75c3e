/** Baselines: findings recorded on purpose, each with a justification and an optional expiry, matched by rule, facts and quotes rather than by line. */
package claimcheck.baseline;
