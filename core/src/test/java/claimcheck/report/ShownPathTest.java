package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A facts file as a report names it: as given, relative to the working directory when given absolute inside it. */
class ShownPathTest {
    private static final Path WORK = Path.of("/home/alice/newsroom");

    @Test
    void anAbsolutePathInsideTheWorkingDirectoryIsShownRelativeToIt() {
        assertEquals("facts/a.yaml", ShownPath.of("/home/alice/newsroom/facts/a.yaml", WORK));
        assertEquals("facts/a.yaml", ShownPath.of("/home/alice/newsroom/./facts/../facts/a.yaml", WORK));
    }

    @Test
    void anythingElseIsShownAsGiven() {
        assertEquals("facts/a.yaml", ShownPath.of("facts/a.yaml", WORK));
        assertEquals("../other/a.yaml", ShownPath.of("../other/a.yaml", WORK));
        assertEquals("/srv/facts/a.yaml", ShownPath.of("/srv/facts/a.yaml", WORK));
        assertEquals("/home/alice/newsroom-old/a.yaml", ShownPath.of("/home/alice/newsroom-old/a.yaml", WORK));
        assertEquals("<stdin>:3", ShownPath.of("<stdin>:3", WORK));
    }
}
