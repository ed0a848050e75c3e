package claimcheck.reference;

import java.time.LocalDate;

/**
 * Where a reference entry comes from: a publisher, the title of what it published, its URL when
 * known for sure (else null), when it was published (may be null) and when it was read.
 */
public record Source(String id, String publisher, String title, String url, String published, LocalDate accessed) {
    public Source {
        if (id == null || publisher == null || title == null || accessed == null)
            throw new IllegalArgumentException("id, publisher, title and accessed are required");
    }

    /** How messages cite it: the publisher and the title in quotes. */
    public String cited() {
        return publisher + ", \"" + title + "\"";
    }
}
