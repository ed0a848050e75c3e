package claimcheck.findings;

import claimcheck.facts.Span;

/** A passage a finding rests on: the fact, its quote, and where it sits in the article (null span: not found). */
public record Evidence(String factId, String quote, Span span) {}
