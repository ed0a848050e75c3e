package claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedTreeTest {
    /** Every value of {@code items}, in a document written on one line or one item to a line, is found where it starts. */
    private static void assertEveryItemPlaced(String separator) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) items.add(i % 3 == 0 ? "\"\u201Cquoted\u201D \uD83D\uDE00 " + i + "\"" : i % 3 == 1 ? String.valueOf(i) : "{\"k\": \"\u00E9t\u00E9\"}");
        String text = "{\"title\": \"caf\u00E9 \u2014 \u201Cnews\u201D\", \"items\": [" + separator + String.join("," + separator, items) + "]}";
        LocatedTree tree = LocatedTree.read("f.json", text);
        int from = text.indexOf('[') + 1;
        for (int i = 0; i < items.size(); i++) {
            int at = text.indexOf(items.get(i), from);
            from = at + items.get(i).length();
            int[] starts = LineStarts.of(text);
            int line = 0;
            while (line + 1 < starts.length && starts[line + 1] <= at) line++;
            int lineStart = starts[line];
            line++;
            Position expected = new Position(line, text.codePointCount(lineStart, at) + 1);
            assertEquals(expected, tree.valueAt("/items/" + i), "item " + i);
            if (i % 3 == 2) assertEquals(new Position(line, expected.column() + 1), tree.keyAt("/items/" + i + "/k"), "key of item " + i);
        }
    }

    @Test
    void columnsOnOneLongLineCountCodePoints() {
        // Minified JSON and JSON Lines records: the column of each value counts on from the one before.
        assertEveryItemPlaced("");
    }

    @Test
    void columnsOnManyLinesCountCodePoints() {
        assertEveryItemPlaced("\n  ");
    }

    @Test
    void valuesSeveralLinesApartArePlacedOnTheirOwnLine() {
        // Blank lines and every line ending between tokens: the reader walks on from the last token's line.
        assertEveryItemPlaced("\r\n\n\r  \n");
    }
}
