package claimcheck.engine;

/** A rule misbehaved at run time (threw, looped, ran too long): not the user's facts, so exit code 3. */
public final class RuleRunException extends RuntimeException {
    public RuleRunException(String message, Throwable cause) { super(message, cause); }
}
