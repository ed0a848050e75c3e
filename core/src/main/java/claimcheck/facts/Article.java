package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The article a facts file describes. {@code text} is the path of the article text, relative to
 * the facts file; {@code id} names the report folder, so it is kept to a safe file name.
 * {@code story} (optional) is a key that articles about the same news story share, for corroboration.
 */
public record Article(String id, String title, LocalDate published, String text, String url, String story) {
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    /** Names Windows reserves for devices, with or without an extension: a folder named so cannot be made there. */
    /**
     * An article URL: http or https only, since it is written into pages and reviews that others
     * publish ({@code javascript:} and {@code data:} would run or show anything there), and nothing
     * that is white space or a control character. The facts schema's article.url has the same pattern.
     */
    public static final Pattern URL = Pattern.compile("(?i)https?://[^\\x00-\\x20\\x7f]+");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

    public Article {
        checkId(id);
        Fact.required(title, "title");
        if (published == null) throw new IllegalArgumentException("published is required");
        Fact.required(text, "text");
        if (url != null) checkUrl(url);
        if (story != null && !ID.matcher(story).matches())
            throw new IllegalArgumentException("story must be letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    /** An article that names no story. */
    public Article(String id, String title, LocalDate published, String text, String url) {
        this(id, title, published, text, url, null);
    }

    /** Refuses any URL but an http(s) one; see {@link #URL}. */
    public static void checkUrl(String url) {
        if (!URL.matcher(url).matches())
            throw new IllegalArgumentException("expected an http:// or https:// URL, got \"" + url + "\"");
    }

    /**
     * An article id names its report folder, so it must be a safe file name on every system: no path
     * separators or dots that climb out of --out, no NUL, no reserved device name, no trailing dot.
     */
    public static void checkId(String id) {
        Fact.required(id, "id");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("id must be letters, digits, '.', '_' or '-', starting with a letter or digit");
        if (DEVICE.matcher(id).matches()) throw new IllegalArgumentException("id \"" + id + "\" is a reserved device name and cannot name a report folder");
        if (id.endsWith(".")) throw new IllegalArgumentException("id cannot end with '.'");
    }

    @JsonCreator
    static Article fromJson(@JsonProperty("id") String id, @JsonProperty("title") String title,
                            @JsonProperty("published") String published, @JsonProperty("text") String text,
                            @JsonProperty("url") String url, @JsonProperty("story") String story) {
        PartialDate d = PartialDate.parse(published);
        if (!d.isFullDate()) throw new IllegalArgumentException("expected a full date YYYY-MM-DD, got \"" + published + "\"");
        return new Article(id, title, d.earliest(), text, url, story);
    }
}
