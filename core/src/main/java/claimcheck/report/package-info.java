/** Report formats: one renderer per format behind one interface, the rule catalog's formats, and writing reports so that none is ever half-written. */
package claimcheck.report;
