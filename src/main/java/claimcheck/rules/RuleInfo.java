package claimcheck.rules;

import claimcheck.findings.Severity;

/** A rule's metadata as its DRL declares it, and where it is written. */
public record RuleInfo(String id, Severity severity, String title, String help, String pack, String file, int line) {}
