/** Runs the rules over one article's facts: one Drools session per article, bounded, and its results gathered into a report. */
package claimcheck.engine;
