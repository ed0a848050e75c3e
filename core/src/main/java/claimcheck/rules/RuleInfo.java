package claimcheck.rules;

import claimcheck.findings.Severity;

/** A rule's metadata as its DRL declares it, and where it is written ({@code file} as messages name it). */
public record RuleInfo(String id, Severity severity, String title, String help, String pack, String file, int line) {

    /** Where the rule is, the same on every machine: {@code pack/file.drl:line}. */
    public String location() {
        String name = file == null ? "?" : java.nio.file.Path.of(file).getFileName().toString();
        return pack + "/" + name + ":" + line;
    }
}
