package claimcheck.reference;

import java.util.ArrayList;
import java.util.List;

/** The sources an entry cites, named in messages: "Mexico News Daily, \"...\"; KVIA, \"...\"". */
final class Citations {
    private Citations() {}

    static String of(List<Source> sources) {
        List<String> cited = new ArrayList<>();
        for (Source s : sources) cited.add(s.cited());
        return String.join("; ", cited);
    }
}
