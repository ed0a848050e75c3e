/** The facts an article states: their types, how a facts file is read and validated, and where each quote sits in the text. */
package claimcheck.facts;
