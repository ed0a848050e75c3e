package claimcheck.extract;

import java.util.List;
import java.util.Map;

/**
 * One fact the extractor proposes: its facts-file kind and id, the article's chars {@code [start, end)}
 * it quotes, its fields in the order they are written, how sure the extractor is (0 to 1), the claim
 * kind that found it, and what it guessed (written as "unsure:" comments).
 */
public record Proposal(String kind, String id, int start, int end, Map<String, Object> fields, double confidence,
                       String claimKind, List<String> doubts) {
    public Proposal {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        doubts = List.copyOf(doubts);
    }
}
