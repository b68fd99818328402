package org.threepl.portal.application.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaPrefixTest {

    @Test
    void whatTheExportDefusesTheImportUndoesExactly() {
        assertEquals("'=SUM(A1)", FormulaPrefix.defuse("=SUM(A1)"));
        assertEquals("'+1", FormulaPrefix.defuse("+1"));
        assertEquals("'-5", FormulaPrefix.defuse("-5"));
        assertEquals("'@x", FormulaPrefix.defuse("@x"));
        assertEquals(
                "''=x", FormulaPrefix.defuse("'=x"), "an apostrophe the import would take away is kept by one more");
        assertEquals("'plain", FormulaPrefix.defuse("'plain"));
        assertEquals("PO-1", FormulaPrefix.defuse("PO-1"));
        assertEquals("'''=x", FormulaPrefix.defuse("''=x"));
        for (String s : List.of(
                "=SUM(A1)",
                "+1",
                "-5",
                "@x",
                "\tx",
                "\rx",
                "'=x",
                "''=x",
                "'",
                "''",
                "'plain",
                "''plain",
                "'''+1",
                "",
                "-",
                "=",
                "上海",
                "PO-1")) {
            assertEquals(s, FormulaPrefix.undo(FormulaPrefix.defuse(s)), s);
        }
        assertEquals("'x", FormulaPrefix.undo("'x"), "an apostrophe before anything else is the text's own");
    }
}
