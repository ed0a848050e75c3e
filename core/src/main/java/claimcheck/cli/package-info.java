/** The command line: picocli commands that map options to the engine's inputs and its results to exit codes, and nothing else. */
package claimcheck.cli;
