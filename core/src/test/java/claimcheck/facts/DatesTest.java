package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void partialDatesSpanEveryDayTheyMayMean() {
        PartialDate aug = PartialDate.parse("2025-08");
        assertEquals(LocalDate.of(2025, 8, 1), aug.earliest());
        assertEquals(LocalDate.of(2025, 8, 31), aug.latest());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").latest());
        assertEquals(LocalDate.of(2025, 12, 31), PartialDate.parse("2025").latest());
    }

    @Test
    void aMonthIsNeitherBeforeNorAfterADayInIt() {
        PartialDate jan = PartialDate.parse("2026-01");
        LocalDate published = LocalDate.of(2026, 1, 20);
        assertFalse(jan.certainlyAfter(published));
        assertFalse(jan.certainlyBefore(published));
        assertTrue(PartialDate.parse("2026-02").certainlyAfter(published));
    }

    @Test
    void impossibleDatesSayWhy() {
        assertEquals("impossible date 2025-02-29: February 2025 has 28 days",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-02-29")).getMessage());
        assertEquals("impossible date 2025-00: there is no month 0",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-00")).getMessage());
    }

    @Test
    void windowPlacement() {
        Window since = new Window(PartialDate.parse("2025-01-20"), null, "since the inauguration");
        assertEquals(Window.Placement.INSIDE, since.place(PartialDate.parse("2025-02")));
        assertEquals(Window.Placement.OUTSIDE, since.place(PartialDate.parse("2024-12")));
        assertEquals(Window.Placement.PARTLY, since.place(PartialDate.parse("2025-01")));
        assertTrue(since.mayContain(PartialDate.parse("2025-01")));
        assertFalse(since.mayContain(null));
        assertEquals("since 2025-01-20 (\"since the inauguration\")", since.describe());
    }

    @Test
    void windowCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Window(PartialDate.parse("2025"), PartialDate.parse("2024"), null));
    }
}
