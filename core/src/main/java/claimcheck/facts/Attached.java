package claimcheck.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A derived fact: {@code attachment} is attached to the event {@code event}, as
 * {@link Attachment#covers} says. Inserted once per pair beside the facts, so rules find an event's
 * attachments by an indexed {@code event == $id} rather than by calling {@code covers} for every
 * event and every attachment:
 * <pre>
 *   Attachment( covers($id), ... )   →   Attached( event == $id, ... , $a : attachment )
 * </pre>
 */
public record Attached(String event, Attachment attachment) {

    /** One per attachment and event it names, attachments in file order. */
    public static List<Attached> of(List<Fact> facts) {
        List<Attached> out = new ArrayList<>();
        for (Fact f : facts) {
            if (!(f instanceof Attachment a)) continue;
            Set<String> events = new LinkedHashSet<>();
            if (a.event() != null) events.add(a.event());
            events.addAll(a.events());
            for (String e : events) out.add(new Attached(e, a));
        }
        return out;
    }
}
